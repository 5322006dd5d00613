import { describe, expect, it } from 'vitest'
import { bigCrd } from '../testdata/bundle'
import { fixture, lines } from '../testdata/kit'
import { findResources, lineColAt, parseStream } from '.'
import { jsonAt } from './nodes'
import { splitDocuments } from './split'

describe('splitDocuments', () => {
  it('cuts at --- lines and after ... lines, keeping directives with their document', () => {
    const text = lines(
      '# head',
      'a: 1',
      '---',
      'b: 2',
      '...',
      '%YAML 1.1',
      '---',
      'c: |',
      '  ---x',
      '--- # c',
      'd',
    )
    const parts = splitDocuments(text).map((c) => text.slice(c.start, c.end))
    expect(parts).toEqual([
      '# head\na: 1\n',
      '---\nb: 2\n...\n',
      '%YAML 1.1\n---\nc: |\n  ---x\n',
      '--- # c\nd\n',
    ])
  })

  it('does not cut at --- inside a line or without a following blank', () => {
    const text = 'a: ---\nb: ---x\n----\n'
    expect(splitDocuments(text)).toEqual([{ start: 0, end: text.length, marker: false }])
  })
})

/** A YAML error of the stream's first document, at `at` (offset, 1-based line and column). */
const firstDocError = (
  code: string,
  message: string,
  at: { offset: number; line: number; column: number },
) => ({
  code,
  message,
  ...at,
  document: 0,
})

