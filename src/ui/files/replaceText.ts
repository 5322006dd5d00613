import type { AppStore } from '../../state/store'
import { diffEdit } from '../../core/yaml'
import { setDocumentName } from './documentName'

/**
 * Replaces the whole editor text as ONE undoable edit. With Monaco up this goes through
 * `window.secctx.setText` (which also adopts the new text's line endings, so CRLF survives); before
 * Monaco (or outside a browser) only the span that differs is sent through the store.
 * `fileName`: the file the text comes from (Open file), which Download keeps; anything else forgets it.
 */
export function replaceText(store: AppStore, text: string, fileName: string | null = null): void {
  setDocumentName(store, fileName)
  const state = store.getState()
  if (state.text === text) return
  const api = typeof window === 'undefined' ? undefined : window.secctx
  if (state.bridge && api) return api.setText(text)
  const edit = diffEdit(state.text, text)
  if (edit) state.applyEdits([edit])
}
