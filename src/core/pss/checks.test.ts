import { describe, expect, it } from 'vitest'
import type { JsonObject, PssLevel } from '../types'
import { evaluatePss } from './evaluate'
import { pod } from './testResource'

const c = (name: string, securityContext?: JsonObject, extra: JsonObject = {}): JsonObject => ({
  name,
  image: 'busybox',
  ...(securityContext ? { securityContext } : {}),
  ...extra,
})

/** The reason (detail) texts of one check, at a level and version. */
const reasons = (spec: JsonObject, level: PssLevel = 'baseline', version = 'latest', metadata?: JsonObject) =>
  evaluatePss(pod(spec, metadata), level, version).violations.map((v) => `${v.reason} (${v.detail})`)

describe('appArmorProfile', () => {
  it('judges pod and containers independently and double-quotes annotation entries', () => {
    const spec = {
      securityContext: { appArmorProfile: { type: 'Unconfined' } },
      containers: [
        c('c1', { appArmorProfile: { type: 'RuntimeDefault' } }),
        c('c2', { appArmorProfile: { type: 'Unconfined' } }),
      ],
    }
    const annotations = { 'container.apparmor.security.beta.kubernetes.io/c1': 'unconfined' }
    expect(reasons(spec, 'baseline', 'latest', { annotations })).toEqual([
      'forbidden AppArmor profiles (pod and container "c2" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/c1="unconfined"")',
    ])
  })

  it('uses the singular for exactly one bad value, checks every prefixed key and allows localhost/ and empty', () => {
    const annotations = {
      'container.apparmor.security.beta.kubernetes.io/': 'unconfined',
      'container.apparmor.security.beta.kubernetes.io/a': 'localhost/p',
      'container.apparmor.security.beta.kubernetes.io/b': '',
      'container.apparmor.security.beta.kubernetes.io/c': 'runtime/default',
    }
    expect(reasons({ containers: [c('a')] }, 'baseline', 'v1.0', { annotations })).toEqual([
      'forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/="unconfined"")',
    ])
  })

  it('forbids a container field alone even when the pod is fine, and an empty type', () => {
    const spec = {
      securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } },
      containers: [
        c('a', { appArmorProfile: { type: '' } }),
        c('b', { appArmorProfile: { type: 'Unconfined' } }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'forbidden AppArmor profiles (containers "a", "b" must not set AppArmor profile type to "", "Unconfined")',
    ])
  })
})

describe('capabilities', () => {
  it('baseline lists forbidden adds sorted and distinct, exact case and without CAP_', () => {
    const spec = {
      containers: [
        c('a', { capabilities: { add: ['NET_RAW', 'CHOWN', 'chown'] } }),
        c('b', { capabilities: { add: ['CAP_CHOWN', 'NET_RAW', 'KILL'] } }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'non-default capabilities (containers "a", "b" must not include "CAP_CHOWN", "NET_RAW", "chown" in securityContext.capabilities.add)',
    ])
  })

  it('restricted wants the exact string ALL in drop and allows only NET_BIND_SERVICE', () => {
    const spec = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        c('lower', { allowPrivilegeEscalation: false, capabilities: { drop: ['all'] } }),
        c('ok', {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
        }),
        c('adds', {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'], add: ['SYS_TIME', 'CHOWN'] },
        }),
      ],
    }
    expect(reasons(spec, 'restricted')).toEqual([
      'unrestricted capabilities (container "lower" must set securityContext.capabilities.drop=["ALL"]; container "adds" must not include "CHOWN", "SYS_TIME" in securityContext.capabilities.add)',
    ])
  })
})

