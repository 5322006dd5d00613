/** window.secctx (design §4.3). Monaco-free: EditorPane installs the store-backed one before Monaco loads. */
import { applyEdits } from '../core/yaml'
import type { AppStore } from '../state/store'

/** What an installer must give; `shareLink` comes from the API installed before when left out (see installSecctx). */
export type SecctxParts = Omit<SecctxApi, 'shareLink'> & Partial<Pick<SecctxApi, 'shareLink'>>

/**
 * Before the editor exists: the same API straight on the store, so tests never race the Monaco chunk. The share
 * link is the UI's to build (src/ui/files/share.ts): it passes `shareLink` in.
 */
export function storeSecctx(store: AppStore, shareLink?: () => string): SecctxParts {
  return {
    ...(shareLink ? { shareLink } : {}),
    getText: () => store.getState().text,
    setText: (text) => store.getState().textChanged(text),
    replaceRange: (start, end, text) => {
      const s = store.getState()
      s.textChanged(applyEdits(s.text, [{ offset: start, length: end - start, text }]))
    },
  }
}

/**
 * Installs `api` as window.secctx; the returned function restores what was there before. An api without its own
 * `shareLink` (the editor's) hands the call to the one it covers.
 */
export function installSecctx(api: SecctxParts): () => void {
  const previous = window.secctx
  const installed: SecctxApi = { shareLink: () => previous?.shareLink() ?? '', ...api }
  window.secctx = installed
  return () => {
    if (window.secctx === installed) window.secctx = previous
  }
}
