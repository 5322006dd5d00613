import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

/** Share links carry the whole text in the URL hash (design §4.3). */
export const SHARE_PREFIX = '#y='

export function shareHash(text: string): string {
  return SHARE_PREFIX + compressToEncodedURIComponent(text)
}

/** `origin + pathname + '#y=' + compressed text`: the query string is dropped on purpose (`?calm` etc.). */
export function shareUrl(location: { origin: string; pathname: string }, text: string): string {
  return location.origin + location.pathname + shareHash(text)
}

/** The text a `#y=...` hash carries, or null when the hash is no share link or does not decode. */
export function textFromHash(hash: string): string | null {
  if (!hash.startsWith(SHARE_PREFIX)) return null
  const payload = hash.slice(SHARE_PREFIX.length)
  if (payload === '') return ''
  const text = decompressFromEncodedURIComponent(payload)
  return text ? text : null
}
