import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'
import { SECURITY_CONTEXT_4 } from '../examples/walkthrough'
import { createAppStore } from '../../state/store'
import { SOME_VIEW } from './testKit'
import { currentShareUrl, SHARE_PREFIX, sharedFromHash, shareHash, shareUrl, textFromHash } from './share'

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

describe('share links carry the view', () => {
  const view = SOME_VIEW

  it('round trip: text and every part of the view come back exactly', () => {
    const text = 'a: 1\r\n# café &y=x ✓\n'
    expect(sharedFromHash(shareHash(text, view))).toEqual({ text, view })
  })

  it('writes the view as readable parameters after the text, in a fixed order', () => {
    const hash = shareHash('kind: Pod\n', view)
    expect(hash).toBe(
      `#y=${compressToEncodedURIComponent('kind: Pod\n')}` +
        '&resource=1&container=1&level=baseline&version=v1.30&runtime=cri-o&imageUser=1000&tab=problems',
    )
    expect(shareUrl({ origin: 'https://x.test', pathname: '/' }, 'kind: Pod\n', view)).toBe(
      'https://x.test/' + hash,
    )
    // A picked image follows the image user; it comes back from the link.
    const agnhost = { ...view, imageUser: 0, image: 'agnhost' }
    const withImage = shareHash('kind: Pod\n', agnhost)
    expect(withImage.endsWith('&runtime=cri-o&imageUser=0&image=agnhost&tab=problems')).toBe(true)
    expect(sharedFromHash(withImage)?.view).toEqual(agnhost)
  })

  it('old links (only #y=...) still open, with an empty view', () => {
    const old = SHARE_PREFIX + compressToEncodedURIComponent('kind: Pod\n')
    expect(sharedFromHash(old)).toEqual({ text: 'kind: Pod\n', view: {} })
    expect(textFromHash(old)).toBe('kind: Pod\n')
  })

  it('garbage in the view is left out entry by entry; the text still opens', () => {
    const y = SHARE_PREFIX + compressToEncodedURIComponent('a: 1\n')
    const hash =
      y +
      '&resource=-1&container=01&level=root&version=v2.0&runtime=docker&imageUser=1e3&tab=%3Cscript%3E' +
      '&unknown=1&=x&noequals&tab=%E0%A4%A'
    expect(sharedFromHash(hash)).toEqual({ text: 'a: 1\n', view: {} })
    expect(sharedFromHash(y + '&level=privileged&version=latest&imageUser=4294967296&resource=3')).toEqual({
      text: 'a: 1\n',
      view: { level: 'privileged', version: 'latest', resource: 3 },
    })
  })

  it('a view after a text that does not decode opens nothing', () => {
    expect(sharedFromHash('#y=hello&level=baseline')).toBeNull()
    expect(sharedFromHash('#y=&level=baseline')).toBeNull()
  })

  it('currentShareUrl is the store’s text and view', () => {
    const store = createAppStore(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c}]}\n',
    )
    store.getState().setOptions({ level: 'baseline', runtime: 'cri-o' })
    store.getState().setSideTab('learn')
    const url = currentShareUrl(store, { origin: 'http://h', pathname: '/p/' })
    expect(url.startsWith('http://h/p/#y=')).toBe(true)
    expect(sharedFromHash(url.slice('http://h/p/'.length))).toEqual({
      text: store.getState().text,
      view: {
        resource: 0,
        container: 0,
        level: 'baseline',
        version: 'latest',
        runtime: 'cri-o',
        imageUser: 0,
        tab: 'learn',
      },
    })
  })
})
