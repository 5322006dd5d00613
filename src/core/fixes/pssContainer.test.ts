import { describe, expect, it } from 'vitest'
import { codesOf, runFix } from './testFix'

const HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
  - name: app # the app
    image: busybox
`
/** A one-container pod (kubectl style) whose container ends with `tail` (indented 4). */
const pod = (tail = '') => HEAD + tail

describe('allowPrivilegeEscalation', () => {
  it('adds a securityContext with allowPrivilegeEscalation: false', () => {
    const r = runFix(pod(), 'PSS_ALLOW_PRIVILEGE_ESCALATION', 'set-ape-false')
    expect(r.text).toBe(pod('    securityContext:\n      allowPrivilegeEscalation: false\n'))
    expect(codesOf(r.after)).not.toContain('PSS_ALLOW_PRIVILEGE_ESCALATION')
  })

  it('replaces an explicit true, keeping its comment', () => {
    const before = pod(
      '    securityContext:\n      allowPrivilegeEscalation: true # why not\n      runAsUser: 1000\n',
    )
    const r = runFix(before, 'PSS_ALLOW_PRIVILEGE_ESCALATION', 'set-ape-false')
    expect(r.text).toBe(before.replace('allowPrivilegeEscalation: true', 'allowPrivilegeEscalation: false'))
  })
})

describe('capabilities', () => {
  it('drop ALL goes beside an existing add, in its flow style', () => {
    const before = pod('    securityContext:\n      capabilities:\n        add: ["NET_BIND_SERVICE"]\n')
    const r = runFix(before, 'PSS_CAPABILITIES_RESTRICTED', 'drop-all')
    expect(r.text).toBe(`${before}        drop: ["ALL"]\n`)
    expect(codesOf(r.after)).not.toContain('PSS_CAPABILITIES_RESTRICTED')
  })

  it('drop ALL joins a partial drop list, keeping its style and items', () => {
    const before = pod('    securityContext:\n      capabilities:\n        drop: [NET_RAW]\n')
    const r = runFix(before, 'PSS_CAPABILITIES_RESTRICTED', 'drop-all')
    expect(r.text).toBe(pod('    securityContext:\n      capabilities:\n        drop: [NET_RAW, ALL]\n'))
  })

  it('upper-cases `- all` where it is: same column, comment kept', () => {
    const before = pod(
      '    securityContext:\n      capabilities:\n        drop:\n        - all # every one\n',
    )
    const r = runFix(before, 'PSS_CAPABILITIES_RESTRICTED', 'drop-all')
    expect(r.text).toBe(
      pod('    securityContext:\n      capabilities:\n        drop:\n        - ALL # every one\n'),
    )
  })

  it('removes the adds restricted forbids, keeping NET_BIND_SERVICE and the list style', () => {
    const before = pod(
      '    securityContext:\n      capabilities:\n        add: [NET_ADMIN, NET_BIND_SERVICE]\n        drop: [ALL]\n',
    )
    const r = runFix(before, 'PSS_CAPABILITIES_RESTRICTED', 'remove-forbidden-caps')
    expect(r.text).toBe(before.replace('[NET_ADMIN, NET_BIND_SERVICE]', '[NET_BIND_SERVICE]'))
    expect(codesOf(r.after)).not.toContain('PSS_CAPABILITIES_RESTRICTED')
  })

  it('removes the whole add list when nothing is left', () => {
    const before = pod(
      '    securityContext:\n      capabilities:\n        add:\n        - NET_ADMIN\n        drop:\n        - ALL\n',
    )
    const r = runFix(before, 'PSS_CAPABILITIES_RESTRICTED', 'remove-forbidden-caps')
    expect(r.text).toBe(pod('    securityContext:\n      capabilities:\n        drop:\n        - ALL\n'))
  })

  it('offers each finding of a two-part message the fix for its part', () => {
    const before = pod('    securityContext:\n      capabilities:\n        add: [SYS_TIME]\n')
    const drop = runFix(
      before,
      'PSS_CAPABILITIES_RESTRICTED',
      'drop-all',
      {},
      (p) => p.nodePath.at(-1) !== 'add',
    )
    expect(drop.problem.fixes.map((f) => f.id)).toEqual(['drop-all'])
    const add = runFix(
      before,
      'PSS_CAPABILITIES_RESTRICTED',
      'remove-forbidden-caps',
      {},
      (p) => p.nodePath.at(-1) === 'add',
    )
    expect(add.problem.fixes.map((f) => f.id)).toEqual(['remove-forbidden-caps'])
    expect(add.text).toBe(HEAD)
  })

  it('at baseline keeps the default capabilities', () => {
    const before = pod('    securityContext:\n      capabilities:\n        add: [NET_ADMIN, CHOWN]\n')
    const r = runFix(before, 'PSS_CAPABILITIES_BASELINE', 'remove-forbidden-caps', { level: 'baseline' })
    expect(r.text).toBe(before.replace('[NET_ADMIN, CHOWN]', '[CHOWN]'))
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })
})

describe('privileged, procMount, host ports, probe hosts', () => {
  it('sets privileged: false where it is, comment and line kept', () => {
    const before = pod(
      '    securityContext:\n      privileged: true # eBPF\n      readOnlyRootFilesystem: true\n',
    )
    const r = runFix(before, 'PSS_PRIVILEGED', 'set-privileged-false', { level: 'baseline' })
    expect(r.text).toBe(
      pod('    securityContext:\n      privileged: false # eBPF\n      readOnlyRootFilesystem: true\n'),
    )
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('sets procMount: Default where it is', () => {
    const before = pod('    securityContext:\n      procMount: Unmasked\n')
    const r = runFix(before, 'PSS_PROC_MOUNT', 'proc-mount-default', { level: 'baseline' })
    expect(r.text).toBe(pod('    securityContext:\n      procMount: Default\n'))
  })

  it('removes hostPort and keeps the port, and the comment of the hostPort line', () => {
    const before = pod(
      '    ports:\n    - containerPort: 8080\n      hostPort: 8080 # the LB\n      protocol: TCP\n',
    )
    const r = runFix(before, 'PSS_HOST_PORTS', 'remove-host-ports', { level: 'baseline' })
    expect(r.text).toBe(pod('    ports:\n    - containerPort: 8080\n      # the LB\n      protocol: TCP\n'))
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('removes the host of a probe', () => {
    const before = pod(
      '    livenessProbe:\n      httpGet:\n        host: 10.0.0.1\n        path: /healthz\n        port: 8080\n',
    )
    const r = runFix(before, 'PSS_HOST_PROBES_AND_HOST_LIFECYCLE', 'remove-probe-hosts', {
      level: 'baseline',
    })
    expect(r.text).toBe(before.replace('        host: 10.0.0.1\n', ''))
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })
})
