import { describe, expect, it } from 'vitest'
import { edit, fixture, lines } from '../testdata/kit'
import { parseStream, planSet } from '.'

describe('planSet: anchors, aliases and untouched neighbours', () => {
  const text = fixture('anchors.yaml')
  const c = (i: number) => ['spec', 'containers', i, 'securityContext']

  it('plans nothing for an edit through an alias (it would change every user of the anchor)', () => {
    expect(planSet(parseStream(text), 0, [...c(0), 'runAsUser'], 2000)).toEqual([])
    expect(planSet(parseStream(text), 0, [...c(0), 'runAsUser'], undefined)).toEqual([])
  })

  it('edits the anchored map itself, keeping the anchor and the alias', () => {
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsGroup'], 4000).out).toBe(
      text.replace('3000', '4000'),
    )
    expect(edit(text, 0, ['spec', 'securityContext', 'fsGroup'], 2000).out).toBe(
      text.replace('    runAsGroup: 3000\n', '    runAsGroup: 3000\n    fsGroup: 2000\n'),
    )
  })

  it('adds a key next to a merge key, overriding the merged value', () => {
    expect(edit(text, 0, [...c(1), 'runAsGroup'], 5000).out).toBe(text + '      runAsGroup: 5000\n')
  })

  it('replaces an alias value as a whole when asked to set that very node', () => {
    expect(edit(text, 0, c(0), { runAsUser: 3000 }).out).toBe(
      text.replace('    securityContext: *podsc\n', '    securityContext:\n      runAsUser: 3000\n'),
    )
  })

  it('never removes an anchor an alias still uses', () => {
    const pod = ['spec', 'securityContext']
    const once = edit(text, 0, [...pod, 'runAsUser'], undefined, { pruneEmptyAbove: 1 }).out
    expect(once).toBe(text.replace('    runAsUser: 1000\n', ''))
    expect(edit(once, 0, [...pod, 'runAsGroup'], undefined, { pruneEmptyAbove: 1 }).out).toBe(
      once.replace('  securityContext: &podsc\n    runAsGroup: 3000\n', '  securityContext: &podsc {}\n'),
    )
    expect(planSet(parseStream(text), 0, pod, undefined)).toEqual([])
    expect(edit(text, 0, pod, { fsGroup: 1 }).out).toBe(
      text.replace('&podsc\n    runAsUser: 1000\n    runAsGroup: 3000\n', '&podsc\n    fsGroup: 1\n'),
    )
    const seq = lines('a: [&x 1, 2]', 'b: *x')
    expect(planSet(parseStream(seq), 0, ['a'], [2])).toEqual([])
    expect(edit(seq, 0, ['a'], [1, 2, 3]).out).toBe(lines('a: [&x 1, 2, 3]', 'b: *x'))
  })

  it('leaves tabs, odd indentation and other documents byte for byte', () => {
    const stream = lines(
      'kind: ConfigMap',
      'data:',
      '  script: "a\tb"   # tab inside',
      '---',
      'kind: Pod',
      'spec:',
      '   containers:',
      '   -    name: odd',
      '        securityContext:',
      '             runAsUser: 1',
      '---',
      'kind: Secret',
      'data: {k: dg==}\t# trailing tab',
    )
    const path = ['spec', 'containers', 0, 'securityContext', 'runAsGroup']
    expect(edit(stream, 1, path, 2).out).toBe(
      stream.replace('runAsUser: 1\n', 'runAsUser: 1\n             runAsGroup: 2\n'),
    )
  })
})
