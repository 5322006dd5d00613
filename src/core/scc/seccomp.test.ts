/**
 * Cases from apiserver-library-go pkg/securitycontextconstraints/seccomp/strategy_test.go (TestGenerate,
 * TestValidatePod, TestValidateContainer) and sysctl/mustmatchpatterns_test.go (TestValidate).
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { readAdmissionPod } from './pod'
import { seccompStrategy, validateSysctls } from './seccomp'
import { podInput, rawScc } from './testKit'

describe('seccomp/strategy_test', () => {
  const pod = (annotations: JsonObject, podSc: JsonObject = {}, container: JsonObject = {}) =>
    readAdmissionPod(
      podInput({
        metadata: { annotations },
        spec: { securityContext: podSc, containers: [{ name: 'test', ...container }] },
      }),
    )
  const POD = 'seccomp.security.alpha.kubernetes.io/pod'
  const podErr = (profiles: string[], p: ReturnType<typeof pod>) =>
    seccompStrategy(profiles)
      .validatePod(p)
      .map((e) => e.message)
  it.each([
    ['empty allowed profiles', [], {}, {}, ''],
    ['allow wildcard only', ['*'], {}, {}, ''],
    ['allow values', ['foo', 'bar'], {}, {}, 'foo'],
    ['allow wildcard and values', ['*', 'foo', 'bar'], {}, {}, 'foo'],
    [
      'pod profile already set - field',
      ['foo', 'bar'],
      {},
      { seccompProfile: { type: 'RuntimeDefault' } },
      'runtime/default',
    ],
    ['pod profile already set - annotation', ['foo', 'bar'], { [POD]: 'baz' }, {}, 'baz'],
    [
      'pod profile already set - both set',
      ['foo', 'bar'],
      { [POD]: 'baz' },
      { seccompProfile: { type: 'RuntimeDefault' } },
      'baz',
    ],
  ])('TestGenerate: %s', (_name, profiles, annotations, podSc, want) => {
    expect(seccompStrategy(profiles).generate(pod(annotations, podSc))).toBe(want)
  })
  const F = 'pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: Forbidden: '
  it.each([
    ['empty allowed profiles, no pod profile', [], {}, {}, []],
    ['empty allowed profiles, pod profile', [], { [POD]: 'foo' }, {}, [`${F}seccomp may not be set`]],
    ['good pod profile', ['foo'], { [POD]: 'foo' }, {}, []],
    [
      'bad pod profile',
      ['foo'],
      { [POD]: 'bar' },
      {},
      [`${F}bar is not an allowed seccomp profile. Valid values are [foo]`],
    ],
    ['wildcard allows pod profile', ['*'], { [POD]: 'foo' }, {}, []],
    [
      'valid profile in both the pod annotations and field',
      ['localhost/foo'],
      { [POD]: 'localhost/foo' },
      { seccompProfile: { type: 'Localhost', localhostProfile: 'foo' } },
      [],
    ],
    [
      'invalid pod field and no annotation',
      ['foo'],
      {},
      { seccompProfile: { type: 'Localhost', localhostProfile: 'foo' } },
      [`${F}localhost/foo is not an allowed seccomp profile. Valid values are [foo]`],
    ],
    [
      'docker/default policy allows runtime/default in pod field',
      ['docker/default'],
      {},
      { seccompProfile: { type: 'RuntimeDefault' } },
      [],
    ],
    [
      'runtime/default policy allows docker/default in pod annotation',
      ['runtime/default'],
      { [POD]: 'docker/default' },
      {},
      [],
    ],
    [
      'specific profile does not allow any other profiles',
      ['runtime/default'],
      {},
      { seccompProfile: { type: 'Unconfined' } },
      [`${F}unconfined is not an allowed seccomp profile. Valid values are [runtime/default]`],
    ],
  ])('TestValidatePod: %s', (_name, profiles, annotations, podSc, want) => {
    expect(podErr(profiles, pod(annotations, podSc))).toEqual(want)
  })
  it('TestValidateContainer: the container annotation, field, or the pod profile', () => {
    const C = 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/test]: Forbidden: '
    const ctrErr = (profiles: string[], p: ReturnType<typeof pod>) =>
      seccompStrategy(profiles)
        .validateContainer(p, p.containers[0]!)
        .map((e) => e.message)
    const ann = (v: string) => ({ 'container.seccomp.security.alpha.kubernetes.io/test': v })
    expect(ctrErr([], pod(ann('foo')))).toEqual([`${C}seccomp may not be set`])
    expect(ctrErr(['foo'], pod(ann('bar')))).toEqual([
      `${C}bar is not an allowed seccomp profile. Valid values are [foo]`,
    ])
    expect(ctrErr(['*'], pod(ann('foo')))).toEqual([])
    expect(
      ctrErr(['foo'], pod({}, {}, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } })),
    ).toEqual([`${C}runtime/default is not an allowed seccomp profile. Valid values are [foo]`])
  })
})

describe('sysctl/mustmatchpatterns_test TestValidate', () => {
  const refused = (allowedUnsafe: string[], forbidden: string[], names: string[]) =>
    validateSysctls(rawScc('s', { allowedUnsafeSysctls: allowedUnsafe, forbiddenSysctls: forbidden }), names)
      .length
  it('safe sysctls pass unless forbidden, unsafe ones only when allowed', () => {
    expect(refused([], [], ['kernel.shm_rmid_forced', 'net.ipv4.tcp_rmem'])).toBe(0)
    expect(refused([], ['*'], ['kernel.shm_rmid_forced'])).toBe(1)
    expect(refused(['a.b.c', '*'], [], ['a', 'a.b', 'a.b.c', 'b'])).toBe(0)
    expect(refused(['a.*', 'b.*', 'c.d.e', 'd.e.f.*'], [], ['a.b', 'b.c', 'c.d.e', 'd.e.f.g.h'])).toBe(0)
    for (const name of ['a', 'b', 'c', 'c.d', 'd.e', 'd.e.f'])
      expect(refused(['a.*', 'b.*', 'c.d.e', 'd.e.f.*'], [], [name])).toBe(1)
  })
})
