/**
 * Making one resource pass a Pod Security level, and saying what that did (the CLI's `fix`, the app's Review
 * changes).
 *
 * The loop evaluates the level, takes the first fix that changes something for the first violation that has
 * one (runAsNonRoot first, so the classification of the others sees it), and starts over. A step
 * is not taken when it would make the API server reject the pod or the kubelet refuse a container that it
 * accepted before (runAsNonRoot next to runAsUser 0 or ContainerAdministrator), when it writes Linux-only
 * settings into a Windows pod, or when the fix declines (an explicit runAsUser 0 is not swapped for an unknown
 * image user). Every step taken is classified safe or may-break.
 *
 * May-break changes are kept only when they get the resource to pass: when the level stays out of reach
 * anyway (a hostPath volume has no automatic fix), the loop runs again with safe changes only, and each
 * may-break change it left out is reported as not fixed, with the checks that would still fail.
 *
 * A reviewer may leave changes out (`exclude`, by LevelFixChange.key): the loop then never takes that fix for
 * that problem, and reports the check as not fixed. May-break changes the reviewer kept stay when the checks
 * still failing are only those left out; else the safe-only rule above applies.
 */
import { podOs } from '../k8s/podOs'
import { evaluatePss, pssFindings } from '../pss'
import type { EffectiveOptions, FixEffect, Problem, PssLevel, PssResult, Resource, TextEdit } from '../types'
import { applyEdits, diffEdit, findResources, parseStream, type ParsedStream } from '../yaml'
import type { Fix, FixContext } from './define'
import type { Step } from './steps'
import { formatFieldPath } from '../target'
import { describeStep, shortApiMessage, unfixedReason } from './describe'
import { fixById, fixesFor } from './registry'
import { added, verdictOf, type Verdict } from './verdict'

/** Enough rounds for every check of every container of a large pod; the loop also stops on a repeat. */
const MAX_ROUNDS = 200

export interface LevelFixChange {
  /**
   * Names this change among the plans of the same resource, whatever else is left out: the fix and the first
   * field it writes (`set-ape-false spec.containers[0].securityContext.allowPrivilegeEscalation`).
   * What LevelFixOptions.exclude takes.
   */
  key: string
  fix: string
  /** The Pod Security check it addressed. */
  check: string
  effect: FixEffect
  /** What changed and, for may-break, what may stop working. */
  message: string
}

export interface LevelFixUnfixed {
  /** A Pod Security check id, or `API server` for a validation error no fix touches. */
  check: string
  /** The violation and why it was left. */
  message: string
}

export interface LevelFixReport {
  edits: TextEdit[]
  changes: LevelFixChange[]
  notFixed: LevelFixUnfixed[]
  /** The result passes the level and the API server accepts it (what `check` exits 0 on). */
  passes: boolean
}

export interface LevelFixOptions {
  /** Keys (LevelFixChange.key) of changes not to make: a reviewer unticked them. */
  exclude?: readonly string[]
}

/**
 * Checks Pod Security skips for a pod whose spec.os.name is windows, from v1.25 (k8s.io/pod-security-admission
 * policy/check_allowPrivilegeEscalation.go, check_capabilities_restricted.go, check_seccompProfile_restricted.go).
 */
const WINDOWS_EXEMPT = new Set([
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'seccompProfile_restricted',
])

/**
 * runAsNonRoot first: whether drop ALL can hurt depends on it. runAsUser (removing a root user) last: the
 * other fixes see the container as it was, and its securityContext still has them when the line goes.
 */
const rank = (check: string) => (check === 'runAsNonRoot' ? 0 : check === 'runAsUser' ? 2 : 1)

interface Run {
  stream: ParsedStream
  /** The verdicts on the resource in `stream`, when a step computed them (the next round starts from them). */
  verdict?: Verdict
  changes: LevelFixChange[]
  /** Per check, why its fixes were not taken in the last round (the one that found nothing to do). */
  held: Map<string, Held[]>
}

interface Round {
  level: PssLevel
  version: string
  assume: EffectiveOptions
  /** null: may-break changes are allowed; else the checks that would fail anyway. */
  safeOnly: string[] | null
  exclude: ReadonlySet<string>
}

const resourceAt = (stream: ParsedStream, index: number): Resource | undefined => findResources(stream)[index]

