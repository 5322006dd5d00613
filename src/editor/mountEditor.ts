/**
 * The Monaco editor over the store, composed from parts that each return a disposable: the editor and
 * its appearance, the store connection (keystrokes → store, store → undoable edits, markers, quick fixes), the
 * store's bridge into the editor, big pastes in slices, window.secctx, and what Tab and Enter do.
 */
import type { AppStore } from '../state/store'
import { createBulkEditor } from './bulkEdit'
import { connectStore } from './connectStore'
import { createEditor, followAppearance } from './createEditor'
import { installBridge } from './installBridge'
import { editorTextApi } from './editorTextApi'
import { interceptBigPaste } from './interceptBigPaste'
import type { monaco } from './setupMonaco'
import { installTabFocus, type TabFocus } from './tabFocus'

export { CHANGE_MEASURE, FOLDING_MAX_CHARS } from './connectStore'

export interface MountOptions {
  /** Keyboard-test mode: no suggestions popping up, no auto-indent (`?calm`). */
  calm?: boolean
  onCursor?(line: number, column: number): void
}

export interface MountedEditor {
  editor: monaco.editor.IStandaloneCodeEditor
  model: monaco.editor.ITextModel
  tabFocus: TabFocus
  dispose(): void
}

export function mountEditor(container: HTMLElement, store: AppStore, opts: MountOptions = {}): MountedEditor {
  const created = createEditor(container, store.getState().text, opts)
  const { editor, model } = created
  // A big paste or setText goes in slice by slice (bulkEdit.ts); the store hears of it once, with the whole text.
  const bulk = createBulkEditor(editor, model, { onProgress: (p) => store.getState().textLoading(p) })
  const text = connectStore(editor, model, store, bulk)
  const tabFocus = installTabFocus(editor)
  const parts: monaco.IDisposable[] = [
    followAppearance(editor),
    text,
    installBridge(editor, model, store, bulk, editorTextApi(editor, bulk, text), opts.onCursor),
    interceptBigPaste(container, editor, bulk, text.textChanged),
    tabFocus,
    bulk,
  ]
  return {
    editor,
    model,
    tabFocus,
    dispose() {
      for (const part of parts.reverse()) part.dispose()
      created.dispose()
    },
  }
}
