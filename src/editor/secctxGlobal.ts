/** window.secctx (design §4.3). Monaco-free: EditorPane installs the store-backed one before Monaco loads. */
import { applyEdits } from '../core/yaml'
import type { AppStore } from '../state/store'

/** Before the editor exists: the same API straight on the store, so tests never race the Monaco chunk. */
export function storeSecctx(store: AppStore): SecctxApi {
  return {
    getText: () => store.getState().text,
    setText: (text) => store.getState().textChanged(text),
    replaceRange: (start, end, text) => {
      const s = store.getState()
      s.textChanged(applyEdits(s.text, [{ offset: start, length: end - start, text }]))
    },
  }
}

/** Installs `api` as window.secctx; the returned function restores what was there before. */
export function installSecctx(api: SecctxApi): () => void {
  const previous = window.secctx
  window.secctx = api
  return () => {
    if (window.secctx === api) window.secctx = previous
  }
}