/** The problems of a violation, one per offending node. */
function problemsOf(resource: Resource, index: number, pss: PssResult, check: string): Problem[] {
  const violations = pss.violations.filter((v) => v.check === check)
  return pssFindings(resource, { ...pss, violations }).map((f) => {
    const base = { ...f, range: [0, 0] as const, resource: index }
    return { ...base, fixes: fixesFor(base) }
  })
}

/** A fix not taken: the change it would have made (if any) and why not. */
interface Held {
  what: string
  why: string
  /** Left out only because it may break the workload and the level is out of reach anyway. */
  mayBreak?: boolean
  /** Left out by the reviewer (LevelFixOptions.exclude). */
  excluded?: boolean
}

/** Why an excluded change was not made. */
export const LEFT_OUT = 'left out in the review'

/** The fix and the field it writes first (stable while other changes come and go, unlike the problem's node). */
const changeKey = (fix: string, steps: readonly Step[]): string =>
  `${fix} ${steps[0] ? formatFieldPath(steps[0].path) : ''}`

/** planSet writes nothing through an alias (`*ref`): the anchored node is shared with other places. */
const CANNOT_WRITE =
  'cannot be written in place: the path goes through a YAML alias (*name), and changing the anchored node would change every place that uses it; edit it by hand'

type Attempt = { next: ParsedStream; change: LevelFixChange; verdict: Verdict } | { held: Held }

interface Try {
  check: string
  index: number
  /** The verdicts on the resource before the step. */
  before: () => Verdict
  seen: ReadonlySet<string>
}

/** Tries one fix on one problem: the new stream and the change, or why it was not taken. */
function attempt(fix: Fix, ctx: FixContext, r: Round, t: Try): Attempt | null {
  const { resource } = ctx
  const os = podOs(resource.podSpec)
  if (fix.linuxOnly && os.os === 'windows') {
    const exempt = WINDOWS_EXEMPT.has(t.check) && os.why !== 'spec.os.name is windows'
    const hint = exempt ? '; with spec.os.name: windows, Pod Security exempts the pod from this check' : ''
    return {
      held: {
        what: '',
        why: `${fix.title} writes Linux-only settings, and this is a Windows pod (${os.why})${hint}`,
      },
    }
  }
  const declined = fix.declines(ctx)
  if (declined) return { held: { what: '', why: declined } }
  const steps = fix.steps(ctx)
  const what = steps.map((s) => describeStep(resource, s)).join(', ')
  const key = changeKey(fix.id, steps)
  if (r.exclude.has(key)) return steps.length ? { held: { what, why: LEFT_OUT, excluded: true } } : null
  const edits = fix.plan(ctx)
  const text = applyEdits(ctx.stream.text, edits)
  if (steps.length > 0 && edits.length === 0) return { held: { what, why: CANNOT_WRITE } }
  if (edits.length === 0 || t.seen.has(text)) return null
  const next = parseStream(text, ctx.stream)
  const after = resourceAt(next, t.index)
  if (!after || next.errors.length) return null
  const before = t.before()
  const now = verdictOf(after, r.version, r.assume)
  const rejected = added(before.api, now.api)[0]
  if (rejected) {
    return {
      held: { what, why: `would make the API server reject the pod: ${shortApiMessage(rejected.message)}` },
    }
  }
  const refused = added(before.refused, now.refused)[0]
  if (refused) return { held: { what, why: `would make ${refused}` } }
  let { effect, reason } = fix.assess(ctx)
  const assumed = added(before.assumed, now.assumed)[0]
  if (assumed) {
    effect = 'may-break'
    reason = `if the image runs as root, that would make ${assumed}`
  }
  if (effect === 'may-break' && r.safeOnly) {
    return { held: { what, why: `may break the workload (${reason})`, mayBreak: true } }
  }
  const change = { key, fix: fix.id, check: t.check, effect, message: `${what}: ${reason}` }
  return { next, change, verdict: now }
}

