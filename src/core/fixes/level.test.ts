import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { evaluatePss } from '../pss'
import { DEFAULT_OPTIONS, type PssLevel } from '../types'
import { applyEdits, findResources, parseStream } from '../yaml'
import { planLevelFix } from './index'
import { fixture } from '../testdata/kit'

function levelFix(text: string, level: PssLevel = 'restricted', version = 'latest', resource = 0) {
  const report = planLevelFix(text, resource, level, version)
  expect(report.edits.length).toBeLessThanOrEqual(1)
  const out = applyEdits(text, report.edits)
  const r = findResources(parseStream(out))[resource]!
  return { out, pss: evaluatePss(r, level, version), report }
}

const POD_LEVEL = '    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n'
const NEW_POD_SC = `  securityContext:\n${POD_LEVEL}`
const CONTAINER = '      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - ALL\n'

describe('planLevelFix on the Kubernetes walkthrough pods', () => {
  it.each([
    {
      file: 'security-context.yaml',
      does: 'pod-level runAsNonRoot and seccomp, container drop ALL',
      fixed: (src: string) =>
        src
          .replace('    supplementalGroups: [4000]\n', `    supplementalGroups: [4000]\n${POD_LEVEL}`)
          .replace('      allowPrivilegeEscalation: false\n', CONTAINER),
    },
    {
      file: 'security-context-2.yaml',
      does: 'keeps both runAsUser values',
      fixed: (src: string) =>
        src
          .replace('    runAsUser: 1000\n', `    runAsUser: 1000\n${POD_LEVEL}`)
          .replace('      allowPrivilegeEscalation: false\n', CONTAINER),
    },
    {
      file: 'security-context-3.yaml',
      does: 'a bare container',
      fixed: (src: string) =>
        `${src.replace('spec:\n', `spec:\n${NEW_POD_SC}`)}    securityContext:\n${CONTAINER}`,
    },
    {
      file: 'security-context-4.yaml',
      does: 'the added capabilities go, drop ALL comes (written like the add list it replaces, a flow sequence)',
      fixed: (src: string) =>
        src
          .replace('spec:\n', `spec:\n${NEW_POD_SC}`)
          .replace(
            '        add: ["NET_ADMIN", "SYS_TIME"]\n',
            '        drop: ["ALL"]\n      allowPrivilegeEscalation: false\n',
          ),
    },
  ])('$file: $does', ({ file, fixed }) => {
    const src = fixture(file)
    const { out, pss } = levelFix(src)
    expect(pss.allowed).toBe(true)
    expect(out).toBe(fixed(src))
  })

  it('does nothing to a pod that already passes', () => {
    const src = fixture('security-context-4.yaml')
    const once = levelFix(src).out
    expect(planLevelFix(once, 0, 'restricted', 'latest')).toEqual({
      edits: [],
      changes: [],
      notFixed: [],
      passes: true,
    })
  })
})

const DEPLOYMENT = `# The API, behind the proxy sidecar.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      # wait for the database first
      initContainers:
      - name: init-db
        image: busybox:1.36
        command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]
      containers:
      - name: api # the service itself
        image: example/api:2.1
        securityContext:
          privileged: true   # TODO: drop
          capabilities:
            add: [NET_ADMIN]
        ports:
        - containerPort: 8080
      - name: proxy
        image: example/proxy:1.0
        securityContext:
          runAsUser: 0
      hostNetwork: true
      volumes:
      - name: tmp
        emptyDir: {}
`

