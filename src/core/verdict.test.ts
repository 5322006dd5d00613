import { describe, expect, it } from 'vitest'
import { analyze } from './analyze'
import { lines } from './testdata/kit'
import { DEFAULT_OPTIONS } from './types'
import { verdictLine, verdictsOf } from './verdict'

const pod = (podSc: string[], ctrSc: string[]) =>
  lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: demo}',
    'spec:',
    '  securityContext:',
    ...podSc.map((l) => `    ${l}`),
    '  containers:',
    '  - name: app',
    '    image: busybox',
    '    securityContext:',
    ...ctrSc.map((l) => `      ${l}`),
  )
const restricted = ['allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL]}']
const verdicts = (text: string) => verdictsOf(analyze(text, DEFAULT_OPTIONS).resources[0]!)

describe('the three verdicts', () => {
  it('all yes: accepted, passes restricted, every container starts', () => {
    const v = verdicts(
      pod(['runAsNonRoot: true', 'runAsUser: 1000', 'seccompProfile: {type: RuntimeDefault}'], restricted),
    )
    expect(v.ok).toBe(true)
    expect(verdictLine(v)).toBe('API server: accepts · Pod Security: passes restricted · kubelet: starts')
  })

  it('passing restricted is not fine while the kubelet refuses to start a container (runAsNonRoot, and the image runs as root)', () => {
    const v = verdicts(
      pod(['runAsNonRoot: true', 'seccompProfile: {type: RuntimeDefault}'], restricted),
    )
    expect(v.pss.meets).toBe(true)
    expect(v.kubelet?.starts).toBe(false)
    expect(v.kubelet?.refusals.map((r) => [r.container, r.by])).toEqual([['app', 'kubelet']])
    expect(v.ok).toBe(false)
    expect(verdictLine(v)).toBe(
      'API server: accepts · Pod Security: passes restricted · kubelet: refuses "app"',
    )
  })

  it('a rejected object never reaches the kubelet', () => {
    const v = verdicts(
      pod(['runAsNonRoot: true', 'allowPrivilegeEscalation: false', 'runAsUser: 1000'], restricted),
    )
    expect(v.api).toEqual({ accepts: false, errors: 1 })
    expect(v.kubelet).toBe(null)
    expect(v.ok).toBe(false)
    expect(verdictLine(v)).toBe(
      'API server: rejects (1 error) · Pod Security: passes baseline · kubelet: never reached',
    )
  })
})