/** One pass of the loop. */
function run(text: string, index: number, r: Round, from?: ParsedStream): Run {
  const out: Run = { stream: parseStream(text, from), changes: [], held: new Map() }
  const seen = new Set([text])
  for (let round = 0; round < MAX_ROUNDS && out.stream.errors.length === 0; round++) {
    const resource = resourceAt(out.stream, index)
    if (!resource) break
    const pss = evaluatePss(resource, r.level, r.version)
    if (pss.allowed) break
    const checks = pss.violations.map((v) => v.check)
    const ordered = [...checks].sort((a, b) => rank(a) - rank(b))
    out.held = new Map()
    const before = () => (out.verdict ??= verdictOf(resource, r.version, r.assume))
    let taken: Attempt | null = null
    search: for (const check of ordered) {
      for (const problem of problemsOf(resource, index, pss, check)) {
        for (const ref of problem.fixes) {
          const fix = fixById(ref.id)
          if (!fix) continue
          const a = attempt(fix, { stream: out.stream, resource, problem }, r, { check, index, before, seen })
          if (a && 'held' in a) out.held.set(check, [...(out.held.get(check) ?? []), a.held])
          else if (a) {
            taken = a
            out.changes.push(a.change)
            break search
          }
        }
      }
    }
    if (!taken || 'held' in taken) break
    seen.add(taken.next.text)
    out.stream = taken.next
    out.verdict = taken.verdict
  }
  return out
}

/** Why a check was left failing: the fixes not taken, those with the same reason together. */
function whyLeft(held: readonly Held[] | undefined, check: string, r: Round): string {
  if (!held?.length) return unfixedReason(check)
  const byWhy = new Map<string, string[]>()
  for (const h of held) {
    const whats = byWhy.get(h.why) ?? []
    if (h.what && !whats.includes(h.what)) whats.push(h.what)
    byWhy.set(h.why, whats)
  }
  const parts = [...byWhy].map(([why, whats]) => (whats.length ? `${whats.join(', ')} ${why}` : why))
  const anyway = held.some((h) => h.mayBreak) && r.safeOnly
  if (anyway) parts.push(`not done, as ${r.level} would still fail (${r.safeOnly!.join(', ')})`)
  return parts.join('; ')
}

function report(text: string, index: number, r: Round, done: Run): LevelFixReport {
  const resource = resourceAt(done.stream, index)
  const edit = diffEdit(text, done.stream.text)
  const edits = edit ? [edit] : []
  if (!resource) return { edits, changes: done.changes, notFixed: [], passes: false }
  const pss = evaluatePss(resource, r.level, r.version)
  const notFixed: LevelFixUnfixed[] = pss.violations.map((v) => ({
    check: v.check,
    message: `${v.reason} (${v.detail}): ${whyLeft(done.held.get(v.check), v.check, r)}`,
  }))
  const api = [...(done.verdict ?? verdictOf(resource, r.version, r.assume)).api.values()]
  for (const f of api) notFixed.push({ check: 'API server', message: f.message })
  return { edits, changes: done.changes, notFixed, passes: pss.allowed && api.length === 0 }
}

/**
 * Makes resource `resourceIndex` of `text` pass `level` at `version` with one minimal edit, and reports each
 * change (safe or may-break) and each violation left. `assume` is the image user and runtime the kubelet
 * checks are judged under (default: an image that runs as root, containerd). `from`, a parse of `text` (or of
 * an earlier text), lets unchanged documents of a big stream be reused instead of parsed again.
 */
export function planLevelFix(
  text: string,
  resourceIndex: number,
  level: PssLevel,
  version: string,
  assume: EffectiveOptions = { runtime: 'containerd', imageUser: 0 },
  from?: ParsedStream,
  options: LevelFixOptions = {},
): LevelFixReport {
  const exclude = new Set(options.exclude)
  const round: Round = { level, version, assume, safeOnly: null, exclude }
  const all = run(text, resourceIndex, round, from)
  const final = resourceAt(all.stream, resourceIndex)
  const pss = final && evaluatePss(final, level, version)
  // Checks left failing only because the reviewer left their change out do not void the kept may-break ones.
  const blocking = (pss?.violations ?? [])
    .map((v) => v.check)
    .filter((c) => !all.held.get(c)?.some((h) => h.excluded))
  if (!pss || blocking.length === 0 || all.changes.every((c) => c.effect === 'safe')) {
    return report(text, resourceIndex, round, all)
  }
  const safe = { ...round, safeOnly: blocking }
  return report(text, resourceIndex, safe, run(text, resourceIndex, safe, from))
}
