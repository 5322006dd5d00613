import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/analyze'
import type { JsonValue, Path, Range } from '../../core/types'
import { createAppStore } from '../../state/store'
import { STEPS, TOPICS } from './index'
import { exitLessons, moveStep, openStep, startLessonHighlighter } from './lessonActions'
import { shellLines, transcript } from './shell'

/** What each step's shell must show for its own manifest (containerd, image user 0): spec §5–§8. */
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
    ])
  })

  it('every step promises an output checked below', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(STEPS.map((s) => s.id).sort())
  })

  for (const step of STEPS) {
    it(`${step.id}: the manifest parses, the highlighted fields exist, the shell shows its outputs`, () => {
      const a = analyze(step.manifest)
      expect(a.errors).toEqual([])
      const ra = a.resources[0]
      expect(ra).toBeDefined()
      for (const p of step.highlight) expect(at(ra!.resource.object, p), p.join('.')).toBeDefined()
      const eff = ra!.effective[step.container ?? 0]
      expect(eff).toBeDefined()
      const out = transcript(step.shell.flatMap((k) => shellLines(k, eff!)))
      for (const want of EXPECTED[step.id] ?? ['(no expectation)']) expect(out).toContain(want)
    })
  }
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

  it('highlights the lines of the step’s fields in the editor, and clears them on exit', () => {
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
})