describe('parseStream', () => {
  it('counts documents like kubectl: a leading comment is not a document, an empty one is', () => {
    const s = parseStream(fixture('multi-doc.yaml'))
    expect(s.documentCount).toBe(4)
    expect(s.errors).toEqual([])
    expect(parseStream('').documentCount).toBe(0)
    expect(parseStream('# only a comment\n').documentCount).toBe(0)
  })

  it('reports YAML errors with 1-based line, column and the document index', () => {
    const s = parseStream(lines('a: 1', '---', 'kind: Pod', 'spec:', '  x: 1', ' y: 2'))
    expect(s.errors.map((e) => [e.code, e.line, e.column, e.document])).toEqual([['BAD_INDENT', 6, 1, 1]])
    const invalid = parseStream(fixture('invalid.yaml'))
    expect(invalid.errors).toEqual([
      firstDocError('MISSING_CHAR', 'Sequence item without - indicator', { offset: 101, line: 9, column: 1 }),
    ])
  })

  it('rejects duplicate keys, as kubectl does', () => {
    const s = parseStream(lines('---', 'kind: Pod', 'kind: Deployment'))
    expect(s.errors.map((e) => [e.code, e.message, e.line, e.column])).toEqual([
      ['DUPLICATE_KEY', 'Map keys must be unique', 3, 1],
    ])
  })

  it('reads YAML 1.1 scalars as Kubernetes does, timestamps and 1:20 as strings', () => {
    const s = parseStream(
      lines('a: 0644', 'b: yes', 'c: off', 'd: 2024-01-02T03:04:05Z', 'e: 1:20', 'f: "0644"'),
    )
    expect(s.docs[0].parsed.json).toEqual({
      a: 420,
      b: true,
      c: false,
      d: '2024-01-02T03:04:05Z',
      e: '1:20',
      f: '0644',
    })
  })

  it('turns the billion laughs into one error instead of expanding it', () => {
    const s = parseStream(fixture('billion-laughs.yaml'))
    expect(s.errors).toEqual([
      firstDocError('ALIAS_LIMIT', 'Excessive alias count indicates a resource exhaustion attack', {
        offset: 126,
        line: 7,
        column: 10,
      }),
    ])
    expect(findResources(s)).toEqual([])
  })

  it('reports an alias to a missing anchor at the alias', () => {
    const s = parseStream(lines('a: 1', 'b: *nope'))
    expect(s.errors.map((e) => [e.code, e.line, e.column])).toEqual([['UNRESOLVED_ALIAS', 2, 4]])
  })

  it('never throws on hostile input', () => {
    const garbage = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')
    const deepBlock = Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n')
    const deepFlow = '['.repeat(1000) + ']'.repeat(1000)
    const unclosed = '{'.repeat(5000)
    for (const text of [
      garbage,
      deepBlock,
      deepFlow,
      unclosed,
      '\u0000\u0001---\n\t- : : [\n',
      '--- &a [*a]\n',
    ]) {
      const s = parseStream(text)
      expect(s.text).toBe(text)
      expect(() => findResources(s)).not.toThrow()
      for (const e of s.errors) expect(e.offset).toBeLessThanOrEqual(text.length)
    }
  })

  it('refuses nesting deeper than its fixed limit, in plain words, at the collection past it', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: deep',
      'spec:',
      '  x: ' + '['.repeat(1000) + ']'.repeat(1000),
    )
    const s = parseStream(text)
    expect(s.text).toBe(text)
    // The top map is level 1, spec's map level 2, the first bracket level 3: the 499th bracket is level 501.
    expect(s.errors.map(({ code, message, line, column }) => ({ code, message, line, column }))).toEqual([
      {
        code: 'NESTING_TOO_DEEP',
        message:
          'Nesting is too deep to analyse here (more than 500 levels from this point); Kubernetes accepts up to 10000 levels',
        line: 6,
        column: '  x: '.length + 499,
      },
    ])
  })

  it('refuses map keys that are collections (Kubernetes does too; stringifying them explodes)', () => {
    const s = parseStream(lines('? [a, b]', ': 1', 'kind: Pod'))
    expect(s.errors.map((e) => [e.code, e.line, e.column])).toEqual([['NON_SCALAR_KEY', 1, 3]])
    expect(parseStream('{'.repeat(400)).errors.map((e) => e.code)).toContain('NON_SCALAR_KEY')
    expect(parseStream('{'.repeat(5000)).errors.map((e) => e.code)).toEqual(['NESTING_TOO_DEEP'])
  })

  it('parses a document of any size in full by default (the CLI): a 1.4 MB CustomResourceDefinition', () => {
    const crd = bigCrd()
    const s = parseStream(crd)
    expect(s.errors).toEqual([])
    expect(s.docs[0]!.parsed.skimmed).toBeUndefined()
    expect(jsonAt(s.docs[0]!.parsed.json, ['spec', 'versions', 0, 'schema', 'openAPIV3Schema', 'type'])).toBe(
      'object',
    )
  }, 60_000)

  it('reports a syntax error deep inside a 1.4 MB document at its line (no size error)', () => {
    const crd = bigCrd()
    const at = crd.indexOf('type: string', crd.length / 2)
    const bad = crd.slice(0, at) + 'type: string: nope' + crd.slice(at + 'type: string'.length)
    const s = parseStream(bad)
    expect(s.errors.map((e) => [e.line, e.code])).toEqual([
      [lineColAt(bad, at).line, 'BLOCK_AS_IMPLICIT_KEY'],
    ])
  }, 60_000)

  it('parses a 10 MB stream of small documents', () => {
    const doc = 'kind: ConfigMap\ndata:\n  a: "' + 'x'.repeat(100_000) + '"\n'
    const text = Array.from({ length: 100 }, () => doc).join('---\n')
    const s = parseStream(text)
    expect(s.documentCount).toBe(100)
    expect(s.errors).toEqual([])
  }, 60_000)
})

describe('lineColAt', () => {
  it('gives 1-based line and column, columns in UTF-16 units', () => {
    const text = 'a: 1\r\nb: "é😀x"\n'
    expect(lineColAt(text, 0)).toEqual({ line: 1, column: 1 })
    expect(lineColAt(text, 6)).toEqual({ line: 2, column: 1 })
    expect(lineColAt(text, text.indexOf('x'))).toEqual({ line: 2, column: 8 })
    expect(lineColAt(text, text.length)).toEqual({ line: 3, column: 1 })
  })
})
