/**
 * window.secctx (a contract: outside tests and console users call it; typed in global.d.ts), installed once by the
 * App as a thin map onto store actions: before Monaco has loaded they work on the store's text, afterwards the
 * store hands them to the editor's bridge (one undoable edit each).
 * The share link is the UI's to build (src/ui/files/share.ts): it passes `shareLink` in.
 */
import type { AppStore } from '../state/store'

export function installSecctx(store: AppStore, shareLink: () => string): () => void {
  const installed: SecctxApi = {
    getText: () => store.getState().editorText(),
    setText: (text) => store.getState().replaceText(text),
    replaceRange: (start, end, text) => store.getState().replaceRange(start, end, text),
    shareLink,
  }
  const previous = window.secctx
  window.secctx = installed
  return () => {
    if (window.secctx === installed) window.secctx = previous
  }
}
