/**
 * The store's way into the editor (EditorBridge): form edits and fixes as undoable edits, reveal, lesson highlights;
 * with the cursor ⇄ selection lockstep (lockstep.ts) and the flash of an applied edit (editFlash.ts).
 */
import type { Range } from '../core/types'
import type { AppStore, EditorBridge } from '../state/store'
import type { BulkEditor } from './bulkEdit'
import { toEditOperations, toRange } from './convert'
import { createEditFlash } from './editFlash'
import { startLockstep } from './lockstep'
import type { monaco } from './setupMonaco'

type Editor = monaco.editor.IStandaloneCodeEditor
type Model = monaco.editor.ITextModel

export function installBridge(
  editor: Editor,
  model: Model,
  store: AppStore,
  bulk: BulkEditor,
  textApi: Pick<EditorBridge, 'getText' | 'setText' | 'replaceRange'>,
  onCursor?: (line: number, column: number) => void,
): monaco.IDisposable {
  const lockstep = startLockstep(editor, model, store)
  const flash = createEditFlash(editor, model)
  let decorations: string[] = []
  const bridge: EditorBridge = {
    ...textApi,
    applyEdits(edits) {
      bulk.flush()
      const ops = toEditOperations(edits, (o) => model.getPositionAt(o))
      lockstep.quietly(() => {
        editor.pushUndoStop()
        editor.executeEdits('secctx', ops)
        editor.pushUndoStop()
      })
      flash.show(edits)
    },
    reveal(offset) {
      const position = model.getPositionAt(offset)
      editor.setPosition(position)
      editor.revealPositionInCenterIfOutsideViewport(position)
      editor.focus()
    },
    highlight(ranges: readonly Range[]) {
      decorations = editor.deltaDecorations(
        decorations,
        ranges.map(([start, end]) => ({
          range: toRange(start, end, (o) => model.getPositionAt(o)),
          options: {
            isWholeLine: true,
            className: 'secctx-highlight-line',
            inlineClassName: 'secctx-highlight-inline',
          },
        })),
      )
    },
  }
  const cursor = editor.onDidChangeCursorPosition((e) => onCursor?.(e.position.lineNumber, e.position.column))
  const at = editor.getPosition()
  onCursor?.(at?.lineNumber ?? 1, at?.column ?? 1)
  // Last: a reveal asked for while Monaco was loading happens now, and the cursor listener reports it.
  const detach = store.getState().setBridge(bridge)
  return {
    dispose() {
      cursor.dispose()
      lockstep.dispose()
      flash.dispose()
      detach()
    },
  }
}
