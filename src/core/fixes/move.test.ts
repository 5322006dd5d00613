import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { lines } from '../testdata/kit'
import { DEFAULT_OPTIONS } from '../types'
import { runFix } from './testFix'

describe('moving a field to the level where it exists', () => {
  it('moves a container fsGroup to the pod securityContext with its comments, and the emptied map goes', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: demo',
      'spec:',
      '  securityContext:',
      '    runAsUser: 1000',
      '  containers:',
      '  - name: app',
      '    image: busybox',
      '    securityContext:',
      '      # the volume group',
      '      fsGroup: 2000 # data volume',
      '  volumes:',
      '  - name: data',
      '    emptyDir: {}',
    )
    const run = runFix(text, 'API_UNKNOWN_FIELD', 'move-to-pod')
    expect(run.text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: demo',
        'spec:',
        '  securityContext:',
        '    runAsUser: 1000',
        '    # the volume group',
        '    fsGroup: 2000 # data volume',
        '  containers:',
        '  - name: app',
        '    image: busybox',
        '  volumes:',
        '  - name: data',
        '    emptyDir: {}',
      ),
    )
    expect(run.after.problems.filter((p) => p.source === 'api')).toEqual([])
    expect(run.after.resources[0]!.effective[0]!.fields.fsGroup).toMatchObject({ value: 2000, source: 'pod' })
  })

  it('copies a pod-level container field into every container that does not set it, nested values and all', () => {
    const text = lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  template:',
      '    spec:',
      '      securityContext:',
      '        runAsNonRoot: true',
      '        capabilities:',
      '          drop:',
      '          - ALL # nothing needed',
      '      initContainers:',
      '      - name: init',
      '        image: busybox',
      '      containers:',
      '      - name: app',
      '        image: nginx',
      '        securityContext:',
      '          readOnlyRootFilesystem: true',
    )
    const run = runFix(text, 'API_UNKNOWN_FIELD', 'move-to-containers')
    expect(run.text).toBe(
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    spec:',
        '      securityContext:',
        '        runAsNonRoot: true',
        '      initContainers:',
        '      - name: init',
        '        image: busybox',
        '        securityContext:',
        '          capabilities:',
        '            drop:',
        '            - ALL # nothing needed',
        '      containers:',
        '      - name: app',
        '        image: nginx',
        '        securityContext:',
        '          readOnlyRootFilesystem: true',
        '          capabilities:',
        '            drop:',
        '            - ALL # nothing needed',
      ),
    )
    expect(run.after.problems.filter((p) => p.source === 'api')).toEqual([])
  })

  it('leaves a container that already sets the field alone, and offers nothing when the pod holds another value', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  securityContext:',
      '    fsGroup: 1000',
      '  containers:',
      '  - name: app',
      '    image: busybox',
      '    securityContext:',
      '      fsGroup: 2000',
    )
    const run = runFix(text, 'API_UNKNOWN_FIELD', 'move-to-pod')
    expect(run.text).toBe(text)
    const same = text.replace('fsGroup: 2000', 'fsGroup: 1000')
    expect(runFix(same, 'API_UNKNOWN_FIELD', 'move-to-pod').text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  securityContext:',
        '    fsGroup: 1000',
        '  containers:',
        '  - name: app',
        '    image: busybox',
      ),
    )
  })

  it('is not offered for an unknown field that exists at no level, nor below a struct', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  securityContext:',
      '    runAsNonRot: true',
      '    seccompProfile: {type: RuntimeDefault, fsGroup: 1}',
      '  containers:',
      '  - name: app',
      '    image: busybox',
    )
    const problems = analyze(text, DEFAULT_OPTIONS).problems.filter((p) => p.code === 'API_UNKNOWN_FIELD')
    expect(problems.map((p) => [p.path, p.fixes.map((f) => f.id)])).toEqual([
      ['spec.securityContext.runAsNonRot', []],
      ['spec.securityContext.seccompProfile.fsGroup', []],
    ])
  })
})
