/** Reviewed level fixes (issue 13 §4): leaving changes out, and planning every resource of a stream. */
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { DEFAULT_OPTIONS } from '../types'
import { applyEdits, parseStream } from '../yaml'
import { planLevelFix, planLevelFixes, planLevelFixesSteps, type DocumentPlan } from './index'
import { podYaml } from '../testdata/kit'
import { REVIEW_BUNDLE } from '../testdata/three'

const BARE = `apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
  - name: app
    image: busybox
`

const RUN_AS_NON_ROOT = 'run-as-non-root spec.securityContext.runAsNonRoot'

describe('planLevelFix with changes left out', () => {
  it('a change left out is not made, its check is reported as left out, the other changes stay', () => {
    const all = planLevelFix(BARE, 0, 'restricted', 'latest')
    expect(all.changes.map((c) => [c.key, c.effect])).toContainEqual([RUN_AS_NON_ROOT, 'may-break'])
    const r = planLevelFix(BARE, 0, 'restricted', 'latest', undefined, undefined, {
      exclude: [RUN_AS_NON_ROOT],
    })
    const out = applyEdits(BARE, r.edits)
    expect(out).not.toContain('runAsNonRoot')
    expect(out).toContain('allowPrivilegeEscalation: false')
    expect(out).toContain('type: RuntimeDefault')
    expect(r.passes).toBe(false)
    expect(r.changes.map((c) => c.key)).not.toContain(RUN_AS_NON_ROOT)
    expect(r.notFixed).toEqual([
      {
        check: 'runAsNonRoot',
        message:
          'runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true): ' +
          'securityContext.runAsNonRoot (unset) → true left out in the review',
      },
    ])
  })

  it('keys stay the same from one plan to the next (what the review unticks by)', () => {
    const all = planLevelFix(BARE, 0, 'restricted', 'latest')
    const seccomp = all.changes.find((c) => c.fix === 'pod-seccomp-runtime-default')!
    const r = planLevelFix(BARE, 0, 'restricted', 'latest', undefined, undefined, {
      exclude: [RUN_AS_NON_ROOT],
    })
    expect(r.changes.map((c) => c.key)).toContain(seccomp.key)
  })

  it('may-break changes the reviewer kept stay when only the left-out checks still fail', () => {
    const src = podYaml(
      '  hostNetwork: true',
      '  containers:',
      '  - name: app',
      '    image: busybox',
      '    securityContext:',
      '      privileged: true',
    )
    const all = planLevelFix(src, 0, 'baseline', 'latest')
    expect(all.changes.map((c) => c.effect)).toEqual(['may-break', 'may-break'])
    const host = all.changes.find((c) => c.fix === 'host-namespaces-false')!
    const r = planLevelFix(src, 0, 'baseline', 'latest', undefined, undefined, { exclude: [host.key] })
    const out = applyEdits(src, r.edits)
    expect(out).toBe(src.replace('privileged: true', 'privileged: false'))
    expect(r.notFixed.map((u) => u.check)).toEqual(['hostNamespaces'])
  })

  it('with a check no fix reaches (hostPath), the other may-break changes still go, as before', () => {
    const src = podYaml(
      '  hostNetwork: true',
      '  hostPID: true',
      '  containers:',
      '  - name: app',
      '    image: busybox',
      '  volumes:',
      '  - name: root',
      '    hostPath:',
      '      path: /',
    )
    const all = planLevelFix(src, 0, 'baseline', 'latest')
    expect(all.changes).toEqual([])
    const r = planLevelFix(src, 0, 'baseline', 'latest', undefined, undefined, {
      exclude: ['host-namespaces-false spec.hostPID'],
    })
    expect(r.edits).toEqual([])
    expect(r.notFixed.map((u) => u.check)).toContain('hostPathVolumes')
  })
})

const BUNDLE = REVIEW_BUNDLE

const OPTIONS = {
  level: 'restricted',
  version: 'latest',
  assume: { runtime: 'containerd', imageUser: 0 },
} as const

/** What `secctx fix` does: each resource in turn on the whole text. */
function oneByOne(text: string): string {
  let out = text
  for (let i = 0; i < 3; i++) out = applyEdits(out, planLevelFix(out, i, 'restricted', 'latest').edits)
  return out
}

describe('planLevelFixes: every resource of a stream', () => {
  it('makes the same text as fixing each resource in turn, with one edit per document', () => {
    const stream = parseStream(BUNDLE)
    const plan = planLevelFixes(stream, 'all', OPTIONS)
    expect(plan.edits).toHaveLength(3)
    const out = applyEdits(BUNDLE, plan.edits)
    expect(out).toBe(oneByOne(BUNDLE))
    expect(plan.resources.map((r) => [r.resource, r.passes])).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ])
    const after = analyze(out, DEFAULT_OPTIONS)
    expect(after.resources.map((r) => r.pss.allowed)).toEqual([true, true, true])
    expect(plan.resources[0]!.changes.map((c) => c.id)).toContain(
      '0:host-namespaces-false spec.template.spec.hostNetwork',
    )
  })

  it('plans only the resources asked for', () => {
    const plan = planLevelFixes(parseStream(BUNDLE), [2], OPTIONS)
    expect(plan.resources.map((r) => r.resource)).toEqual([2])
    const out = applyEdits(BUNDLE, plan.edits)
    expect(out.slice(0, out.indexOf('kind: CronJob'))).toBe(BUNDLE.slice(0, BUNDLE.indexOf('kind: CronJob')))
  })

  it('a change left out by id keeps its field; only that document is planned again', () => {
    const stream = parseStream(BUNDLE)
    const cache = new Map<string, DocumentPlan>()
    const first = planLevelFixes(stream, 'all', { ...OPTIONS, cache })
    const count = (exclude: ReadonlySet<string>) => {
      const steps = planLevelFixesSteps(stream, 'all', { ...OPTIONS, cache, exclude })
      let planned = 0
      for (let s = steps.next(); ; s = steps.next()) {
        if (s.done) return { planned, plan: s.value }
        planned++
      }
    }
    expect(count(new Set()).planned).toBe(0)
    const host = '0:host-namespaces-false spec.template.spec.hostNetwork'
    const { planned, plan } = count(new Set([host]))
    expect(planned).toBe(1)
    const out = applyEdits(BUNDLE, plan.edits)
    expect(out).toContain('hostNetwork: true')
    expect(plan.resources[0]!.passes).toBe(false)
    expect(plan.resources.slice(1)).toEqual(first.resources.slice(1))
  })
})
