import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, type AnalyzeOptions, type JsonObject } from '../types'
import { lintResource } from './index'
import { pod } from './testResource'

const run = (code: string, spec: JsonObject, options: Partial<AnalyzeOptions> = {}) =>
  lintResource(pod(spec), { ...DEFAULT_OPTIONS, ...options })
    .filter((f) => f.code === code)
    .map((f) => [f.path, f.message, f.severity])

const app = (sc: JsonObject, podSc: JsonObject = {}) => ({
  securityContext: podSc,
  containers: [{ name: 'app', securityContext: sc }],
})

describe('readOnlyRootFilesystem', () => {
  it('is asked of every container that does not set it true', () => {
    expect(run('LINT_READ_ONLY_ROOT_FS', app({}))).toEqual([
      [
        'spec.containers[0].securityContext.readOnlyRootFilesystem',
        'container "app" does not set readOnlyRootFilesystem=true: its root filesystem is writable',
        'warning',
      ],
    ])
    expect(run('LINT_READ_ONLY_ROOT_FS', app({ readOnlyRootFilesystem: false }))[0]?.[1]).toBe(
      'container "app" sets readOnlyRootFilesystem=false: its root filesystem is writable',
    )
    expect(run('LINT_READ_ONLY_ROOT_FS', app({ readOnlyRootFilesystem: true }))).toEqual([])
  })

  it('comes with a why', () => {
    const [f] = lintResource(pod(app({})), DEFAULT_OPTIONS).filter((x) => x.code === 'LINT_READ_ONLY_ROOT_FS')
    expect(f?.why).toMatch(/^A writable root filesystem lets a compromised process/)
    expect(f?.source).toBe('lint')
    expect(f?.nodePath).toEqual(['spec', 'containers', 0, 'securityContext', 'readOnlyRootFilesystem'])
  })
})

describe('allowPrivilegeEscalation', () => {
  it('explicit true warns, unset informs, below restricted only', () => {
    expect(
      run('LINT_ALLOW_PRIVILEGE_ESCALATION', app({ allowPrivilegeEscalation: true }), { level: 'baseline' }),
    ).toEqual([
      [
        'spec.containers[0].securityContext.allowPrivilegeEscalation',
        'container "app" sets allowPrivilegeEscalation=true: setuid binaries and file capabilities can raise its privileges',
        'warning',
      ],
    ])
    expect(run('LINT_ALLOW_PRIVILEGE_ESCALATION', app({}), { level: 'privileged' })).toEqual([
      [
        'spec.containers[0].securityContext.allowPrivilegeEscalation',
        'container "app" does not set allowPrivilegeEscalation=false: unset means escalation is allowed (no_new_privs is off)',
        'info',
      ],
    ])
    expect(run('LINT_ALLOW_PRIVILEGE_ESCALATION', app({}), { level: 'restricted' })).toEqual([])
    expect(
      run('LINT_ALLOW_PRIVILEGE_ESCALATION', app({}), { level: 'restricted', version: 'v1.7' }),
    ).toHaveLength(1)
  })
})

describe('privileged', () => {
  it('is reported by the lint only where Pod Security is off', () => {
    expect(run('LINT_PRIVILEGED', app({ privileged: true }), { level: 'privileged' })).toEqual([
      [
        'spec.containers[0].securityContext.privileged',
        'container "app" is privileged: it gets every capability and the host devices, with seccomp, AppArmor (unless Localhost) and masked /proc paths off',
        'warning',
      ],
    ])
    expect(run('LINT_PRIVILEGED', app({ privileged: true }), { level: 'baseline' })).toEqual([])
  })

  it('names the settings privileged makes useless', () => {
    const sc = {
      privileged: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    }
    expect(run('LINT_PRIVILEGED_IGNORES', app(sc))).toEqual([
      [
        'spec.containers[0].securityContext.privileged',
        'container "app" is privileged, so its capabilities and seccompProfile have no effect on containerd',
        'info',
      ],
    ])
  })

  it('says which AppArmor and SELinux settings the runtime keeps for a privileged container', () => {
    const sc = {
      privileged: true,
      appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-apparmor-example' },
      seLinuxOptions: { level: 's0:c123,c456' },
    }
    expect(run('LINT_PRIVILEGED_IGNORES', app(sc))).toEqual([])
    expect(run('LINT_PRIVILEGED_IGNORES', app(sc), { runtime: 'cri-o' })).toEqual([
      [
        'spec.containers[0].securityContext.privileged',
        'container "app" is privileged, so its appArmorProfile and seLinuxOptions have no effect on CRI-O',
        'info',
      ],
    ])
    const runtimeDefault = { privileged: true, appArmorProfile: { type: 'RuntimeDefault' } }
    expect(run('LINT_PRIVILEGED_IGNORES', app(runtimeDefault)).map((f) => f[1])).toEqual([
      'container "app" is privileged, so its appArmorProfile has no effect on containerd',
    ])
  })
})

describe('seccomp and SELinux', () => {
  it('no seccompProfile anywhere: one finding on the pod field, where Pod Security does not ask', () => {
    const spec: JsonObject = {
      containers: [
        { name: 'a' },
        { name: 'b', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'x.json' } } },
        { name: 'c' },
      ],
    }
    expect(run('LINT_SECCOMP_UNSET', spec, { level: 'baseline' })).toEqual([
      [
        'spec.securityContext.seccompProfile',
        'containers "a", "c" have no seccompProfile: they run Unconfined unless the kubelet sets seccompDefault: true',
        'info',
      ],
    ])
    expect(run('LINT_SECCOMP_UNSET', spec, { level: 'restricted' })).toEqual([])
    expect(
      run(
        'LINT_SECCOMP_UNSET',
        { ...spec, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
        { level: 'baseline' },
      ),
    ).toEqual([])
  })

  it('a container seLinuxOptions replaces the whole pod struct', () => {
    const spec = app(
      { seLinuxOptions: { type: 'container_t' } },
      { seLinuxOptions: { level: 's0:c123,c456' } },
    )
    expect(run('LINT_SELINUX_REPLACES_POD', spec)).toEqual([
      [
        'spec.containers[0].securityContext.seLinuxOptions',
        'container "app" sets its own seLinuxOptions, so the pod\'s level "s0:c123,c456" does not apply to it',
        'info',
      ],
    ])
  })
})