describe('host namespaces, ports, probes', () => {
  it('lists the host namespaces in fixed order', () => {
    expect(reasons({ hostIPC: true, hostPID: true, hostNetwork: true, containers: [c('a')] })).toEqual([
      'host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)',
    ])
  })

  it('sorts hostPorts as strings and pluralises by containers and ports', () => {
    const spec = {
      containers: [
        c('a', undefined, {
          ports: [
            { containerPort: 1, hostPort: 8080 },
            { containerPort: 2, hostPort: 443 },
          ],
        }),
        c('b', undefined, {
          ports: [
            { containerPort: 3, hostPort: 80 },
            { containerPort: 4, hostPort: 0 },
          ],
        }),
      ],
    }
    expect(reasons(spec)).toEqual(['hostPort (containers "a", "b" use hostPorts 443, 80, 8080)'])
    expect(
      reasons({ containers: [c('a', undefined, { ports: [{ containerPort: 9, hostPort: 9 }] })] }),
    ).toEqual(['hostPort (container "a" uses hostPort 9)'])
  })

  it('sorts and deduplicates probe containers and hosts; exec and grpc are ignored', () => {
    const spec = {
      containers: [
        c('y', undefined, {
          readinessProbe: { tcpSocket: { host: 'b.com', port: 1 } },
          lifecycle: { preStop: { httpGet: { host: 'a.com', port: 1 } } },
        }),
        c('x', undefined, {
          startupProbe: { httpGet: { host: 'a.com', port: 1 } },
          livenessProbe: { exec: {} },
        }),
      ],
      initContainers: [
        c('x', undefined, { livenessProbe: { grpc: { port: 1 }, httpGet: { host: '', port: 1 } } }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'probe or lifecycle host (containers "x", "y" use probe or lifecycle hosts "a.com", "b.com")',
    ])
  })
})

describe('volumes', () => {
  const spec: JsonObject = {
    volumes: [
      { name: 'a', hostPath: { path: '/' } },
      { name: 'ok', emptyDir: {} },
      { name: 'img', image: { reference: 'x' } },
      { name: 'b', nfs: { server: 's', path: '/' } },
      { name: 'c', hostPath: { path: '/x' } },
    ],
    containers: [c('app')],
  }

  it('baseline names hostPath volumes in document order', () => {
    expect(reasons(spec)).toEqual(['hostPath volumes (volumes "a", "c")'])
  })

  it('restricted reports every restricted type instead (hostPathVolumes is overridden)', () => {
    const r = evaluatePss(pod(spec), 'restricted', 'latest')
    expect(r.violations.map((v) => v.check)).not.toContain('hostPathVolumes')
    expect(r.violations.find((v) => v.check === 'restrictedVolumes')?.detail).toBe(
      'volumes "a", "b", "c" use restricted volume types "hostPath", "nfs"',
    )
    const one = pod({ volumes: [{ name: 'v', nfs: { server: 's', path: '/' } }], containers: [c('app')] })
    expect(
      evaluatePss(one, 'restricted', 'v1.0').violations.find((v) => v.check === 'restrictedVolumes')?.detail,
    ).toBe('volume "v" uses restricted volume type "nfs"')
  })
})

describe('privileged, procMount, sysctls, hostProcess', () => {
  it('reports privileged containers', () => {
    expect(reasons({ containers: [c('a', { privileged: true }), c('b', { privileged: false })] })).toEqual([
      'privileged (container "a" must not set securityContext.privileged=true)',
    ])
  })

  it('lists procMount types sorted and distinct', () => {
    const spec = {
      containers: [
        c('a', { procMount: 'Unmasked' }),
        c('b', { procMount: 'Default' }),
        c('d', { procMount: 'Foo' }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'procMount (containers "a", "d" must not set securityContext.procMount to "Foo", "Unmasked")',
    ])
  })

  it('keeps forbidden sysctl names unquoted, in document order, with duplicates', () => {
    const sysctls = [
      { name: 'kernel.msgmax', value: '1' },
      { name: 'kernel.shm_rmid_forced', value: '1' },
      { name: 'vm.swappiness', value: '1' },
      { name: 'kernel.msgmax', value: '2' },
    ]
    expect(reasons({ securityContext: { sysctls }, containers: [c('a')] })).toEqual([
      'forbidden sysctls (kernel.msgmax, vm.swappiness, kernel.msgmax)',
    ])
  })

  it('reports hostProcess pods together with the hostNetwork they need', () => {
    const spec = {
      hostNetwork: true,
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [c('a', { windowsOptions: { hostProcess: true } })],
    }
    expect(reasons(spec)).toEqual([
      'host namespaces (hostNetwork=true)',
      'hostProcess (pod and container "a" must not set securityContext.windowsOptions.hostProcess=true)',
    ])
  })
})

describe('seLinuxOptions', () => {
  it('joins types, user and role for pod and containers', () => {
    const spec = {
      securityContext: { seLinuxOptions: { type: 'foo', level: 's0:c1,c2' } },
      containers: [
        c('d', { seLinuxOptions: { type: 'container_t', level: 's0' } }),
        c('e', { seLinuxOptions: { user: 'system_u' } }),
        c('f', { seLinuxOptions: { role: 'system_r' } }),
        c('g', { seLinuxOptions: { type: 'bar' } }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'seLinuxOptions (pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set)',
    ])
  })
})

describe('seccompProfile', () => {
  it('baseline v1.0 sorts annotation entries (container keys first), forbids empty values, skips unknown containers', () => {
    const annotations = {
      'seccomp.security.alpha.kubernetes.io/pod': '',
      'container.seccomp.security.alpha.kubernetes.io/a': 'unconfined',
      'container.seccomp.security.alpha.kubernetes.io/b': 'docker/default',
      'container.seccomp.security.alpha.kubernetes.io/nope': 'unconfined',
    }
    expect(reasons({ containers: [c('a'), c('b')] }, 'baseline', 'v1.18', { annotations })).toEqual([
      'seccompProfile (forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", seccomp.security.alpha.kubernetes.io/pod="")',
    ])
  })

  it('restricted reports explicit bad types first, even when the containers are covered', () => {
    const spec = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } },
      containers: [
        c('a', {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        }),
        c('b', { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }),
      ],
    }
    expect(reasons(spec, 'restricted')).toEqual([
      'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")',
    ])
  })

  it('restricted accepts containers that each set a valid profile', () => {
    const hardened = (name: string) =>
      c(name, {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
      })
    expect(
      reasons(
        { securityContext: { runAsNonRoot: true }, containers: [hardened('a'), hardened('b')] },
        'restricted',
      ),
    ).toEqual([])
  })
})

