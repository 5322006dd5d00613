import { describe, expect, it } from 'vitest'
import { edit, fixture, inserted, lines } from '../testdata/kit'
import { parseStream, planSet } from '.'

const sc = ['spec', 'containers', 0, 'securityContext']

describe('planSet: adding a missing key', () => {
  it('adds one line at the end of the parent map, with its indentation', () => {
    const pod = fixture('security-context.yaml')
    expect(edit(pod, 0, [...sc, 'runAsNonRoot'], true).out).toBe(pod + '      runAsNonRoot: true\n')
    expect(edit(pod, 0, ['spec', 'securityContext', 'fsGroupChangePolicy'], 'OnRootMismatch').out).toBe(
      inserted(pod, 'supplementalGroups: [4000]\n', '    fsGroupChangePolicy: OnRootMismatch\n'),
    )
  })

  it('goes after the last pair, not after blank lines and comments that belong to what follows', () => {
    const text = fixture('multi-doc.yaml')
    const { out, edits } = edit(text, 0, ['spec', 'securityContext', 'seccompProfile'], {
      type: 'RuntimeDefault',
    })
    expect(edits).toHaveLength(1)
    expect(out).toBe(
      inserted(text, '# required by restricted\n', '    seccompProfile:\n      type: RuntimeDefault\n'),
    )
  })

  it('creates missing parent maps as block maps (walkthrough pod 3)', () => {
    const text = fixture('security-context-3.yaml')
    expect(edit(text, 0, [...sc, 'seccompProfile', 'type'], 'RuntimeDefault').out).toBe(
      text + lines('    securityContext:', '      seccompProfile:', '        type: RuntimeDefault'),
    )
    // A new pod-level securityContext goes before the containers, as the walkthrough writes it.
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], 1000).out).toBe(
      inserted(text, 'spec:\n', lines('  securityContext:', '    runAsUser: 1000')),
    )
  })

  it('goes through kubectl-style sequences and writes new sequences in that style', () => {
    const text = fixture('deployment-kubectl.yaml')
    const path = ['spec', 'template', 'spec', 'initContainers', 0, 'securityContext', 'capabilities', 'drop']
    const kubectlStyle =
      '        securityContext:\n          capabilities:\n            drop:\n            - ALL\n'
    expect(edit(text, 0, path, ['ALL']).out).toBe(inserted(text, 'sleep 1; done\n', kubectlStyle))
    const second = ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'runAsNonRoot']
    expect(edit(text, 0, second, true).out).toBe(
      text + '        securityContext:\n          runAsNonRoot: true\n',
    )
  })

  it('writes new sequences indented when the document indents them', () => {
    const text = fixture('multi-doc.yaml')
    const path = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']
    const indented = '            capabilities:\n              drop:\n                - ALL\n'
    expect(edit(text, 3, path, ['ALL']).out).toBe(inserted(text, "type: 'RuntimeDefault'\n", indented))
  })

  it('uses the 4-space indent of a 4-space document', () => {
    const text = fixture('indent4.yaml')
    const path = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']
    expect(edit(text, 0, path, ['ALL', 'NET_RAW']).out).toBe(
      text +
        '                        capabilities:\n' +
        '                            drop:\n' +
        '                                - ALL\n' +
        '                                - NET_RAW\n',
    )
  })

  it('writes object values as block maps in block context', () => {
    const text = fixture('security-context-2.yaml')
    const value = { type: 'Localhost', localhostProfile: 'profiles/audit.json' }
    expect(edit(text, 0, [...sc, 'seccompProfile'], value).out).toBe(
      text +
        '      seccompProfile:\n        type: Localhost\n        localhostProfile: profiles/audit.json\n',
    )
  })

  it('adds inside a non-empty flow map, keeping its spacing; an empty one under a block key becomes a block', () => {
    const text = fixture('flow-map.yaml')
    expect(edit(text, 0, ['spec', 'securityContext', 'fsGroup'], 2000).out).toBe(
      text.replace('{runAsUser: 1000}', '{runAsUser: 1000, fsGroup: 2000}'),
    )
    expect(edit(text, 0, [...sc, 'runAsUser'], 1000).out).toBe(
      text.replace('    securityContext: {}', '    securityContext:\n      runAsUser: 1000'),
    )
    const side = ['spec', 'containers', 1, 'securityContext', 'seccompProfile']
    expect(edit(text, 0, side, { type: 'RuntimeDefault' }).out).toBe(
      text.replace('{ drop: [ALL] } }}', '{ drop: [ALL] }, seccompProfile: {type: RuntimeDefault} }}'),
    )
    expect(
      edit(text, 0, ['spec', 'containers', 1, 'securityContext', 'capabilities', 'add'], ['NET_BIND_SERVICE'])
        .out,
    ).toBe(text.replace('{ drop: [ALL] }', '{ drop: [ALL], add: [NET_BIND_SERVICE] }'))
  })

  it('follows the spacing of other flow maps', () => {
    const path = ['sc', 'fsGroup']
    expect(edit(lines('sc:', '- { }'), 0, ['sc', 0, 'fsGroup'], 2).out).toBe(lines('sc:', '- { fsGroup: 2 }'))
    expect(edit(lines('sc: {a: 1,b: 2}'), 0, path, 2).out).toBe(lines('sc: {a: 1,b: 2,fsGroup: 2}'))
    expect(edit(lines('sc: {"a":1}'), 0, path, 2).out).toBe(lines('sc: {"a":1, "fsGroup":2}'))
  })

  it('writes JSON in a JSON document', () => {
    const text = fixture('json-pod.yaml')
    expect(edit(text, 0, ['spec', 'securityContext', 'fsGroup'], 2000).out).toBe(
      text.replace('"runAsUser": 1000\n', '"runAsUser": 1000,\n      "fsGroup": 2000\n'),
    )
    expect(edit(text, 0, [...sc, 'seccompProfile'], { type: 'RuntimeDefault' }).out).toBe(
      text.replace(
        '"securityContext": {}',
        '"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}',
      ),
    )
    expect(edit(text, 0, [...sc, 'capabilities', 'drop'], ['ALL']).out).toBe(
      text.replace('"securityContext": {}', '"securityContext": {"capabilities": {"drop": ["ALL"]}}'),
    )
  })

  it('fills an empty or null parent, keeping a comment on its line', () => {
    const empty = lines('spec:', '  securityContext: # todo', '  containers: []')
    expect(edit(empty, 0, ['spec', 'securityContext', 'runAsUser'], 1000).out).toBe(
      lines('spec:', '  securityContext: # todo', '    runAsUser: 1000', '  containers: []'),
    )
    const tilde = lines('spec:', '  securityContext: ~', '  containers: []')
    expect(edit(tilde, 0, ['spec', 'securityContext', 'seccompProfile', 'type'], 'RuntimeDefault').out).toBe(
      lines(
        'spec:',
        '  securityContext:',
        '    seccompProfile:',
        '      type: RuntimeDefault',
        '  containers: []',
      ),
    )
  })

  it('writes CRLF lines in a CRLF document', () => {
    const text = fixture('crlf.yaml')
    expect(edit(text, 0, [...sc, 'capabilities', 'drop'], ['ALL']).out).toBe(
      text + '    securityContext:\r\n      capabilities:\r\n        drop:\r\n        - ALL\r\n',
    )
  })

  it('handles a document without a final line break', () => {
    const text = 'spec:\n  securityContext:\n    runAsUser: 1'
    expect(edit(text, 0, ['spec', 'securityContext', 'fsGroup'], 2).out).toBe(text + '\n    fsGroup: 2')
  })

  it('edits the right document of a stream, in whole-text offsets', () => {
    const text = fixture('multi-doc.yaml')
    const path = ['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot']
    expect(edit(text, 3, path, true).out).toBe(
      inserted(text, 'restartPolicy: Never\n', '      securityContext:\n        runAsNonRoot: true\n'),
    )
  })

  it('goes into List items', () => {
    const text = fixture('list.yaml')
    const path = ['items', 1, 'spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged']
    expect(edit(text, 0, path, false).out).toBe(text.replace('privileged: true', 'privileged: false'))
    const lone = ['items', 2, 'spec', 'securityContext', 'runAsNonRoot']
    expect(edit(text, 0, lone, true).out).toBe(
      inserted(text, 'name: lone\n  spec:\n', '    securityContext:\n      runAsNonRoot: true\n'),
    )
  })

  it('cannot create sequence items or go through a scalar sequence', () => {
    const pod = fixture('security-context.yaml')
    expect(
      planSet(parseStream(pod), 0, ['spec', 'containers', 3, 'securityContext', 'runAsUser'], 1),
    ).toEqual([])
    expect(planSet(parseStream(pod), 0, ['spec', 'volumes', 'x'], 1)).toEqual([])
    expect(planSet(parseStream(pod), 7, ['spec'], 1)).toEqual([])
  })
})
