import { describe, expect, it } from 'vitest'
import { BEYOND_INT64 } from '../../../scripts/bench/fixtures'
import { pod } from '../pss/testResource'
import { lines, podYaml } from '../testdata/kit'
import type { Resource } from '../types'
import { findResources, parseStream } from '../yaml'
import { decodeFailed, exactInteger } from './decode'
import { validateResource } from './index'
import { makeCtx } from './report'

const parsed = (text: string): Resource => findResources(parseStream(text))[0]!
const decodeMessages = (r: Resource) =>
  validateResource(r, { version: 'latest' })
    .filter((f) => f.code === 'API_DECODE')
    .map((f) => f.message)
const PREFIX = 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal '
const POD_FIELD = ' into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64'

/** A pod whose securityContext.runAsUser is written as `value`. */
const withUser = (value: string) =>
  parsed(
    podYaml(
      '  securityContext:',
      `    runAsUser: ${value}`,
      '  containers:',
      '  - name: app',
      '    image: busybox',
    ),
  )

describe('numbers encoding/json cannot store in an int64', () => {
  it('names a number beyond int64 as written, like the API server, and marks the field as not decoded', () => {
    const r = parsed(BEYOND_INT64)
    const decode = validateResource(r, { version: 'latest' }).filter((f) => f.code === 'API_DECODE')
    expect(decode).toEqual([
      {
        code: 'API_DECODE',
        source: 'api',
        severity: 'error',
        message:
          'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 9223372036854775808 into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64',
        path: 'spec.securityContext.runAsUser',
        nodePath: ['spec', 'securityContext', 'runAsUser'],
        // The value as JavaScript holds it: the message keeps the written digits.
        data: { field: 'runAsUser', part: 'value', value: 9223372036854775808 },
      },
    ])
    const ctx = makeCtx(r, 37)
    ctx.out.push(...decode)
    expect(decodeFailed(ctx, ['securityContext', 'runAsUser'])).toBe(true)
    expect(decodeFailed(ctx, ['securityContext', 'runAsGroup'])).toBe(false)
  })

  it('prints what sigs.k8s.io/yaml hands to encoding/json: exact integers, floats as Go writes them', () => {
    const cases: [string, string | null][] = [
      ['9223372036854775807', null],
      ['-9223372036854775808', null],
      ['0x10', null],
      ['010', null],
      ['1e3', null],
      ['9223372036854775808', 'number 9223372036854775808'],
      ['0x8000000000000000', 'number 9223372036854775808'],
      ['9_223_372_036_854_775_808', 'number 9223372036854775808'],
      ['18446744073709551615', 'number 18446744073709551615'],
      // Past uint64 (or signed past int64) go-yaml reads a float64: encoding/json writes it rounded.
      ['18446744073709551616', 'number 18446744073709552000'],
      ['-9223372036854775809', 'number -9223372036854776000'],
      ['+9223372036854775808', 'number 9223372036854776000'],
      ['1e19', 'number 10000000000000000000'],
      ['1e21', 'number 1e+21'],
      ['1.5', 'number 1.5'],
      // ParseFloat fails with a range error: go-yaml keeps the scalar as a string.
      ['1e400', 'string'],
    ]
    for (const [value, what] of cases) {
      expect([value, decodeMessages(withUser(value))]).toEqual([
        value,
        what ? [PREFIX + what + POD_FIELD] : [],
      ])
    }
  })

  it('checks container fields and supplementalGroups items the same way', () => {
    const r = parsed(
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'spec:',
        '  template:',
        '    spec:',
        '      securityContext:',
        '        supplementalGroups: [1, 1_8446_7440_7370_9551_616, 0x1_0000_0000_0000_0000]',
        '      containers:',
        '      - name: app',
        '        securityContext:',
        '          runAsGroup: 18446744073709551615',
      ),
    )
    expect(decodeMessages(r)).toEqual([
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 18446744073709552000 into Go struct field PodSecurityContext.spec.template.spec.securityContext.supplementalGroups of type int64',
      // Hex past uint64 is no float either: go-yaml keeps it as a string.
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field PodSecurityContext.spec.template.spec.securityContext.supplementalGroups of type int64',
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 18446744073709551615 into Go struct field SecurityContext.spec.template.spec.containers.securityContext.runAsGroup of type int64',
    ])
  })

  it('falls back to the JavaScript number for data not parsed from text', () => {
    expect(decodeMessages(pod({ securityContext: { runAsUser: 2 ** 63 } }))).toEqual([
      PREFIX + 'number 9223372036854776000' + POD_FIELD,
    ])
  })
})

describe('exactInteger', () => {
  it('gives the written integer where JavaScript rounded it, for range errors', () => {
    const r = withUser('9223372036854775807')
    expect(exactInteger(makeCtx(r, 37), ['securityContext', 'runAsUser'], 2 ** 63)).toEqual({
      raw: '9223372036854775807',
    })
    expect(exactInteger(makeCtx(withUser('-5'), 37), ['securityContext', 'runAsUser'], -5)).toBe(-5)
  })
})

describe('range errors print the number exactly', () => {
  const apiMessages = (r: Resource) =>
    validateResource(r, { version: 'latest' }).map((f) => `${f.code} ${f.message}`)

  it('a number beyond int64 gets the decode error only, no range error with a rounded value', () => {
    const messages = apiMessages(parsed(BEYOND_INT64))
    expect(messages.filter((m) => m.startsWith('API_RANGE'))).toEqual([])
    expect(messages.filter((m) => m.startsWith('API_DECODE'))).toEqual([
      `API_DECODE ${PREFIX}number 9223372036854775808${POD_FIELD}`,
    ])
  })

  it('int64 max decodes, then fails the ID range with its exact digits', () => {
    expect(apiMessages(withUser('9223372036854775807')).filter((m) => m.startsWith('API_'))).toEqual([
      'API_RANGE spec.securityContext.runAsUser: Invalid value: 9223372036854775807: must be between 0 and 2147483647, inclusive',
    ])
  })
})
