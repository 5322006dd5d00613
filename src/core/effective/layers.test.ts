import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import type { AnalyzeOptions } from '../types'
import { DEFAULT_OPTIONS } from '../types'
import { defaultLayer, layerView } from './layers'

const POD = `apiVersion: v1
kind: Pod
metadata: { name: demo }
spec:
  securityContext:
    runAsUser: 1000
    fsGroup: 2000
  containers:
  - name: app
    image: busybox
    securityContext:
      runAsUser: 2000
      allowPrivilegeEscalation: false
`

function view(text: string, options: AnalyzeOptions = DEFAULT_OPTIONS) {
  const a = analyze(text, options)
  const ra = a.resources[0]!
  const bare = defaultLayer(ra.resource, options)
  return layerView(ra.effective[0]!, bare[0], options.platform === 'openshift')
}

describe('the layering picture’s model', () => {
  it('container over pod over the runtime default: winners, overridden values, fields a level cannot hold', () => {
    const v = view(POD)
    expect(v.layers).toEqual(['default', 'pod', 'container'])
    const runAsUser = v.fields.find((f) => f.key === 'runAsUser')!
    expect(runAsUser.winner).toBe('container')
    expect(runAsUser.cells).toEqual({
      default: { value: 0, state: 'lost' }, // the image user (0 by default)
      scc: { value: null, state: 'unset' },
      pod: { value: 1000, state: 'lost' },
      container: { value: 2000, state: 'wins' },
    })
    const fsGroup = v.fields.find((f) => f.key === 'fsGroup')!
    expect(fsGroup.winner).toBe('pod')
    expect(fsGroup.cells.container).toEqual({ value: null, state: 'na' })
    expect(fsGroup.cells.default).toEqual({ value: null, state: 'unset' })
    const ape = v.fields.find((f) => f.key === 'allowPrivilegeEscalation')!
    expect(ape.cells.default).toEqual({ value: true, state: 'lost' })
    expect(ape.cells.pod).toEqual({ value: null, state: 'na' })
    expect(v.fields.every((f) => f.key !== 'readOnlyRootFilesystem')).toBe(true)
    expect(v.rest).toBeGreaterThan(10)
  })

  it('on OpenShift the SCC layer sets the uid from the namespace range, under the pod', () => {
    const deployment = POD.replace('      runAsUser: 2000\n', '').replace('    runAsUser: 1000\n', '')
    const v = view(deployment.replace('    fsGroup: 2000\n', ''), {
      ...DEFAULT_OPTIONS,
      platform: 'openshift',
    })
    expect(v.layers).toEqual(['default', 'scc', 'pod', 'container'])
    const runAsUser = v.fields.find((f) => f.key === 'runAsUser')!
    expect(runAsUser).toMatchObject({ winner: 'scc', sccName: 'restricted-v2' })
    expect(runAsUser.cells.scc).toEqual({ value: 1000750000, state: 'wins' })
    expect(runAsUser.cells.default).toEqual({ value: 0, state: 'lost' })
  })
})