describe('runAsNonRoot and runAsUser', () => {
  const base = (sc: JsonObject, containers: JsonObject[]) => ({
    securityContext: { seccompProfile: { type: 'RuntimeDefault' }, ...sc },
    containers,
  })
  const h = (name: string, sc: JsonObject = {}) =>
    c(name, { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...sc })

  it('names explicit false setters before anything implicit', () => {
    expect(
      reasons(base({ runAsNonRoot: false }, [h('a'), h('b', { runAsNonRoot: false })]), 'restricted'),
    ).toEqual([
      'runAsNonRoot != true (pod and container "b" must not set securityContext.runAsNonRoot=false)',
    ])
    expect(
      reasons(base({ runAsNonRoot: true }, [h('a'), h('b', { runAsNonRoot: false })]), 'restricted'),
    ).toEqual(['runAsNonRoot != true (container "b" must not set securityContext.runAsNonRoot=false)'])
  })

  it('accepts each container setting true, and does not take runAsUser 1000 instead', () => {
    expect(reasons(base({}, [h('a', { runAsNonRoot: true })]), 'restricted')).toEqual([])
    expect(
      reasons(base({ runAsUser: 1000 }, [h('a'), h('b', { runAsNonRoot: true })]), 'restricted'),
    ).toEqual(['runAsNonRoot != true (pod or container "a" must set securityContext.runAsNonRoot=true)'])
  })

  it('judges a pod-level runAsUser 0 even when every container overrides it', () => {
    expect(
      reasons(
        base({ runAsNonRoot: true, runAsUser: 0 }, [h('a', { runAsUser: 1000 }), h('b', { runAsUser: 0 })]),
        'restricted',
      ),
    ).toEqual(['runAsUser=0 (pod and container "b" must not set runAsUser=0)'])
  })
})
