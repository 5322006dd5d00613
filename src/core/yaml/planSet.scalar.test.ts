import { describe, expect, it } from 'vitest'
import { edit, fixture, lines } from '../testdata/kit'
import { parseStream, planSet } from '.'

const pod = fixture('security-context.yaml')
const job = ['spec', 'template', 'spec', 'containers', 0, 'securityContext']

describe('planSet: replacing a scalar', () => {
  it('changes only the bytes of the scalar', () => {
    const { out, edits } = edit(pod, 0, ['spec', 'securityContext', 'runAsUser'], 2000)
    expect(edits).toEqual([{ offset: pod.indexOf('1000'), length: 4, text: '2000' }])
    expect(out).toBe(pod.replace('runAsUser: 1000', 'runAsUser: 2000'))
  })

  it('writes numbers and booleans plain', () => {
    const sc = ['spec', 'containers', 0, 'securityContext']
    expect(edit(pod, 0, [...sc, 'allowPrivilegeEscalation'], true).out).toBe(
      pod.replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true'),
    )
    const text = fixture('multi-doc.yaml')
    expect(edit(text, 3, [...job, 'runAsUser'], 0).out).toBe(
      text.replace('runAsUser: "1000"', 'runAsUser: 0'),
    )
  })

  it("keeps a string's quoting style", () => {
    const text = fixture('multi-doc.yaml')
    expect(edit(text, 3, [...job, 'runAsUser'], '2000').out).toBe(text.replace('"1000"', '"2000"'))
    expect(edit(text, 3, [...job, 'seccompProfile', 'type'], 'Localhost').out).toBe(
      text.replace("type: 'RuntimeDefault'", "type: 'Localhost'"),
    )
    expect(edit(text, 3, [...job, 'seccompProfile', 'type'], "it's").out).toBe(
      text.replace("type: 'RuntimeDefault'", "type: 'it''s'"),
    )
  })

  it('quotes strings YAML 1.1 (or 1.2) would read as something else, and only those', () => {
    const path = ['spec', 'securityContext', 'seLinuxOptions']
    const base = lines('kind: Pod', 'spec:', '  securityContext:', '    seLinuxOptions:', '      level: s0')
    const written = (s: string) => {
      const out = edit(base, 0, [...path, 'level'], s).out
      return out.slice(out.indexOf('level: ') + 7, -1)
    }
    const quoted = [
      'yes',
      'on',
      'Off',
      'y',
      'n',
      '0644',
      '1e3',
      '0x1F',
      '1_000',
      '.5',
      '~',
      'null',
      '',
      ' x',
      'x ',
    ]
    const indicators = [
      '*x',
      '&a',
      '!t',
      '%p',
      '@x',
      '`x',
      '- x',
      '? x',
      '[x',
      '{x',
      '|x',
      '>x',
      "'x",
      '"x',
      '#x',
    ]
    const inner = ['a: b', 'x #y', 'two\nlines', 'tab\there', '1000', '-1', 'true', '2024-01-02', '1:20']
    for (const s of [...quoted, ...indicators, ...inner]) expect(written(s)).toBe(JSON.stringify(s))
    for (const s of [
      'RuntimeDefault',
      's0:c123,c456',
      'localhost/profile.json',
      'NET_ADMIN',
      'a-b',
      'x#y',
      '1.2.3',
    ])
      expect(written(s)).toBe(s)
  })

  it('quotes strings with flow indicators inside a flow collection', () => {
    const text = lines('spec:', '  securityContext: {seLinuxOptions: {level: s0}}')
    const path = ['spec', 'securityContext', 'seLinuxOptions', 'level']
    expect(edit(text, 0, path, 's0:c1,c2').out).toBe(
      lines('spec:', '  securityContext: {seLinuxOptions: {level: "s0:c1,c2"}}'),
    )
    expect(edit(text, 0, path, 's1').out).toBe(
      lines('spec:', '  securityContext: {seLinuxOptions: {level: s1}}'),
    )
  })

  it('writes JSON strings in a JSON document', () => {
    const text = fixture('json-pod.yaml')
    expect(edit(text, 0, ['metadata', 'name'], 'renamed').out).toBe(text.replace('"json-pod"', '"renamed"'))
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], 0).out).toBe(
      text.replace('"runAsUser": 1000', '"runAsUser": 0'),
    )
  })

  it('fills an empty value, keeping its comment', () => {
    const text = lines('spec:', '  securityContext:', '    runAsUser:   # todo', '    fsGroup:')
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], 1000).out).toBe(
      lines('spec:', '  securityContext:', '    runAsUser: 1000   # todo', '    fsGroup:'),
    )
    expect(edit(text, 0, ['spec', 'securityContext', 'fsGroup'], 2000).out).toBe(
      lines('spec:', '  securityContext:', '    runAsUser:   # todo', '    fsGroup: 2000'),
    )
  })

  it('replaces a block scalar, keeping the line break after it', () => {
    const text = lines('a:', '  b: |', '    literal', '  c: 1')
    expect(edit(text, 0, ['a', 'b'], 'x').out).toBe(lines('a:', '  b: x', '  c: 1'))
  })

  it('plans nothing when the value is already written that way', () => {
    expect(planSet(parseStream(pod), 0, ['spec', 'securityContext', 'runAsUser'], 1000)).toEqual([])
    const text = fixture('multi-doc.yaml')
    expect(planSet(parseStream(text), 3, [...job, 'runAsUser'], '1000')).toEqual([])
  })

  it('keeps CRLF line endings', () => {
    const text = fixture('crlf.yaml')
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], 0).out).toBe(
      text.replace('runAsUser: 1000\r\n', 'runAsUser: 0\r\n'),
    )
  })
})
