import type { AppStore } from '../../state/store'
import { setDocumentName } from './documentName'

/**
 * Replaces the whole editor text as ONE undoable edit (the store's replaceText: with Monaco up it also adopts the
 * new text's line endings, so CRLF survives). `fileName`: the file the text comes from (Open file), which Download
 * keeps; anything else forgets it.
 */
export function replaceText(store: AppStore, text: string, fileName: string | null = null): void {
  setDocumentName(store, fileName)
  if (store.getState().text !== text) store.getState().replaceText(text)
}
