import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, type AnalyzeOptions, type JsonObject } from '../types'
import { lintResource } from './index'
import { pod } from './testResource'

const run = (code: string, spec: JsonObject, options: Partial<AnalyzeOptions> = {}) =>
  lintResource(pod(spec), { ...DEFAULT_OPTIONS, ...options })
    .filter((f) => f.code === code)
    .map((f) => [f.path, f.message])

const withVolumes = (
  volumes: JsonObject[],
  sc: JsonObject = { fsGroup: 2000, fsGroupChangePolicy: 'OnRootMismatch' },
) => ({
  securityContext: sc,
  containers: [{ name: 'app' }],
  volumes,
})

describe('fsGroupChangePolicy', () => {
  it('has no effect on volumes whose ownership is always or never changed', () => {
    const volumes: JsonObject[] = [
      { name: 'data', emptyDir: {} },
      { name: 'cfg', configMap: { name: 'c' } },
      { name: 'logs', hostPath: { path: '/var/log' } },
    ]
    expect(run('LINT_FS_GROUP_CHANGE_POLICY', withVolumes(volumes))).toEqual([
      [
        'spec.securityContext.fsGroupChangePolicy',
        'fsGroupChangePolicy has no effect: volumes "data", "cfg" (emptyDir, configMap) always get fsGroup ownership and volume "logs" (hostPath) never gets it',
      ],
    ])
  })

  it('matters for persistent volumes', () => {
    const volumes: JsonObject[] = [
      { name: 'data', emptyDir: {} },
      { name: 'db', persistentVolumeClaim: { claimName: 'db' } },
    ]
    expect(run('LINT_FS_GROUP_CHANGE_POLICY', withVolumes(volumes))).toEqual([])
  })

  it('has no effect without fsGroup or without volumes', () => {
    expect(run('LINT_FS_GROUP_CHANGE_POLICY', withVolumes([], { fsGroupChangePolicy: 'Always' }))).toEqual([
      ['spec.securityContext.fsGroupChangePolicy', 'fsGroupChangePolicy has no effect without fsGroup'],
    ])
    expect(run('LINT_FS_GROUP_CHANGE_POLICY', withVolumes([]))).toEqual([
      [
        'spec.securityContext.fsGroupChangePolicy',
        'fsGroupChangePolicy has no effect: the pod has no volumes',
      ],
    ])
  })
})

describe('fields older clusters drop', () => {
  const spec = {
    hostUsers: false,
    securityContext: { supplementalGroupsPolicy: 'Strict', appArmorProfile: { type: 'RuntimeDefault' } },
    containers: [{ name: 'app', securityContext: { procMount: 'Unmasked' } }],
  }

  it('says nothing at latest', () => {
    expect(run('LINT_GATED_FIELD', spec)).toEqual([])
  })

  it('names the feature gate while it is off by default', () => {
    expect(run('LINT_GATED_FIELD', spec, { version: 'v1.31' })).toEqual([
      [
        'spec.hostUsers',
        'on Kubernetes v1.31 the API server silently drops hostUsers unless the UserNamespacesSupport feature gate is enabled (on by default from v1.33)',
      ],
      [
        'spec.securityContext.supplementalGroupsPolicy',
        'on Kubernetes v1.31 the API server silently drops supplementalGroupsPolicy unless the SupplementalGroupsPolicy feature gate is enabled (on by default from v1.33)',
      ],
      [
        'spec.containers[0].securityContext.procMount',
        'container "app": on Kubernetes v1.31 the API server silently resets procMount to Default unless the ProcMountType feature gate is enabled (on by default from v1.33)',
      ],
    ])
  })

  it('says the field is not in the API before it was added', () => {
    expect(run('LINT_GATED_FIELD', spec, { version: 'v1.29' }).slice(1, 3)).toEqual([
      [
        'spec.securityContext.supplementalGroupsPolicy',
        'supplementalGroupsPolicy is not in the Kubernetes v1.29 API (added in v1.31): the API server drops it, or rejects it under strict field validation',
      ],
      [
        'spec.securityContext.appArmorProfile',
        'appArmorProfile is not in the Kubernetes v1.29 API (added in v1.30): the API server drops it, or rejects it under strict field validation',
      ],
    ])
  })
})

describe('fields newer than the version (field catalogue)', () => {
  it('reports a struct newer than the version once, and a newer sub-field on its own', () => {
    const spec: JsonObject = {
      securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } },
      containers: [
        {
          name: 'app',
          securityContext: { windowsOptions: { gmsaCredentialSpecName: 'x', runAsUserName: 'u' } },
        },
      ],
    }
    expect(run('LINT_GATED_FIELD', spec, { version: 'v1.15' })).toEqual([
      [
        'spec.securityContext.seccompProfile',
        'seccompProfile is not in the Kubernetes v1.15 API (added in v1.19): the API server drops it, or rejects it under strict field validation',
      ],
      [
        'spec.containers[0].securityContext.windowsOptions.runAsUserName',
        'container "app": windowsOptions.runAsUserName is not in the Kubernetes v1.15 API (added in v1.16): the API server drops it, or rejects it under strict field validation',
      ],
    ])
    expect(run('LINT_GATED_FIELD', spec, { version: 'v1.19' })).toEqual([])
  })
})

describe('seLinuxChangePolicy: MountOption', () => {
  const spec = { securityContext: { seLinuxChangePolicy: 'MountOption' }, containers: [{ name: 'app' }] }
  it('is flagged for portability from v1.37 (the API check covers older versions)', () => {
    expect(run('LINT_SELINUX_MOUNT_OPTION', spec)).toEqual([
      [
        'spec.securityContext.seLinuxChangePolicy',
        'seLinuxChangePolicy: MountOption is the default; API servers from v1.32 to v1.36 reject it (supported values: "Recursive") unless the SELinuxMount feature gate is on',
      ],
    ])
    expect(run('LINT_SELINUX_MOUNT_OPTION', spec, { version: 'v1.36' })).toEqual([])
  })
})
