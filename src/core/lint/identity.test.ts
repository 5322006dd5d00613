import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, type AnalyzeOptions, type JsonObject } from '../types'
import { lintResource } from './index'
import { pod } from './testResource'

const run = (code: string, spec: JsonObject, options: Partial<AnalyzeOptions> = {}) =>
  lintResource(pod(spec), { ...DEFAULT_OPTIONS, ...options })
    .filter((f) => f.code === code)
    .map((f) => ({ path: f.path, message: f.message, container: f.container }))

const two = (podSc: JsonObject, app: JsonObject = {}, side: JsonObject = {}) => ({
  securityContext: podSc,
  initContainers: [{ name: 'init', securityContext: side }],
  containers: [{ name: 'app', securityContext: app }],
})

describe('runAsNonRoot checks the kubelet makes at start', () => {
  it('runAsUser 0 with runAsNonRoot true: one finding on the pod field for the containers inheriting it', () => {
    expect(
      run('LINT_RUN_AS_NON_ROOT_UID_0', two({ runAsNonRoot: true, runAsUser: 0 }, { runAsUser: 1000 })),
    ).toEqual([
      {
        path: 'spec.securityContext.runAsUser',
        message:
          'container "init" has runAsNonRoot=true and runAsUser=0: the API server accepts the pod, then the kubelet refuses to start it: "container\'s runAsUser breaks non-root policy"',
        container: undefined,
      },
    ])
  })

  it('a container key with no value (null) is unset in Kubernetes: the pod value still reaches the container', () => {
    expect(
      run('LINT_RUN_AS_NON_ROOT_UID_0', {
        securityContext: { runAsNonRoot: true, runAsUser: 0 },
        containers: [{ name: 'app', securityContext: { runAsUser: null, runAsNonRoot: null } }],
      }),
    ).toEqual([
      {
        path: 'spec.securityContext.runAsUser',
        message:
          'container "app" has runAsNonRoot=true and runAsUser=0: the API server accepts the pod, then the kubelet refuses to start it: "container\'s runAsUser breaks non-root policy"',
        container: undefined,
      },
    ])
  })

  it('runAsUser 0 set on a container is reported on that container', () => {
    expect(run('LINT_RUN_AS_NON_ROOT_UID_0', two({ runAsNonRoot: true }, { runAsUser: 0 }))).toEqual([
      {
        path: 'spec.containers[0].securityContext.runAsUser',
        message:
          'container "app" has runAsNonRoot=true and runAsUser=0: the API server accepts the pod, then the kubelet refuses to start it: "container\'s runAsUser breaks non-root policy"',
        container: { kind: 'containers', index: 0 },
      },
    ])
  })

  it('runAsNonRoot without runAsUser fails at start when the image runs as root', () => {
    expect(run('LINT_RUN_AS_NON_ROOT_NO_UID', two({ runAsNonRoot: true }))).toEqual([
      {
        path: 'spec.securityContext.runAsUser',
        message:
          'containers "init", "app" have runAsNonRoot=true but no runAsUser: if the image has no USER, USER root or USER 0, the kubelet refuses to start them: "container has runAsNonRoot and image will run as root"',
        container: undefined,
      },
    ])
    expect(run('LINT_RUN_AS_NON_ROOT_NO_UID', two({ runAsNonRoot: true }), { imageUser: 65532 })).toEqual([])
    expect(run('LINT_RUN_AS_NON_ROOT_NO_UID', two({ runAsNonRoot: true, runAsUser: 1000 }))).toEqual([])
  })
})

describe('root identities', () => {
  it('may run as root: below restricted only, not in a user namespace', () => {
    const expected = [
      {
        path: 'spec.securityContext.runAsNonRoot',
        message:
          'containers "init", "app" may run as root: runAsNonRoot=true is not set and the image user is assumed to be root (uid 0)',
        container: undefined,
      },
    ]
    expect(run('LINT_RUN_AS_ROOT', two({}), { level: 'baseline' })).toEqual(expected)
    expect(run('LINT_RUN_AS_ROOT', two({}), { level: 'restricted' })).toEqual([])
    expect(run('LINT_RUN_AS_ROOT', { ...two({}), hostUsers: false }, { level: 'baseline' })).toEqual([])
    expect(run('LINT_RUN_AS_ROOT', two({ runAsUser: 1000 }), { level: 'baseline' })).toEqual([])
  })

  it('runAsUser without runAsGroup gives gid 0', () => {
    expect(
      run('LINT_GID_ROOT_DEFAULT', two({ runAsUser: 1000 }, { runAsUser: 2000 }, { runAsGroup: 3000 })),
    ).toEqual([
      {
        path: 'spec.containers[0].securityContext.runAsUser',
        message:
          'container "app" sets runAsUser=2000 but no runAsGroup: unless uid 2000 is in the image\'s /etc/passwd, the primary group is 0 (root)',
        container: { kind: 'containers', index: 0 },
      },
    ])
  })

  it('runAsGroup 0', () => {
    expect(run('LINT_RUN_AS_GROUP_ROOT', two({ runAsGroup: 0 }, { runAsGroup: 3000 }))).toEqual([
      {
        path: 'spec.securityContext.runAsGroup',
        message: 'container "init" runs with runAsGroup=0: the primary group is root',
        container: undefined,
      },
    ])
  })

  it('ids below 10000, one finding per setter', () => {
    expect(run('LINT_LOW_ID', two({ runAsUser: 1000, runAsGroup: 3000 }, { runAsUser: 20000 }))).toEqual([
      {
        path: 'spec.securityContext.runAsUser',
        message:
          'container "init" runs with runAsUser=1000, below 10000: the id may belong to a user on the node',
        container: undefined,
      },
      {
        path: 'spec.securityContext.runAsGroup',
        message:
          'containers "init", "app" run with runAsGroup=3000, below 10000: the id may belong to a group on the node',
        container: undefined,
      },
    ])
  })
})
