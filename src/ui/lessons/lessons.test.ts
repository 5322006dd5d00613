import { describe, expect, it, vi } from 'vitest'
import { analyze } from '../../core/analyze'
import type { JsonValue, Path, Range } from '../../core/types'
import { createAppStore } from '../../state/store'
import { STEPS, TOPICS } from './index'
import { exitLessons, moveStep, openStep, startLessonHighlighter } from './lessonActions'
import { lessonLines } from './lessonLines'
import { transcript } from './shell'
import { DEFAULT_OPTIONS } from '../../core/types'
import { verdictLine, verdictsOf } from '../../core/verdict'

/**
 * What each step's shell must show for its own manifest (containerd, image user 0): what runc and busybox print
 * for it (`npm run verify:runtime` runs the same lessons).
 */
const EXPECTED: Record<string, string[]> = {
  'user-and-group': ['$ id\nuid=1000 gid=3000 groups=2000,3000,4000', 'PID   USER\n    1 1000'],
  'no-run-as-group': ['$ id\nuid=1000 gid=0(root) groups=0(root),2000,4000'],
  'fsgroup-volume': [
    '$ ls -ld /data/demo\ndrwxrwsrwx    2 root     2000          4096 … /data/demo',
    '-rw-r--r--    1 1000     2000             6 … /data/demo/testfile',
  ],
  'supplemental-groups-policy': ['$ id\nuid=1000(user-defined-in-image) gid=3000 groups=3000,4000'],
  'container-override': ['PID   USER\n    1 2000', 'uid=2000 '],
  'default-capabilities': ['CapPrm:\t00000000a80425fb\nCapEff:\t00000000a80425fb'],
  'add-capabilities': [
    'CapPrm:\t00000000aa0435fb\nCapEff:\t00000000aa0435fb',
    'cap_net_admin',
    'cap_sys_time',
  ],
  'drop-all': ['CapEff:\t0000000000000400', '0x0000000000000400=cap_net_bind_service'],
  'non-root-capabilities': ['CapEff:\t0000000000000000\nCapBnd:\t00000000aa0435fb'],
  privileged: ['CapEff:\t000001ffffffffff', 'Seccomp:\t0'],
  'allow-privilege-escalation': ['NoNewPrivs:\t1'],
  'selinux-level': ['$ cat /proc/1/attr/current\nsystem_u:system_r:container_t:s0:c123,c456'],
  seccomp: ['Seccomp:\t2'],
  apparmor: ['$ cat /proc/1/attr/apparmor/current\nk8s-apparmor-example-deny-write (enforce)'],
  'read-only-root': [
    '$ touch /probe && echo written\ntouch: /probe: Read-only file system\n$ touch /tmp/probe && echo written\nwritten',
  ],
  'init-container-context': ['uid=0(root) gid=3000', 'CapEff:\t0000000000000001'],
  'sidecar-context': ['uid=1000 gid=3000', 'touch: /probe: Read-only file system', 'NoNewPrivs:\t1'],
  'ephemeral-context': ['spec.ephemeralContainers: Forbidden: cannot be set on create'],
  'userns-root-inside': [
    '$ id\nuid=0(root) gid=0(root)',
    '$ cat /proc/self/uid_map\n         0     131072      65536   # modelled',
  ],
  'userns-capabilities': ['CapEff:\t00000000a80435fb', '         0     131072      65536'],
  'userns-pod-security': ['uid=0(root)'],
  'openshift-kubernetes': ['uid=10000 gid=0(root) groups=0(root)'],
  'openshift-must-be-in-ranges': [
    'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
  ],
  'openshift-assigned-uid': ['uid=1000750000 gid=0(root) groups=0(root),1000750000', 'drwxrwsrwx'],
  'openshift-arbitrary-uid': ['uid=1000750000 gid=0(root)'],
  restricted: [
    'uid=10001 gid=10001 groups=10001',
    'CapEff:\t0000000000000000',
    'NoNewPrivs:\t1',
    'Seccomp:\t2',
  ],
}

function at(value: JsonValue | undefined, path: Path): JsonValue | undefined {
  let v = value
  for (const key of path) {
    if (typeof key === 'number') v = Array.isArray(v) ? v[key] : undefined
    else v = v && typeof v === 'object' && !Array.isArray(v) ? v[key] : undefined
  }
  return v
}

describe('the lesson path', () => {
  it('has at least 12 steps over every topic the issue names, with unique URL-safe ids', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(12)
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length)
    for (const s of STEPS) expect(s.id).toMatch(/^[a-z0-9-]+$/)
    expect(TOPICS.map((t) => t.title)).toEqual([
      'Users and groups',
      'Container overrides pod',
      'Capabilities',
      'Privileged and privilege escalation',
      'SELinux',
      'Seccomp',
      'AppArmor',
      'Read-only root and hardening',
      'Init, sidecar and ephemeral containers',
      'User namespaces (hostUsers: false)',
      'Why OpenShift says “must be in the ranges”',
    ])
  })

  it('every step promises an output checked below', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(STEPS.map((s) => s.id).sort())
  })

  for (const step of STEPS) {
    it(`${step.id}: the manifest parses, the highlighted fields exist, the shell shows its outputs`, () => {
      const a = analyze(step.manifest, { ...DEFAULT_OPTIONS, platform: step.platform ?? 'kubernetes' })
      expect(a.errors).toEqual([])
      const ra = a.resources[0]
      expect(ra).toBeDefined()
      for (const p of step.highlight) expect(at(ra!.resource.object, p), p.join('.')).toBeDefined()
      const eff = ra!.effective[step.container ?? 0]
      expect(eff).toBeDefined()
      const out = transcript(lessonLines(step.shell, eff!, ra!.resource.podSpec))
      for (const want of EXPECTED[step.id] ?? ['(no expectation)']) expect(out).toContain(want)
    })
  }
})

