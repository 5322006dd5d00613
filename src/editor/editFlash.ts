/**
 * A form edit (or fix) shows itself in the editor (issue 13): the first changed range is scrolled into view and every
 * changed line is marked for a moment (a decoration whose colour fades out, then is removed). Focus stays where it is.
 */
import type { TextEdit } from '../core/types'
import { changedRanges } from './changedRanges'
import { toRange } from './convert'
import { monaco } from './setupMonaco'
import './editFlash.css'

/** How long the mark stays (the CSS animation fades it over the same time). */
export const FLASH_MS = 1500
/** More changes than this (a big fix) are not all marked: the first ones show where the change is. */
const MAX_MARKS = 50

export interface EditFlash {
  /** Marks what `edits` (offsets into the text before them, as applied) changed in the text after them. */
  show(edits: readonly TextEdit[]): void
  dispose(): void
}

export function createEditFlash(
  editor: monaco.editor.IStandaloneCodeEditor,
  model: monaco.editor.ITextModel,
): EditFlash {
  const marks = editor.createDecorationsCollection()
  let timer: ReturnType<typeof setTimeout> | undefined
  return {
    show(edits) {
      const ranges = changedRanges(edits).slice(0, MAX_MARKS)
      if (ranges.length === 0) return
      const at = (o: number) => model.getPositionAt(o)
      clearTimeout(timer)
      marks.clear() // restart the animation when edits come quickly one after another
      marks.set(
        ranges.map(([start, end]) => ({
          // A deletion marks the line it happened on.
          range: toRange(start, end, at),
          options: {
            isWholeLine: true,
            className: 'secctx-flash-line',
            inlineClassName: end > start ? 'secctx-flash-inline' : undefined,
            description: 'secctx-edit-flash',
          },
        })),
      )
      const [start, end] = ranges[0]!
      editor.revealRangeInCenterIfOutsideViewport(toRange(start, end, at), monaco.editor.ScrollType.Smooth)
      timer = setTimeout(() => marks.clear(), FLASH_MS)
    },
    dispose() {
      clearTimeout(timer)
      marks.clear()
    },
  }
}
