/** Pod Security checks, reason texts word for word: AppArmor, SELinux and seccomp profiles. */
import { describe, expect, it } from 'vitest'
import { container as c, reasons } from './testResource'

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
