/** A paste too big for one task: taken from Monaco and loaded in slices (bulkEdit.ts), one undo step all the same. */
import type { BulkEditor } from './bulkEdit'
import { monaco } from './setupMonaco'
import { SLICE_CHARS } from './slices'

export function interceptBigPaste(
  container: HTMLElement,
  editor: monaco.editor.IStandaloneCodeEditor,
  bulk: BulkEditor,
  onDone: () => void,
): monaco.IDisposable {
  const model = editor.getModel()!
  const onPaste = (e: ClipboardEvent) => {
    if (!(e.target instanceof Node) || !container.contains(e.target)) return
    const text = e.clipboardData?.getData('text/plain') ?? ''
    const selections = editor.getSelections() ?? []
    if (text.length <= SLICE_CHARS || selections.length !== 1 || bulk.active) return
    if (editor.getOption(monaco.editor.EditorOption.readOnly)) return
    e.preventDefault()
    e.stopPropagation()
    // Monaco turns every line break of a paste into the model's own.
    const eol = model.getEOL()
    const normal = eol === '\n' && !text.includes('\r') ? text : text.replace(/\r\n|\r|\n/g, eol)
    const range = selections[0]!
    const start = model.getOffsetAt(range.getStartPosition())
    bulk.replace(start, model.getOffsetAt(range.getEndPosition()), normal, { onDone, cursorAfter: true })
  }
  // On the window, capturing: Monaco's own paste handler captures on the container and stops the event there.
  window.addEventListener('paste', onPaste, true)
  return { dispose: () => window.removeEventListener('paste', onPaste, true) }
}