describe('what the new lessons claim about the cluster', () => {
  const verdict = (id: string, options = {}) => {
    const step = STEPS.find((s) => s.id === id)!
    const ra = analyze(step.manifest, { ...DEFAULT_OPTIONS, platform: step.platform, ...options })
      .resources[0]!
    return { ra, line: verdictLine(verdictsOf(ra)) }
  }

  it('a user-namespace pod running as root passes restricted from v1.35, not at v1.34 (PSA runAsNonRoot1_35)', () => {
    expect(verdict('userns-pod-security').ra.pss.allowed).toBe(true)
    const old = verdict('userns-pod-security', { version: 'v1.34' }).ra.pss
    expect(old.violations.map((v) => v.check).sort()).toEqual(['runAsNonRoot', 'runAsUser'])
  })

  it('the chart runs on Kubernetes; on OpenShift restricted-v2 refuses runAsUser 10000, and admits it without', () => {
    expect(verdict('openshift-kubernetes').line).toContain('API server: accepts')
    const refused = verdict('openshift-must-be-in-ranges').ra
    expect(refused.scc?.status).toBe('rejected')
    const admitted = verdict('openshift-assigned-uid').ra
    expect(admitted.scc).toMatchObject({ status: 'admitted', admittedBy: 'restricted-v2' })
    expect(admitted.pss.allowed).toBe(true)
  })
})

describe('lesson navigation', () => {
  it('opening a step loads its manifest; Previous and Next stay inside the path; Exit closes', () => {
    const app = createAppStore('kind: Pod\n')
    expect(openStep(app, 'add-capabilities')).toBe(true)
    expect(app.getState().lessonStep).toBe('add-capabilities')
    expect(app.getState().text).toBe(STEPS.find((s) => s.id === 'add-capabilities')!.manifest)
    moveStep(app, 1)
    expect(app.getState().lessonStep).toBe('drop-all')
    openStep(app, STEPS[0]!.id)
    moveStep(app, -1)
    expect(app.getState().lessonStep).toBe(STEPS[0]!.id)
    openStep(app, STEPS.at(-1)!.id)
    moveStep(app, 1)
    expect(app.getState().lessonStep).toBe(STEPS.at(-1)!.id)
    exitLessons(app)
    expect(app.getState().lessonStep).toBeNull()
    expect(app.getState().text).toBe('kind: Pod\n')
  })

  it('an unknown step id changes nothing', () => {
    const app = createAppStore('kind: Pod\n')
    expect(openStep(app, 'nope')).toBe(false)
    expect(app.getState().text).toBe('kind: Pod\n')
    expect(app.getState().lessonStep).toBeNull()
  })

  it('highlights the lines of the step’s fields in the editor, and clears them on exit', async () => {
    const app = createAppStore('kind: Pod\n')
    const calls: Range[][] = []
    app.getState().setBridge({
      applyEdits: (edits) => {
        let t = app.getState().text
        for (const e of [...edits].sort((x, y) => y.offset - x.offset))
          t = t.slice(0, e.offset) + e.text + t.slice(e.offset + e.length)
        app.getState().textChanged(t)
      },
      highlight: (r) => void calls.push([...r]),
    })
    startLessonHighlighter(app)
    openStep(app, 'user-and-group')
    // A cold first analysis may take over one slice (40 ms) and finish in a later task.
    await vi.waitFor(() => expect(app.getState().pending).toBeNull())
    const text = app.getState().text
    const lines = calls
      .at(-1)!
      .map(([s, e]) => text.slice(text.lastIndexOf('\n', s) + 1, text.indexOf('\n', e - 1)))
    expect(lines).toEqual([
      '    runAsUser: 1000',
      '    runAsGroup: 3000',
      '    fsGroup: 2000',
      '    supplementalGroups: [4000]',
    ])
    exitLessons(app)
    expect(calls.at(-1)).toEqual([])
  })

  it('a step about OpenShift switches the platform; a step about none, or Exit, puts the user’s back', () => {
    const app = createAppStore('kind: Pod\n')
    openStep(app, 'openshift-kubernetes')
    expect(app.getState().options.platform ?? 'kubernetes').toBe('kubernetes')
    openStep(app, 'openshift-must-be-in-ranges')
    expect(app.getState().options.platform).toBe('openshift')
    openStep(app, 'userns-root-inside')
    expect(app.getState().options.platform).toBe('kubernetes')
    openStep(app, 'openshift-assigned-uid')
    exitLessons(app)
    expect(app.getState().options.platform).toBe('kubernetes')
    expect(app.getState().text).toBe('kind: Pod\n')
  })
})
