/** Parsing a stream for the app: big documents skimmed (lazyAbove), unchanged documents reused (previous). */
import { describe, expect, it } from 'vitest'
import { lines } from '../testdata/kit'
import { LAZY_DOCUMENT_CHARS, documentInfo, findResources, lineColAt, parseStream, rangeOf } from '.'

describe('parseStream with lazyAbove (the app)', () => {
  const pod = (name: string) =>
    lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  containers:',
      '  - name: app',
    )
  const configMap = (name: string, rows: number) =>
    lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`, '  namespace: ns', 'data:') +
    Array.from({ length: rows }, (_, i) => `  key${i}: value ${i}\n`).join('')
  const LAZY = { lazyAbove: 1000 }

  it('skims a big document that is not a workload: no error, its head as data, every later offset right', () => {
    const text = [pod('before'), configMap('big', 100), pod('after')].join('---\n')
    const s = parseStream(text, undefined, LAZY)
    expect(s.errors).toEqual([])
    expect(s.docs.map((d) => d.parsed.skimmed !== undefined)).toEqual([false, true, false])
    expect(s.docs[1]!.parsed.doc).toBeNull()
    expect(s.docs[1]!.parsed.json).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'big', namespace: 'ns' },
    })
    const info = documentInfo(s)
    expect(info.map((d) => [d.kind, d.apiVersion, d.skimmed, d.empty])).toEqual([
      ['Pod', 'v1', false, false],
      ['ConfigMap', 'v1', true, false],
      ['Pod', 'v1', false, false],
    ])
    const big = text.indexOf('apiVersion', text.indexOf('name: before'))
    expect(info[1]!.range).toEqual([big, text.lastIndexOf('value 99') + 'value 99'.length])
    expect(findResources(s).map((r) => [r.name, text.slice(r.range[0], r.range[1])])).toEqual([
      ['before', pod('before').trimEnd()],
      ['after', pod('after').trimEnd()],
    ])
    const r = rangeOf(s, 2, ['spec', 'containers', 0, 'name'])
    expect([text.slice(r[0], r[1]), lineColAt(text, r[0]).line]).toEqual(['app', 7 + 1 + 106 + 1 + 7])
  })

  it('skims a 10 MB document with no kind at all (not a workload either) instead of parsing it', () => {
    const text = 'data: ' + 'x'.repeat(10 * 1024 * 1024) + '\n'
    const s = parseStream(text, undefined, { lazyAbove: LAZY_DOCUMENT_CHARS })
    expect(s.text).toBe(text)
    expect([s.documentCount, s.errors, s.docs[0]!.parsed.skimmed]).toEqual([
      1,
      [],
      { range: [0, text.length - 1] },
    ])
    expect(documentInfo(s)[0]).toMatchObject({ kind: null, apiVersion: null, skimmed: true })
  })

  it('parses in full what may carry a pod spec or what its text does not tell, however big', () => {
    const env = Array.from({ length: 100 }, (_, i) => `    - name: E${i}\n      value: v${i}\n`).join('')
    const bigPod = pod('big') + '    env:\n' + env
    const list = lines(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- ' + pod('item').replaceAll('\n', '\n  ').trimEnd(),
    )
    const bigList = list + `# ${'x'.repeat(1000)}\n`
    const json = JSON.stringify(
      { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'x'.repeat(1000) } },
      null,
      2,
    )
    const text = [bigPod, bigList, json, configMap('big', 100)].join('\n---\n')
    const s = parseStream(text, undefined, LAZY)
    expect(s.docs.map((d) => [d.parsed.skimmed !== undefined, d.parsed.doc !== null])).toEqual([
      [false, true],
      [false, true],
      [false, true],
      [true, false], // (the one that cannot carry a pod spec)
    ])
    expect(findResources(s).map((r) => [r.kind, r.name, r.containers.length])).toEqual([
      ['Pod', 'big', 1],
      ['Pod', 'item', 1],
    ])
  })

  it('does not look for YAML errors inside a skimmed document (the CLI, parsing it, does)', () => {
    const text = [pod('p'), configMap('big', 100).replace('  key50: value 50', '  key49: again')].join(
      '---\n',
    )
    expect(parseStream(text, undefined, LAZY).errors).toEqual([])
    expect(parseStream(text).errors.map((e) => [e.line, e.message, e.document])).toEqual([
      [7 + 1 + 6 + 51, 'Map keys must be unique', 1],
    ])
  })

  it('reuses a skimmed document while documents that big are skimmed, as a re-parse after an edit does', () => {
    const text = [pod('a'), configMap('big', 100)].join('---\n')
    const first = parseStream(text, undefined, LAZY)
    expect(first.docs[1]!.parsed.skimmed).toBeDefined()
    const edited = text.replace('name: a', 'name: b')
    expect(parseStream(edited, first, LAZY).docs[1]!.parsed).toBe(first.docs[1]!.parsed)
    // A quick fix re-parses its edited text with the stream before it: read the same way, the big one not parsed.
    const fixed = parseStream(edited, first)
    expect(fixed.options).toEqual(LAZY)
    expect(fixed.docs[1]!.parsed).toBe(first.docs[1]!.parsed)
    const full = parseStream(edited, first, {})
    expect([full.docs[1]!.parsed.skimmed, full.docs[1]!.parsed.doc !== null]).toEqual([undefined, true])
    expect(parseStream(edited, full, LAZY).docs[1]!.parsed).toBe(full.docs[1]!.parsed)
  })
})

describe('parseStream with previous', () => {
  const docs = Array.from({ length: 30 }, (_, i) =>
    lines('---', 'kind: Pod', 'metadata:', `  name: p${i}`, 'spec:', '  containers:', '  - name: app'),
  )
  const text = docs.join('')

  it('reuses unchanged documents and moves the offsets of the ones after an edit', () => {
    const before = parseStream(text)
    const at = text.indexOf('name: p10') + 'name: p1'.length
    const after = text.slice(0, at) + '0' + text.slice(at) // p10 -> p100
    const s = parseStream(after, before)
    expect(s.docs.map((d, i) => d.parsed === before.docs[i].parsed)).toEqual(docs.map((_, i) => i !== 10))
    expect(findResources(s).map((r) => r.name)).toEqual(docs.map((_, i) => (i === 10 ? 'p100' : `p${i}`)))
    const r = rangeOf(s, 20, ['metadata', 'name'])
    expect(after.slice(r[0], r[1])).toBe('p20')
    expect(findResources(s)[29].range).toEqual([after.lastIndexOf('kind: Pod'), after.length - 1])
  })

  it('reports errors of a reused document at their new position', () => {
    const bad = text.replace('name: p5\n', 'name: p5\n name: x\n')
    const first = parseStream(bad)
    const shifted = parseStream('# header\n' + bad, first)
    expect(shifted.docs[5].parsed).toBe(first.docs[5].parsed)
    expect(shifted.errors.map((e) => [e.line, e.document])).toEqual(
      first.errors.map((e) => [e.line + 1, e.document]),
    )
  })
})
