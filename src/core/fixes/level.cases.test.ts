/** planLevelFix on the cases of issue 11 §4: what it changes, what it says, what it leaves. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { DEFAULT_OPTIONS, type PssLevel } from '../types'
import { applyEdits } from '../yaml'
import { lines } from '../testdata/kit'
import { planLevelFix } from './index'

function levelFix(text: string, level: PssLevel = 'restricted', imageUser = 0) {
  const report = planLevelFix(text, 0, level, 'latest', { runtime: 'containerd', imageUser })
  const out = applyEdits(text, report.edits)
  return { out, report, after: analyze(out, { ...DEFAULT_OPTIONS, level, imageUser }).resources[0]! }
}

const TEMPLATE = lines(
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  name: agent',
  'spec:',
  '  selector:',
  '    matchLabels: {app: agent}',
  '  template:',
  '    metadata:',
  '      labels: {app: agent}',
  '    spec:',
)

describe('may-break changes that get the resource to pass: made, said, comments kept', () => {
  const src =
    TEMPLATE +
    lines(
      "      # routes need the node's network",
      '      hostNetwork: true',
      '      securityContext:',
      '        runAsUser: 10001',
      '      containers:',
      '      - name: router',
      '        image: example/router:2',
      '        ports:',
      '        - containerPort: 8080',
      '          hostPort: 8080 # node port for the LB',
      '        securityContext:',
      '          privileged: true # loads eBPF',
      '          capabilities:',
      '            add:',
      '            - NET_ADMIN # routes',
      '            drop:',
      '            - all',
    )

  it('sets hostNetwork and privileged to false where they are, keeps every comment, upper-cases `- all` in place', () => {
    const { out, report, after } = levelFix(src)
    expect(out).toBe(
      TEMPLATE +
        lines(
          "      # routes need the node's network",
          '      hostNetwork: false',
          '      securityContext:',
          '        runAsUser: 10001',
          '        runAsNonRoot: true',
          '        seccompProfile:',
          '          type: RuntimeDefault',
          '      containers:',
          '      - name: router',
          '        image: example/router:2',
          '        ports:',
          '        - containerPort: 8080',
          '          # node port for the LB',
          '        securityContext:',
          '          privileged: false # loads eBPF',
          '          capabilities:',
          '            # routes',
          '            drop:',
          '            - ALL',
          '          allowPrivilegeEscalation: false',
        ),
    )
    expect(after.pss.allowed).toBe(true)
    expect(report.passes).toBe(true)
    expect(report.notFixed).toEqual([])
    expect(report.changes.filter((c) => c.effect === 'may-break').map((c) => c.message)).toEqual([
      "hostNetwork true → false: the pod no longer sees the node's network (its IP, interfaces, routes, ports): whatever used it stops working",
      'container "router": ports[0].hostPort 8080 → removed: the container is no longer reachable at that port of the node\'s IP: clients using it lose it',
      'container "router": securityContext.privileged true → false: the container loses the host devices and every capability privileged mode gives it: whatever needed them (device access, mounts, eBPF, kernel settings) stops working',
      'container "router": securityContext.capabilities.add ["NET_ADMIN"] → removed: the container no longer gets the capabilities it adds: whatever it does with them stops working',
    ])
    // runAsNonRoot next to runAsUser 10001, drop ALL for a non-root process, seccomp where none was: safe.
    expect(report.changes.filter((c) => c.effect === 'safe').map((c) => c.fix)).toEqual([
      'run-as-non-root',
      'set-ape-false',
      'drop-all',
      'pod-seccomp-runtime-default',
    ])
  })
})

describe('never a pod the kubelet refuses', () => {
  const windows = (os: string) =>
    TEMPLATE +
    lines(
      os,
      '      securityContext:',
      '        windowsOptions:',
      '          runAsUserName: "ContainerAdministrator"',
      '      containers:',
      '      - name: agent',
      '        image: mcr.microsoft.com/windows/nanoserver:ltsc2022',
    )

  it('a Windows DaemonSet running as ContainerAdministrator: no runAsNonRoot, reported not fixed', () => {
    const src = windows('      os:\n        name: windows')
    const { out, report } = levelFix(src)
    expect(out).toBe(src)
    expect(report.passes).toBe(false)
    expect(report.notFixed).toEqual([
      {
        check: 'runAsNonRoot',
        message:
          'runAsNonRoot != true (pod or container "agent" must set securityContext.runAsNonRoot=true): ' +
          'securityContext.runAsNonRoot (unset) → true would make the kubelet refuse container "agent": ' +
          "container's runAsUserName (ContainerAdministrator) which will be regarded as root identity and will break " +
          'non-root policy (pod: "agent-<suffix>_default(<uid>)", container: agent)',
      },
    ])
  })

  it('a Windows pod known by its nodeSelector gets nothing Linux-only', () => {
    const src = windows('      nodeSelector:\n        kubernetes.io/os: windows')
    const { out, report } = levelFix(src)
    expect(out).toBe(src)
    expect(report.changes).toEqual([])
    expect(report.notFixed.map((u) => u.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
    expect(report.notFixed[0]!.message).toBe(
      'allowPrivilegeEscalation != false (container "agent" must set securityContext.allowPrivilegeEscalation=false): ' +
        'Set allowPrivilegeEscalation: false writes Linux-only settings, and this is a Windows pod ' +
        '(nodeSelector kubernetes.io/os: windows); with spec.os.name: windows, Pod Security exempts the pod from this check',
    )
  })

  const chown = (podSc: string) =>
    TEMPLATE +
    lines(
      ...(podSc ? ['      securityContext:', podSc] : []),
      '      initContainers:',
      '      - name: chown',
      '        image: busybox:1.36',
      '        command: ["chown", "-R", "10001:10001", "/data"]',
      '        securityContext:',
      '          runAsUser: 0 # chown needs root',
      '      containers:',
      '      - name: app',
      '        image: example/app:1',
      '        securityContext:',
      '          runAsUser: 10001',
    )

  it('an init container that runs as root on purpose keeps runAsUser: 0 and gets no runAsNonRoot', () => {
    const { out, report, after } = levelFix(chown(''))
    const ape = '          allowPrivilegeEscalation: false\n'
    expect(out).toBe(
      chown('        seccompProfile:\n          type: RuntimeDefault')
        .replace(
          '          runAsUser: 0 # chown needs root\n',
          `          runAsUser: 0 # chown needs root\n${ape}`,
        )
        .replace(
          '          runAsUser: 10001\n',
          `          runAsUser: 10001\n${ape}          capabilities:\n            drop:\n            - ALL\n`,
        ),
    )
    expect(after.effective.every((c) => c.refusal === null)).toBe(true)
    expect(report.passes).toBe(false)
    expect(report.notFixed.map((u) => u.check)).toEqual([
      'capabilities_restricted',
      'runAsNonRoot',
      'runAsUser',
    ])
    expect(report.notFixed[1]!.message).toContain(
      'securityContext.runAsNonRoot (unset) → true would make the kubelet refuse container "chown": container\'s runAsUser breaks non-root policy',
    )
    expect(report.notFixed[2]!.message).toBe(
      'runAsUser=0 (container "chown" must not set runAsUser=0): container "chown" runs as root on purpose (runAsUser: 0); ' +
        "without it it runs as its image's user, which must then be non-root: give it a non-root runAsUser that can do " +
        'the job, or keep this workload below restricted',
    )
    // Dropping CHOWN from a root chown job would break it: not done, and said why.
    expect(report.notFixed[0]!.message).toContain(
      'container "chown": securityContext.capabilities.drop (unset) → ["ALL"] may break the workload',
    )
  })

  it('with a non-root pod runAsUser to fall back to, runAsUser: 0 goes, said as may-break', () => {
    const src = chown('        runAsUser: 10001')
    const { out, report, after } = levelFix(src)
    expect(after.pss.allowed).toBe(true)
    expect(after.effective.every((c) => c.refusal === null)).toBe(true)
    const drop = '          capabilities:\n            drop:\n            - ALL\n'
    const ape = '          allowPrivilegeEscalation: false\n'
    expect(out).toBe(
      src
        .replace(
          '        runAsUser: 10001\n',
          '        runAsUser: 10001\n        seccompProfile:\n          type: RuntimeDefault\n        runAsNonRoot: true\n',
        )
        .replace('          runAsUser: 0 # chown needs root\n', `          # chown needs root\n${ape}${drop}`)
        .replace(/ {10}runAsUser: 10001\n$/, `          runAsUser: 10001\n${ape}${drop}`),
    )
    const removed = report.changes.find((c) => c.fix === 'remove-run-as-user-0')
    expect(removed).toEqual({
      key: 'remove-run-as-user-0 spec.template.spec.initContainers[0].securityContext.runAsUser',
      fix: 'remove-run-as-user-0',
      check: 'runAsUser',
      effect: 'may-break',
      message:
        'container "chown": securityContext.runAsUser 0 → removed: the container no longer runs as root but as the ' +
        "pod's runAsUser or its image's user: whatever needed root (chown, ports below 1024, root-owned files) fails",
    })
  })
})

describe('runAsNonRoot without a runAsUser depends on the image', () => {
  const bare = lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: bare',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: example.com/app:1',
  )

  it('under the default assumption (an image that runs as root) it may break, and says why', () => {
    const { report } = levelFix(bare)
    expect(report.passes).toBe(true)
    expect(report.changes.find((c) => c.fix === 'run-as-non-root')).toEqual({
      key: 'run-as-non-root spec.securityContext.runAsNonRoot',
      fix: 'run-as-non-root',
      check: 'runAsNonRoot',
      effect: 'may-break',
      message:
        'securityContext.runAsNonRoot (unset) → true: if the image runs as root, that would make the kubelet refuse ' +
        'container "app": container has runAsNonRoot and image will run as root (pod: "bare_default(<uid>)", container: app)',
    })
  })

  it('with an image user assumed non-root, the same edit is safe', () => {
    const root = levelFix(bare)
    const nonRoot = levelFix(bare, 'restricted', 1000)
    expect(nonRoot.out).toBe(root.out)
    expect(nonRoot.report.changes.every((c) => c.effect === 'safe')).toBe(true)
  })
})

describe('a field it cannot write', () => {
  it('under a YAML alias: left as it is, and said why', () => {
    const src = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: anchors',
      'spec:',
      '  securityContext: &podsc',
      '    runAsUser: 1000',
      '  containers:',
      '  - name: a',
      '    image: nginx',
      '    securityContext: *podsc',
    )
    const { out, report } = levelFix(src)
    expect(out).toBe(
      src.replace(
        '    runAsUser: 1000\n',
        '    runAsUser: 1000\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n',
      ),
    )
    expect(report.notFixed.map((u) => u.message)).toEqual([
      'allowPrivilegeEscalation != false (container "a" must set securityContext.allowPrivilegeEscalation=false): ' +
        'container "a": securityContext.allowPrivilegeEscalation (unset) → false cannot be written in place: the path ' +
        'goes through a YAML alias (*name), and changing the anchored node would change every place that uses it; edit it by hand',
      'unrestricted capabilities (container "a" must set securityContext.capabilities.drop=["ALL"]): ' +
        'container "a": securityContext.capabilities.drop (unset) → ["ALL"] cannot be written in place: the path ' +
        'goes through a YAML alias (*name), and changing the anchored node would change every place that uses it; edit it by hand',
    ])
  })
})
