/**
 * Editor and selection in lockstep (issue 13): the cursor selects the resource and container under it
 * (store.cursorMoved), and a resource or container selected anywhere else (pickers, the Resources overview) is
 * revealed in the editor, scrolled into view with the cursor on it but without taking focus.
 *
 * No feedback loop: a selection made by the cursor is never revealed (`fromCursor`); the cursor moves made here, and
 * those of edits the store applies (`quietly`), are not reported back; cursor moves that only follow the text
 * (an edit elsewhere, a whole-text replacement) select nothing. And the two directions agree anyway: the offset a
 * reveal puts the cursor on maps back to the same selection (core/targetAt round trip).
 */
import { targetRange } from '../core/targetAt'
import type { AppState, AppStore } from '../state/store'
import { monaco } from './setupMonaco'

/** performance.measure name of the last cursor move → store selection (targetAt and the store update). */
export const CURSOR_MEASURE = 'secctx:cursorMoved'

export interface Lockstep {
  /** Runs `fn` (an edit the store asked for) without its cursor moves selecting anything. */
  quietly<T>(fn: () => T): T
  dispose(): void
}

type Editor = monaco.editor.IStandaloneCodeEditor

const PASSIVE: ReadonlySet<monaco.editor.CursorChangeReason> = new Set([
  monaco.editor.CursorChangeReason.ContentFlush,
  monaco.editor.CursorChangeReason.RecoverFromMarkers,
])

export function startLockstep(editor: Editor, model: monaco.editor.ITextModel, store: AppStore): Lockstep {
  let quiet = 0
  let fromCursor = false

  const quietly = <T>(fn: () => T): T => {
    quiet++
    try {
      return fn()
    } finally {
      quiet--
    }
  }

  const cursor = editor.onDidChangeCursorPosition((e) => {
    if (quiet > 0 || PASSIVE.has(e.reason)) return
    const start = performance.now()
    fromCursor = true
    try {
      store.getState().cursorMoved(model.getOffsetAt(e.position))
    } finally {
      fromCursor = false
    }
    performance.clearMeasures(CURSOR_MEASURE)
    performance.measure(CURSOR_MEASURE, { start })
  })

  /** Scrolls the selection into view and puts the cursor on it; `whole`: the resource itself was chosen. */
  const reveal = (s: AppState, whole: boolean) => {
    const { analysis, text } = s
    // Offsets of another text (broken, still analysing, a paste still loading) would point anywhere.
    if (analysis.text !== text || analysis.errors.length > 0 || model.getValueLength() !== text.length) return
    const first = whole && s.selectedContainer === 0
    const range = targetRange(analysis, s.selectedResource, first ? undefined : s.selectedContainer)
    if (!range) return
    const at = model.getPositionAt(range[0])
    const line = new monaco.Range(at.lineNumber, 1, at.lineNumber, 1)
    quietly(() => editor.setPosition(at))
    if (first) editor.revealRangeNearTopIfOutsideViewport(line, monaco.editor.ScrollType.Immediate)
    else editor.revealRangeInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Immediate)
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (fromCursor) return
    if (s.selectedResource === prev.selectedResource && s.selectedContainer === prev.selectedContainer) return
    // Clamped because the text changed (a resource was deleted, another file opened): nobody chose it.
    if (s.analysis !== prev.analysis || s.text !== prev.text) return
    reveal(s, s.selectedResource !== prev.selectedResource)
  })

  // A selection made before the editor was there (a share link's resource) is shown once it is.
  const initial = store.getState()
  if (initial.selectedResource !== 0 || initial.selectedContainer !== 0) reveal(initial, true)

  return {
    quietly,
    dispose() {
      cursor.dispose()
      unsubscribe()
    },
  }
}
