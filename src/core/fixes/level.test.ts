import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { evaluatePss } from '../pss'
import { DEFAULT_OPTIONS, type PssLevel } from '../types'
import { applyEdits, findResources, parseStream } from '../yaml'
import { planLevelFix } from './index'

const fixture = (name: string) => readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8')

function levelFix(text: string, level: PssLevel = 'restricted', version = 'latest', resource = 0) {
  const edits = planLevelFix(text, resource, level, version)
  expect(edits.length).toBeLessThanOrEqual(1)
  const out = applyEdits(text, edits)
  const r = findResources(parseStream(out))[resource]!
  return { out, pss: evaluatePss(r, level, version) }
}

const POD_LEVEL = '    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n'
const NEW_POD_SC = `  securityContext:\n${POD_LEVEL}`
const CONTAINER = '      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - ALL\n'

describe('planLevelFix on the Kubernetes walkthrough pods', () => {
  it('security-context.yaml: pod-level runAsNonRoot and seccomp, container drop ALL', () => {
    const src = fixture('security-context.yaml')
    const { out, pss } = levelFix(src)
    expect(pss.allowed).toBe(true)
    expect(out).toBe(
      src
        .replace('    supplementalGroups: [4000]\n', `    supplementalGroups: [4000]\n${POD_LEVEL}`)
        .replace('      allowPrivilegeEscalation: false\n', CONTAINER),
    )
  })

  it('security-context-2.yaml: keeps both runAsUser values', () => {
    const src = fixture('security-context-2.yaml')
    const { out, pss } = levelFix(src)
    expect(pss.allowed).toBe(true)
    expect(out).toBe(
      src
        .replace('    runAsUser: 1000\n', `    runAsUser: 1000\n${POD_LEVEL}`)
        .replace('      allowPrivilegeEscalation: false\n', CONTAINER),
    )
  })

  it('security-context-3.yaml: a bare container', () => {
    const src = fixture('security-context-3.yaml')
    const { out, pss } = levelFix(src)
    expect(pss.allowed).toBe(true)
    expect(out).toBe(`${src}    securityContext:\n${CONTAINER}${NEW_POD_SC}`)
  })

  it('security-context-4.yaml: the added capabilities go, drop ALL comes', () => {
    const src = fixture('security-context-4.yaml')
    const { out, pss } = levelFix(src)
    expect(pss.allowed).toBe(true)
    expect(out).toBe(
      src.replace(
        '        add: ["NET_ADMIN", "SYS_TIME"]\n',
        `        drop:\n        - ALL\n      allowPrivilegeEscalation: false\n${NEW_POD_SC}`,
      ),
    )
  })

  it('does nothing to a pod that already passes', () => {
    const src = fixture('security-context-4.yaml')
    const once = levelFix(src).out
    expect(planLevelFix(once, 0, 'restricted', 'latest')).toEqual([])
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
  const drop = '          capabilities:\n            drop:\n            - ALL\n'
  const ape = '          allowPrivilegeEscalation: false\n'

  it('restricted: every container and the pod template, comments kept', () => {
    const { out, pss } = levelFix(DEPLOYMENT)
    expect(pss.allowed).toBe(true)
    expect(out).toBe(
      DEPLOYMENT.replace(
        '"until nc -z db 5432; do sleep 1; done"]\n',
        `"until nc -z db 5432; do sleep 1; done"]\n        securityContext:\n${ape}${drop}`,
      )
        .replace(
          '          privileged: true   # TODO: drop\n          capabilities:\n            add: [NET_ADMIN]\n',
          drop + ape,
        )
        .replace('          runAsUser: 0\n', ape + drop)
        .replace('      hostNetwork: true\n', '')
        .replace(
          '        emptyDir: {}\n',
          `        emptyDir: {}\n      securityContext:\n${POD_LEVEL.replace(/^(?=.)/gm, '    ')}`,
        ),
    )
  })

  it('baseline: only what baseline forbids', () => {
    const { out, pss } = levelFix(DEPLOYMENT, 'baseline')
    expect(pss.allowed).toBe(true)
    expect(out).toBe(
      DEPLOYMENT.replace(
        '        securityContext:\n          privileged: true   # TODO: drop\n          capabilities:\n            add: [NET_ADMIN]\n',
        '',
      ).replace('      hostNetwork: true\n', ''),
    )
  })

  it('stops where no fix applies (a hostPath volume at restricted) and still fixes the rest', () => {
    const src = DEPLOYMENT.replace('        emptyDir: {}\n', '        hostPath:\n          path: /data\n')
    const { pss } = levelFix(src)
    expect(pss.violations.map((v) => v.check)).toEqual(['restrictedVolumes'])
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
