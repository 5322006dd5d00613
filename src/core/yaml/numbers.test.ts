import { describe, expect, it } from 'vitest'
import { lines } from '../testdata/kit'
import type { JsonValue } from '../types'
import { findResources, goYamlNumber, numberSource, parseStream } from '.'
import { jsonAt } from './nodes'

const data = (text: string, document = 0): JsonValue | undefined =>
  parseStream(text).docs[document]?.parsed.json

describe('numberSource', () => {
  it('keeps the source text of integers JavaScript rounds, beside the rounded value', () => {
    const json = data(
      lines(
        'spec:',
        '  securityContext:',
        '    runAsUser: 9223372036854775808',
        '    runAsGroup: 0x8000000000000000',
        '    fsGroup: 1000',
        '    supplementalGroups: [1, 9_223_372_036_854_775_809]',
        '    note: 1e400',
      ),
    )
    const sc = jsonAt(json, ['spec', 'securityContext'])
    expect(jsonAt(sc, ['runAsUser'])).toBe(9223372036854776000)
    expect(numberSource(sc, 'runAsUser')).toBe('9223372036854775808')
    expect(numberSource(sc, 'runAsGroup')).toBe('0x8000000000000000')
    expect(numberSource(jsonAt(sc, ['supplementalGroups']), 1)).toBe('9_223_372_036_854_775_809')
    expect(numberSource(sc, 'note')).toBe('1e400')
    // Exact values have no entry: their JavaScript number is the truth.
    expect(numberSource(sc, 'fsGroup')).toBeUndefined()
    expect(numberSource(jsonAt(sc, ['supplementalGroups']), 0)).toBeUndefined()
  })

  it('finds them in List items and in later documents of a stream', () => {
    const text = lines(
      'kind: Pod',
      'spec: {securityContext: {runAsUser: 1}}',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  spec:',
      '    securityContext:',
      '      runAsUser: -9223372036854775809',
    )
    const [, item] = findResources(parseStream(text))
    expect(numberSource(item!.podSpec.securityContext, 'runAsUser')).toBe('-9223372036854775809')
  })

  it('has nothing for quoted numbers, short numbers, aliases and data not parsed from text', () => {
    const json = data(
      lines(
        'a: "9223372036854775808"',
        'b: &big 9223372036854775808',
        'c: *big',
        'd: 9007199254740991',
        'e: 12345678901234567890123',
      ),
    )
    expect(numberSource(json, 'a')).toBeUndefined()
    expect(numberSource(json, 'b')).toBe('9223372036854775808')
    expect(numberSource(json, 'c')).toBeUndefined()
    expect(numberSource(json, 'd')).toBeUndefined()
    expect(numberSource(json, 'e')).toBe('12345678901234567890123')
    expect(numberSource({ a: 9223372036854775808 }, 'a')).toBeUndefined()
  })
})

describe('goYamlNumber (go-yaml: ParseInt, ParseUint, base 0, underscores dropped; then ParseFloat)', () => {
  const read = (s: string) => {
    const go = goYamlNumber(s)
    return typeof go === 'bigint' ? go.toString() : go
  }

  it('reads YAML 1.1 integers exactly, hex and leading-zero octal included', () => {
    expect(['1000', '0x10', '010', '0b101', '0o17', '1_000', '+5', '-0x10', '0'].map(read)).toEqual([
      '1000',
      '16',
      '8',
      '5',
      '15',
      '1000',
      '5',
      '-16',
      '0',
    ])
    expect(read('9223372036854775807')).toBe('9223372036854775807')
    expect(read('-9223372036854775808')).toBe('-9223372036854775808')
    expect(read('9223372036854775808')).toBe('9223372036854775808')
    expect(read('18446744073709551615')).toBe('18446744073709551615')
    expect(read('0xFFFFFFFFFFFFFFFF')).toBe('18446744073709551615')
  })

  it('reads a float64 past uint64 (or signed past int64), a string where no float parses', () => {
    expect(
      [
        '18446744073709551616',
        '-9223372036854775809',
        '+9223372036854775808',
        '1.5',
        '1e3',
        '09',
        '.5e20',
      ].map(read),
    ).toEqual(['float', 'float', 'float', 'float', 'float', 'float', 'float'])
    expect(
      ['0x10000000000000000', '0x1_0000_0000_0000_0000', '1e400', '0x', '0o', '-', 'abc'].map(read),
    ).toEqual(['string', 'string', 'string', 'string', 'string', 'string', 'string'])
    expect(['.inf', '-.Inf', '.nan'].map(read)).toEqual([null, null, null])
  })
})
