import { describe, expect, it } from 'vitest'
import { fixture } from '../testdata/kit'
import { parseStream, rangeOf } from '.'
import type { Path } from '../types'

const at = (text: string, document: number, path: Path) => {
  const [start, end] = rangeOf(parseStream(text), document, path)
  return text.slice(start, end)
}

describe('rangeOf', () => {
  const pod = fixture('security-context.yaml')
  const sc = ['spec', 'containers', 0, 'securityContext']

  it('gives a scalar its own range, quotes included', () => {
    expect(at(pod, 0, ['spec', 'securityContext', 'runAsUser'])).toBe('1000')
    expect(at(pod, 0, ['spec', 'securityContext', 'supplementalGroups', 0])).toBe('4000')
    expect(at(pod, 0, ['spec', 'containers', 0, 'command', 0])).toBe('"sh"')
    expect(at(pod, 0, [...sc, 'allowPrivilegeEscalation'])).toBe('false')
  })

  it('puts a map or sequence under a key on its key', () => {
    expect(at(pod, 0, sc)).toBe('securityContext')
    expect(at(pod, 0, ['spec', 'securityContext', 'supplementalGroups'])).toBe('supplementalGroups')
    expect(at(pod, 0, ['spec', 'volumes'])).toBe('volumes')
    expect(at(pod, 0, ['spec', 'volumes', 0, 'emptyDir'])).toBe('emptyDir')
  })

  it('puts a map inside a sequence on its first key', () => {
    expect(at(pod, 0, ['spec', 'containers', 0])).toBe('name')
    expect(at(fixture('flow-map.yaml'), 0, ['spec', 'containers', 1])).toBe('name')
  })

  it('falls back to the nearest existing ancestor for a missing path', () => {
    expect(at(pod, 0, [...sc, 'runAsNonRoot'])).toBe('securityContext')
    expect(at(pod, 0, [...sc, 'seccompProfile', 'type'])).toBe('securityContext')
    expect(at(fixture('security-context-3.yaml'), 0, sc)).toBe('name')
    expect(at(pod, 0, ['spec', 'containers', 7, 'securityContext'])).toBe('containers')
    expect(at(pod, 0, ['nope'])).toBe('apiVersion')
  })

  it('works in every document of a stream, in whole-text offsets', () => {
    const text = fixture('multi-doc.yaml')
    const job = ['spec', 'template', 'spec', 'containers', 0, 'securityContext']
    expect(at(text, 3, [...job, 'runAsUser'])).toBe('"1000"')
    expect(at(text, 3, [...job, 'seccompProfile', 'type'])).toBe("'RuntimeDefault'")
    expect(at(text, 3, [...job, 'capabilities'])).toBe('securityContext')
    expect(at(text, 0, ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop', 0])).toBe('ALL')
  })

  it('stops at an alias, and never throws on a bad document index or an empty document', () => {
    const anchors = fixture('anchors.yaml')
    expect(at(anchors, 0, ['spec', 'containers', 0, 'securityContext', 'runAsUser'])).toBe('*podsc')
    expect(rangeOf(parseStream(anchors), 5, ['spec'])).toEqual([0, 0])
    expect(rangeOf(parseStream('a: 1\n---\n'), 1, ['spec'])).toEqual([8, 8])
  })
})
