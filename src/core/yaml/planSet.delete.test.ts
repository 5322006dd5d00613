import { describe, expect, it } from 'vitest'
import { edit, fixture, lines } from '../testdata/kit'
import { parseStream, planSet } from '.'

const sc = ['spec', 'containers', 0, 'securityContext']
// What the store passes: prune up to (not including) the container or pod spec.
const prune = { pruneEmptyAbove: sc.length - 1 }

describe('planSet: deleting (value undefined)', () => {
  it('removes the pair line with its same-line comment, leaving other comments and blank lines', () => {
    const text = fixture('multi-doc.yaml')
    expect(edit(text, 0, ['metadata', 'name'], undefined).out).toBe(
      text.replace('  name: web # the front end\n', ''),
    )
    const c = [...sc, 'capabilities']
    expect(edit(text, 0, c, undefined).out).toBe(
      text.replace('        capabilities:\n          drop:\n            - ALL # nothing else\n', ''),
    )
  })

  it('prunes a securityContext the delete left empty, but not the container (walkthrough pod 2)', () => {
    const text = fixture('security-context-2.yaml')
    const once = edit(text, 0, [...sc, 'runAsUser'], undefined, prune).out
    expect(once).toBe(text.replace('      runAsUser: 2000\n', ''))
    expect(edit(once, 0, [...sc, 'allowPrivilegeEscalation'], undefined, prune).out).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: security-context-demo-2',
        'spec:',
        '  securityContext:',
        '    runAsUser: 1000',
        '  containers:',
        '  - name: sec-ctx-demo-2',
        '    image: gcr.io/google-samples/hello-app:2.0',
      ),
    )
    const pod = ['spec', 'securityContext']
    expect(edit(text, 0, [...pod, 'runAsUser'], undefined, { pruneEmptyAbove: pod.length - 1 }).out).toBe(
      text.replace('  securityContext:\n    runAsUser: 1000\n', ''),
    )
  })

  it('prunes nested maps left empty (seccompProfile, then securityContext)', () => {
    const text = fixture('multi-doc.yaml')
    const job = ['spec', 'template', 'spec', 'containers', 0, 'securityContext']
    const out = edit(text, 3, [...job, 'seccompProfile', 'type'], undefined, {
      pruneEmptyAbove: job.length - 1,
    }).out
    expect(out).toBe(text.replace("            seccompProfile:\n              type: 'RuntimeDefault'\n", ''))
    const again = edit(out, 3, [...job, 'runAsUser'], undefined, { pruneEmptyAbove: job.length - 1 }).out
    expect(again).toBe(out.replace('          securityContext:\n            runAsUser: "1000"\n', ''))
  })

  it('leaves `{}` when pruning stops at the emptied map', () => {
    const text = fixture('security-context-2.yaml')
    expect(edit(text, 0, [...sc, 'capabilities', 'add'], undefined).out).toBe(text)
    const c4 = fixture('security-context-4.yaml')
    expect(edit(c4, 0, [...sc, 'capabilities', 'add'], undefined).out).toBe(
      c4.replace('      capabilities:\n        add: ["NET_ADMIN", "SYS_TIME"]\n', '      capabilities: {}\n'),
    )
  })

  it('deletes inside flow maps: `{}` when the last key goes, the whole pair when pruned', () => {
    const text = lines('spec:', '  securityContext: {runAsUser: 1000, fsGroup: 2000}', '  hostPID: true')
    const path = ['spec', 'securityContext']
    expect(edit(text, 0, [...path, 'fsGroup'], undefined).out).toBe(text.replace(', fsGroup: 2000', ''))
    expect(edit(text, 0, [...path, 'runAsUser'], undefined).out).toBe(text.replace('runAsUser: 1000, ', ''))
    const single = lines('spec:', '  securityContext: { runAsUser: 1000 }', '  hostPID: true')
    expect(edit(single, 0, [...path, 'runAsUser'], undefined).out).toBe(
      lines('spec:', '  securityContext: {}', '  hostPID: true'),
    )
    expect(edit(single, 0, [...path, 'runAsUser'], undefined, { pruneEmptyAbove: 1 }).out).toBe(
      lines('spec:', '  hostPID: true'),
    )
  })

  it('deletes in JSON documents with their commas', () => {
    const text = fixture('json-pod.yaml')
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], undefined).out).toBe(
      text.replace('"securityContext": {\n      "runAsUser": 1000\n    }', '"securityContext": {}'),
    )
    expect(
      edit(text, 0, ['spec', 'securityContext', 'runAsUser'], undefined, { pruneEmptyAbove: 1 }).out,
    ).toBe(text.replace('"securityContext": {\n      "runAsUser": 1000\n    },\n    ', ''))
    expect(edit(text, 0, [...sc], undefined).out).toBe(text.replace(',\n        "securityContext": {}', ''))
  })

  it('removes sequence items by index and keeps the rest', () => {
    const text = fixture('security-context-4.yaml')
    expect(edit(text, 0, [...sc, 'capabilities', 'add', 0], undefined).out).toBe(
      text.replace('"NET_ADMIN", ', ''),
    )
    const block = lines('drop:', '- ALL', '- KILL')
    expect(edit(block, 0, ['drop', 1], undefined).out).toBe(lines('drop:', '- ALL'))
    expect(edit(lines('drop:', '- ALL'), 0, ['drop', 0], undefined).out).toBe(lines('drop: []'))
  })

  it("moves the next key up when a sequence item's first key goes", () => {
    const text = lines('containers:', '- name: a', '  image: b', '- name: c')
    expect(edit(text, 0, ['containers', 0, 'name'], undefined).out).toBe(
      lines('containers:', '- image: b', '- name: c'),
    )
    expect(edit(text, 0, ['containers', 1, 'name'], undefined).out).toBe(
      lines('containers:', '- name: a', '  image: b', '- {}'),
    )
  })

  it('keeps CRLF and a missing final line break', () => {
    const crlf = fixture('crlf.yaml')
    expect(
      edit(crlf, 0, ['spec', 'securityContext', 'runAsUser'], undefined, { pruneEmptyAbove: 1 }).out,
    ).toBe(crlf.replace('  securityContext:\r\n    runAsUser: 1000\r\n', ''))
    const text = 'spec:\n  securityContext:\n    runAsUser: 1\n    fsGroup: 2'
    expect(edit(text, 0, ['spec', 'securityContext', 'fsGroup'], undefined).out).toBe(
      'spec:\n  securityContext:\n    runAsUser: 1',
    )
  })

  it('plans nothing for a missing key', () => {
    const text = fixture('security-context.yaml')
    expect(planSet(parseStream(text), 0, [...sc, 'runAsNonRoot'], undefined)).toEqual([])
    expect(planSet(parseStream(text), 0, [...sc, 'seccompProfile', 'type'], undefined)).toEqual([])
    expect(planSet(parseStream(text), 0, [], undefined)).toEqual([])
  })
})
