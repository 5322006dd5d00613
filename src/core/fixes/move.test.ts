import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { deploymentYaml, podYaml } from '../testdata/kit'
import { DEFAULT_OPTIONS } from '../types'
import { runFix } from './testFix'

const busybox = ['  containers:', '  - name: app', '    image: busybox']

describe('moving a field to the level where it exists', () => {
  it('moves a container fsGroup to the pod securityContext with its comments, and the emptied map goes', () => {
    const volumes = ['  volumes:', '  - name: data', '    emptyDir: {}']
    const text = podYaml(
      '  securityContext:',
      '    runAsUser: 1000',
      ...busybox,
      '    securityContext:',
      '      # the volume group',
      '      fsGroup: 2000 # data volume',
      ...volumes,
    )
    const run = runFix(text, 'API_UNKNOWN_FIELD', 'move-to-pod')
    expect(run.text).toBe(
      podYaml(
        '  securityContext:',
        '    runAsUser: 1000',
        '    # the volume group',
        '    fsGroup: 2000 # data volume',
        ...busybox,
        ...volumes,
      ),
    )
    expect(run.after.problems.filter((p) => p.source === 'api')).toEqual([])
    expect(run.after.resources[0]!.effective[0]!.fields.fsGroup).toMatchObject({ value: 2000, source: 'pod' })
  })

  it('copies a pod-level container field into every container that does not set it, nested values and all', () => {
    const drop = (indent: string) =>
      ['capabilities:', '  drop:', '  - ALL # nothing needed'].map((l) => indent + l)
    const init = ['  initContainers:', '  - name: init', '    image: busybox']
    const app = ['  containers:', '  - name: app', '    image: nginx', '    securityContext:']
    const text = deploymentYaml(
      '  securityContext:',
      '    runAsNonRoot: true',
      ...drop('    '),
      ...init,
      ...app,
      '      readOnlyRootFilesystem: true',
    )
    const run = runFix(text, 'API_UNKNOWN_FIELD', 'move-to-containers')
    expect(run.text).toBe(
      deploymentYaml(
        '  securityContext:',
        '    runAsNonRoot: true',
        ...init,
        '    securityContext:',
        ...drop('      '),
        ...app,
        '      readOnlyRootFilesystem: true',
        ...drop('      '),
      ),
    )
    expect(run.after.problems.filter((p) => p.source === 'api')).toEqual([])
  })

  it('leaves a container that already sets the field alone, and offers nothing when the pod holds another value', () => {
    const fsGroup1000 = (...container: string[]) =>
      podYaml('  securityContext:', '    fsGroup: 1000', ...busybox, ...container)
    const text = fsGroup1000('    securityContext:', '      fsGroup: 2000')
    const run = runFix(text, 'API_UNKNOWN_FIELD', 'move-to-pod')
    expect(run.text).toBe(text)
    const same = fsGroup1000('    securityContext:', '      fsGroup: 1000')
    expect(runFix(same, 'API_UNKNOWN_FIELD', 'move-to-pod').text).toBe(fsGroup1000())
  })

  it('is not offered for an unknown field that exists at no level, nor below a struct', () => {
    const text = podYaml(
      '  securityContext:',
      '    runAsNonRot: true',
      '    seccompProfile: {type: RuntimeDefault, fsGroup: 1}',
      ...busybox,
    )
    const problems = analyze(text, DEFAULT_OPTIONS).problems.filter((p) => p.code === 'API_UNKNOWN_FIELD')
    expect(problems.map((p) => [p.path, p.fixes.map((f) => f.id)])).toEqual([
      ['spec.securityContext.runAsNonRot', []],
      ['spec.securityContext.seccompProfile.fsGroup', []],
    ])
  })
})