describe('planLevelFix on a Deployment (initContainers, kubectl-style lists, comments)', () => {
  it('restricted out of reach (proxy runs as root on purpose): only the safe changes, the rest reported', () => {
    const { out, pss, report } = levelFix(DEPLOYMENT)
    expect(pss.allowed).toBe(false)
    const ape = '          allowPrivilegeEscalation: false\n'
    expect(out).toBe(
      DEPLOYMENT.replace(
        '"until nc -z db 5432; do sleep 1; done"]\n',
        `"until nc -z db 5432; do sleep 1; done"]\n        securityContext:\n${ape}`,
      )
        .replace('          runAsUser: 0\n', `          runAsUser: 0\n${ape}`)
        .replace(
          '    spec:\n      # wait for the database first\n',
          '    spec:\n      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n' +
            '      # wait for the database first\n',
        ),
    )
    expect(report.passes).toBe(false)
    expect(report.changes.map((c) => [c.fix, c.effect])).toEqual([
      ['set-ape-false', 'safe'],
      ['set-ape-false', 'safe'],
      ['pod-seccomp-runtime-default', 'safe'],
    ])
    const why = Object.fromEntries(report.notFixed.map((u) => [u.check, u.message]))
    expect(Object.keys(why)).toEqual([
      'hostNamespaces',
      'privileged',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'runAsUser',
    ])
    expect(why.hostNamespaces).toBe(
      "host namespaces (hostNetwork=true): hostNetwork true → false may break the workload (the pod no longer sees the node's network (its IP, interfaces, routes, ports): whatever used it stops working); not done, as restricted would still fail (runAsNonRoot, runAsUser)",
    )
    expect(why.runAsNonRoot).toBe(
      'runAsNonRoot != true (pod or containers "init-db", "api", "proxy" must set securityContext.runAsNonRoot=true): ' +
        'securityContext.runAsNonRoot (unset) → true would make the kubelet refuse container "proxy": ' +
        'container\'s runAsUser breaks non-root policy (pod: "api-<suffix>_default(<uid>)", container: proxy)',
    )
    expect(why.runAsUser).toContain('container "proxy" runs as root on purpose (runAsUser: 0)')
    expect(why.allowPrivilegeEscalation).toContain(
      'would make the API server reject the pod: spec.template.spec.containers[0].securityContext: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
    )
  })

  it('baseline: only what baseline forbids, set to its compliant value where it is, comments kept', () => {
    const { out, pss, report } = levelFix(DEPLOYMENT, 'baseline')
    expect(pss.allowed).toBe(true)
    expect(out).toBe(
      DEPLOYMENT.replace(
        '          privileged: true   # TODO: drop\n          capabilities:\n            add: [NET_ADMIN]\n',
        '          privileged: false   # TODO: drop\n',
      ).replace('      hostNetwork: true\n', '      hostNetwork: false\n'),
    )
    expect(report).toEqual({
      edits: report.edits,
      passes: true,
      notFixed: [],
      changes: [
        {
          key: 'remove-forbidden-caps spec.template.spec.containers[0].securityContext.capabilities.add',
          fix: 'remove-forbidden-caps',
          check: 'capabilities_baseline',
          effect: 'may-break',
          message:
            'container "api": securityContext.capabilities.add ["NET_ADMIN"] → removed: the container no longer gets the capabilities it adds: whatever it does with them stops working',
        },
        {
          key: 'host-namespaces-false spec.template.spec.hostNetwork',
          fix: 'host-namespaces-false',
          check: 'hostNamespaces',
          effect: 'may-break',
          message:
            "hostNetwork true → false: the pod no longer sees the node's network (its IP, interfaces, routes, ports): whatever used it stops working",
        },
        {
          key: 'set-privileged-false spec.template.spec.containers[0].securityContext.privileged',
          fix: 'set-privileged-false',
          check: 'privileged',
          effect: 'may-break',
          message:
            'container "api": securityContext.privileged true → false: the container loses the host devices and every capability privileged mode gives it: whatever needed them (device access, mounts, eBPF, kernel settings) stops working',
        },
      ],
    })
  })

  it('a hostPath volume has no automatic fix: reported, and no may-break change for nothing', () => {
    const src = DEPLOYMENT.replace('        emptyDir: {}\n', '        hostPath:\n          path: /data\n')
    const { out, report } = levelFix(src, 'baseline')
    expect(out).toBe(src)
    expect(report.passes).toBe(false)
    expect(report.changes).toEqual([])
    expect(report.notFixed.map((u) => u.check)).toEqual([
      'capabilities_baseline',
      'hostNamespaces',
      'hostPathVolumes',
      'privileged',
    ])
    expect(report.notFixed[2]!.message).toBe(
      'hostPath volumes (volume "tmp"): no automatic fix: the containers use what these volumes hold (node files for hostPath), ' +
        'and removing a volume its volumeMounts still name makes the API server reject the pod; move the data to an allowed ' +
        'volume type yourself, or keep this workload at a lower level (privileged for hostPath)',
    )
  })

  it('fixes only the resource asked for in a stream', () => {
    const other = fixture('security-context-3.yaml')
    const stream = `${other}---\n${DEPLOYMENT}`
    const { out } = levelFix(stream, 'baseline', 'latest', 1)
    expect(out.startsWith(`${other}---\n`)).toBe(true)
    const a = analyze(out, { ...DEFAULT_OPTIONS, level: 'baseline' })
    expect(a.resources.map((r) => r.pss.allowed)).toEqual([true, true])
  })
})
