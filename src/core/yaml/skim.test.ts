import { describe, expect, it } from 'vitest'
import { bigCrd } from '../testdata/bundle'
import { lines } from '../testdata/kit'
import { documentInfo, parseStream } from '.'
import { skimDocument } from './skim'

/** What a full parse says of the same text: kind, apiVersion, metadata name and namespace. */
function parsed(text: string) {
  const json = parseStream(text).docs[0]?.parsed.json
  const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as object) : {})
  const get = (o: object, k: string) => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined)
  const meta = obj(get(obj(json), 'metadata'))
  const s = (v: unknown) => (typeof v === 'string' ? v : null)
  const kind = get(obj(json), 'kind')
  return {
    kind: kind === undefined ? null : kind,
    apiVersion: s(get(obj(json), 'apiVersion')),
    name: s(get(meta, 'name')),
    namespace: s(get(meta, 'namespace')),
  }
}

const skimmed = (text: string) => {
  const s = skimDocument(text)
  return s && { kind: s.kind, apiVersion: s.apiVersion, name: s.name, namespace: s.namespace }
}

/** Documents whose head the text tells: the skim must say exactly what a full parse says. */
const READABLE: Record<string, string> = {
  plain: lines(
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: cm',
    '  namespace: ns',
    'data:',
    '  a: b',
  ),
  'quoted values and keys, comments, anchors': lines(
    '# Source: chart/templates/crd.yaml',
    '"apiVersion": "apiextensions.k8s.io/v1" # v1',
    "'kind': 'CustomResourceDefinition'",
    '',
    'metadata: # meta',
    '  # name: commented-out',
    '  annotations:',
    '    name: not-this-one',
    '    note: |',
    '      namespace: nor-this',
    '  name: &n "real.example.com"',
    "  'namespace': 'it''s'",
    'spec: {}',
  ),
  'leading --- with a comment, directives, CRLF':
    '%YAML 1.1\r\n--- # crd\r\nkind: Secret\r\napiVersion: v1\r\n',
  'metadata on one line': lines('kind: Service', 'apiVersion: v1', 'metadata: {name: svc, namespace: web}'),
  'no kind at all': lines('apiVersion: v1', 'data:', '  kind: Pod'),
  'kind that YAML 1.1 reads as a boolean': lines('kind: yes', 'apiVersion: v1'),
  'a closing ... line': lines('kind: ConfigMap', 'apiVersion: v1', '...'),
  'kind: Pod inside a block scalar stays inside': lines(
    'kind: ConfigMap',
    'apiVersion: v1',
    'data:',
    '  script: |',
    '    kind: Pod',
  ),
}

/** Documents whose head only a full parse can tell: the skim must give up (null). */
const UNREADABLE: Record<string, string> = {
  'a top-level block scalar': lines('--- |', 'kind: Pod'),
  'a merge key': lines('<<: {kind: Pod}', 'apiVersion: v1'),
  'an explicit key': lines('? kind', ': Pod'),
  'a duplicate kind': lines('kind: ConfigMap', 'kind: Pod'),
  'a multi-line plain kind': lines('kind: Config', '  Map', 'apiVersion: v1'),
  'kind on the next line': lines('kind:', '  Pod'),
  'kind below a comment': lines('kind: # the kind', '  # is', '  Pod'),
  'a kind that is an alias': lines('x: &k Pod', 'kind: *k'),
  'an escaped quoted key': lines('"\\x6bind": Pod'),
  'an unterminated quoted kind': lines('kind: "Pod', '  "', 'apiVersion: v1'),
  JSON: '{\n  "kind": "ConfigMap",\n  "apiVersion": "v1"\n}\n',
  'a sequence': lines('- kind: Pod'),
  'indented content first': lines('  kind: Pod', 'apiVersion: v1'),
  'a bare CR line break': 'data: x\rkind: Pod\napiVersion: v1\n',
  'nothing but comments': lines('# kind: Pod'),
}

describe('skimDocument', () => {
  it('reads a 1.4 MB CustomResourceDefinition from its text, first key to last content', () => {
    const crd = bigCrd()
    const s = skimDocument(crd)
    expect(s).toEqual({
      kind: 'CustomResourceDefinition',
      apiVersion: 'apiextensions.k8s.io/v1',
      name: 'widgets.example.com',
      namespace: null,
      range: [crd.indexOf('apiVersion'), crd.trimEnd().length],
    })
  })

  for (const [name, text] of Object.entries(READABLE)) {
    it(`says what a full parse says: ${name}`, () => {
      expect(parseStream(text).errors).toEqual([])
      expect(skimmed(text)).toEqual(parsed(text))
    })
  }

  for (const [name, text] of Object.entries(UNREADABLE)) {
    it(`gives up on ${name}`, () => {
      expect(skimDocument(text)).toBeNull()
    })
  }

  it('ends the range where documentInfo ends a parsed document (trailing comments and blanks left out)', () => {
    const text = lines(
      'kind: ConfigMap',
      'apiVersion: v1',
      'data:',
      '  a: b   ',
      '# trailing',
      '',
      '  # more',
    )
    expect(skimDocument(text)!.range).toEqual(documentInfo(parseStream(text))[0]!.range)
  })
})
