import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

/** Share links carry the whole text in the URL hash (design §4.3). */
export const SHARE_PREFIX = '#y='

const EMPTY = compressToEncodedURIComponent('')

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
  const text = decompressFromEncodedURIComponent(payload)
  // Garbage often decodes to '' rather than null: only the encoding of '' itself means an empty text.
  if (text === null || (text === '' && payload !== EMPTY)) return null
  return text
}
