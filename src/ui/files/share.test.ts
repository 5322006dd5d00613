import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'
import { SECURITY_CONTEXT_4 } from '../examples/walkthrough'
import { shareHash, shareUrl, textFromHash } from './share'

describe('share links', () => {
  it('puts the compressed text after #y= on origin + pathname, dropping the query', () => {
    const url = shareUrl({ origin: 'http://127.0.0.1:4173', pathname: '/app/' }, 'kind: Pod\n')
    expect(url).toBe(`http://127.0.0.1:4173/app/#y=${compressToEncodedURIComponent('kind: Pod\n')}`)
  })

  it('gives back exactly the text, including CRLF, tabs, unicode and trailing spaces', () => {
    const text = 'a: 1\r\n# café ✓ \t\n' + SECURITY_CONTEXT_4 + '   '
    expect(textFromHash(shareHash(text))).toBe(text)
  })

  it('an empty text round-trips to the empty string', () => {
    expect(textFromHash(shareHash(''))).toBe('')
  })

  it('ignores other hashes and payloads that do not decode', () => {
    expect(textFromHash('#lesson=privileged')).toBeNull()
    expect(textFromHash('')).toBeNull()
    expect(textFromHash('#y=%%%not-lz')).toBeNull()
    expect(textFromHash('#y=hello')).toBeNull()
    expect(textFromHash('#y=')).toBeNull()
  })
})
