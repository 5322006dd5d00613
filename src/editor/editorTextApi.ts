/** What the store's replaceText / replaceRange / editorText do once the editor is mounted (the bridge's part). */
import type { EditorBridge } from '../state/store'
import type { BulkEditor } from './bulkEdit'
import type { StoreConnection } from './connectStore'
import { monaco } from './setupMonaco'

export function editorTextApi(
  editor: monaco.editor.IStandaloneCodeEditor,
  bulk: BulkEditor,
  text: Pick<StoreConnection, 'value' | 'textChanged' | 'execute'>,
): Required<Pick<EditorBridge, 'getText' | 'setText' | 'replaceRange'>> {
  const model = editor.getModel()!
  return {
    // While a paste is being loaded, the text it will make (a script sees its own setText at once).
    getText: () => (bulk.active ? bulk.text() : text.value()),
    setText: (next) => {
      // Monaco keeps one end-of-line sequence per model: adopt the new text's so it comes back byte for byte.
      const eol = next.includes('\r\n')
        ? monaco.editor.EndOfLineSequence.CRLF
        : monaco.editor.EndOfLineSequence.LF
      bulk.replace(0, Infinity, next, {
        before: () => model.getEndOfLineSequence() !== eol && model.pushEOL(eol),
        onDone: text.textChanged,
      })
    },
    replaceRange: (start, end, next) => {
      bulk.flush()
      text.execute(start, end, next, false)
      editor.setPosition(model.getPositionAt(start + next.length))
    },
  }
}
