import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import type { AppStore } from '../../state/store'
import { parseView, VIEW_KEYS, viewOf, type View } from './view'

/**
 * Share links carry the whole text in the URL hash, then the view (a contract: shared links keep opening):
 * `#y=<lz-string of the text>&resource=1&container=0&level=baseline&version=v1.30&runtime=cri-o&imageUser=1000&tab=problems`,
 * with `&image=nginx` after imageUser when an image other than custom is assumed.
 * The compressed text never contains `&` or `=` (lz-string's URI alphabet is A–Z a–z 0–9 + - $), so the view can
 * follow it; a link with only `#y=...` (written before the view was added) still opens, with the receiver's view.
 */
export const SHARE_PREFIX = '#y='

const EMPTY = compressToEncodedURIComponent('')

export interface Shared {
  text: string
  view: View
}

export function shareHash(text: string, view: View = {}): string {
  let hash = SHARE_PREFIX + compressToEncodedURIComponent(text)
  for (const k of VIEW_KEYS) {
    const v = view[k]
    if (v !== undefined) hash += `&${k}=${encodeURIComponent(String(v))}`
  }
  return hash
}

/** `origin + pathname + '#y=' + compressed text + view`: the query string is dropped on purpose (`?calm` etc.). */
export function shareUrl(location: { origin: string; pathname: string }, text: string, view?: View): string {
  return location.origin + location.pathname + shareHash(text, view)
}

/** The share link of what the app shows now: what "Copy share link" copies and `window.secctx.shareLink()` returns. */
export function currentShareUrl(store: AppStore, location: { origin: string; pathname: string }): string {
  const s = store.getState()
  return shareUrl(location, s.text, viewOf(s))
}

/** The text and view a `#y=...` hash carries, or null when the hash is no share link or its text does not decode. */
export function sharedFromHash(hash: string): Shared | null {
  if (!hash.startsWith(SHARE_PREFIX)) return null
  const [payload = '', ...rest] = hash.slice(SHARE_PREFIX.length).split('&')
  const text = decompressFromEncodedURIComponent(payload)
  // Garbage often decodes to '' rather than null: only the encoding of '' itself means an empty text.
  if (text === null || (text === '' && payload !== EMPTY)) return null
  const params = new Map<string, string>()
  for (const part of rest) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    try {
      params.set(part.slice(0, eq), decodeURIComponent(part.slice(eq + 1)))
    } catch {
      // a malformed escape: that entry is left out
    }
  }
  return { text, view: parseView((k) => params.get(k)) }
}

/** The text a `#y=...` hash carries, or null when the hash is no share link or does not decode. */
export function textFromHash(hash: string): string | null {
  return sharedFromHash(hash)?.text ?? null
}
