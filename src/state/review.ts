/**
 * Reviewed level fixes (issue 13 §4): "Fix this resource" / "Fix all resources" plan the fix, the dialog shows
 * the diff and each change, the reviewer may leave may-break changes out (the plan is made again without them),
 * and Apply makes it one undoable edit. A slice of the app store (see createAppStore).
 */
import type { StoreApi } from 'zustand/vanilla'
import {
  planLevelFixesSteps,
  type DocumentPlan,
  type LevelFixesOptions,
  type LevelFixPlan,
  type LevelFixUnfixed,
  type PlannedChange,
} from '../core/fixes'
import type { PssLevel } from '../core/types'
import { needsLevelFix } from '../core/verdict'
import { applyEdits } from '../core/yaml'
import { sccFirst, withScc, type ReviewPlan } from './reviewScc'
import type { Clock } from './clock'
import { SLICE_MS } from './scheduler'
import type { AppState } from './store'

/** Longest stretch of planning done in one go (as the analysis: the page never freezes). */
const REVIEW_SLICE_MS = SLICE_MS
/** Document plans kept for re-planning (unticking) and re-opening; dropped all at once past this. */
const CACHE_MAX = 5000
/** Quiet time after the last change before "Fix all" is planned ahead. */
export const WARM_DELAY_MS = 700
/** Planning ahead works in short stretches (one document at least): typing or a click is never kept waiting. */
const WARM_SLICE_MS = 8

export type { ReviewPlan }

export interface Review {
  /** One resource (its index), or every resource of the text. */
  scope: number | 'all'
  level: PssLevel
  /** The text the plan is for: Apply does nothing once the text has changed. */
  text: string
  /** Ids of the changes the reviewer unticked. */
  exclude: ReadonlySet<string>
  /** Every change shown so far, in the order first planned (unticked ones stay listed so they can be ticked again). */
  shown: readonly PlannedChange[]
  /** How far planning has got, or null once `plan` is up to date. */
  progress: { done: number; total: number } | null
  plan: ReviewPlan | null
}

export interface ReviewSlice {
  review: Review | null
  /**
   * The text or options changed: once the page has been quiet for a moment, "Fix all resources" is planned ahead
   * in short stretches (into the plan cache, keyed by document text), so the Review changes dialog opens ready.
   */
  warmReview(): void
  /** Plans the level fix of one resource or of all, and opens the review. */
  openReview(scope: number | 'all'): void
  /** Ticks or unticks a change (only may-break ones can be left out); the plan is made again. */
  toggleReviewChange(id: string): void
  /** Applies the plan as one undoable edit and reveals the first change; closes the review. */
  applyReview(): void
  /** Closes the review without changing anything. */
  cancelReview(): void
}

/** The changes shown so far, with those of a new plan (their newest wording) and any new ones after them. */
export function mergeShown(shown: readonly PlannedChange[], plan: LevelFixPlan): PlannedChange[] {
  const now = new Map(plan.resources.flatMap((r) => r.changes).map((c) => [c.id, c]))
  const out = shown.map((c) => now.get(c.id) ?? c)
  const known = new Set(shown.map((c) => c.id))
  for (const c of now.values()) if (!known.has(c.id)) out.push(c)
  return out
}

/** One change as the dialog lists it. */
export interface ReviewItem {
  change: PlannedChange
  /** Not left out by the reviewer. */
  ticked: boolean
  /** In the current plan (a change can drop out when the reviewer leaves out one it followed from). */
  made: boolean
}

export interface ReviewGroup {
  resource: number
  items: ReviewItem[]
  notFixed: LevelFixUnfixed[]
  passes: boolean
}

/** The review's changes and what was not fixed, per resource with something to say, in resource order. */
export function reviewGroups(review: Review): ReviewGroup[] {
  const plan = review.plan
  if (!plan) return []
  const made = new Set(plan.resources.flatMap((r) => r.changes.map((c) => c.id)))
  return plan.resources.flatMap((r) => {
    const prefix = `${r.resource}:`
    const items = review.shown
      .filter((c) => c.id.startsWith(prefix))
      .map((change) => ({ change, ticked: !review.exclude.has(change.id), made: made.has(change.id) }))
    if (items.length === 0 && r.notFixed.length === 0) return []
    return [{ resource: r.resource, items, notFixed: r.notFixed, passes: r.passes }]
  })
}

type SetState = StoreApi<AppState>['setState']

export function createReviewSlice(
  set: SetState,
  get: () => AppState,
  { clock, planAhead }: { clock: Clock; planAhead: boolean },
): ReviewSlice {
  const cache = new Map<string, DocumentPlan>()
  /** Bumped by every new plan and by closing: a planning run that is no longer wanted stops. */
  let run = 0
  /** The same for planning ahead, which also stops whenever a review opens. */
  let warmRun = 0
  /** The quiet-time wait before planning ahead (a stretch already under way stops by warmRun). */
  let warmTimer: unknown

  /** What "Fix all resources" plans for the current analysis: each resource with something to fix. */
  const allWanted = () => get().analysis.resources.flatMap((ra, i) => (needsLevelFix(ra) ? [i] : []))

  /** The plan settings for the current options: planning ahead and the review share them (and so the cache). */
  const planOptions = (level: PssLevel, exclude?: ReadonlySet<string>): LevelFixesOptions => {
    const { options } = get()
    const { runtime, imageUser, image } = options
    return { level, version: options.version, assume: { runtime, imageUser, image }, exclude, cache }
  }

  /**
   * Runs `steps` in stretches of at most `sliceMs` while `live()` holds, yielding to the page in between;
   * `paused` reports progress at each pause, `done` gets the finished plan.
   */
  const sliced = (
    steps: Generator<{ done: number; total: number }, LevelFixPlan>,
    sliceMs: number,
    live: () => boolean,
    done: (plan: LevelFixPlan) => void,
    paused?: (progress: { done: number; total: number }) => void,
  ) => {
    const step = () => {
      const start = clock.now()
      while (live()) {
        const next = steps.next()
        if (next.done) return done(next.value)
        if (clock.now() - start > sliceMs) {
          paused?.(next.value)
          clock.setTimeout(step, 0)
          return
        }
      }
    }
    step()
  }

  const warmNow = (id: number) => {
    const { analysis, options, text, loading, pending, review } = get()
    if (
      id !== warmRun ||
      review ||
      loading ||
      pending ||
      analysis.text !== text ||
      analysis.errors.length > 0
    )
      return
    if (cache.size > CACHE_MAX) cache.clear()
    const which = allWanted()
    if (which.length === 0) return
    const steps = planLevelFixesSteps(analysis.stream, which, planOptions(options.level))
    sliced(
      steps,
      WARM_SLICE_MS,
      () => id === warmRun,
      () => {},
    )
  }

  const plan = (review: Review) => {
    const id = ++run
    warmRun++
    const { analysis, options } = get()
    if (analysis.text !== review.text) return set({ review: { ...review, progress: null, plan: null } })
    if (cache.size > CACHE_MAX) cache.clear()
    const scope = review.scope === 'all' ? allWanted() : [review.scope]
    // Under OpenShift: the SCC fixes first; the level fix then plans what Pod Security still denies.
    const scc = options.platform === 'openshift' ? sccFirst(analysis, scope, review.exclude) : null
    const base = scc?.analysis ?? analysis
    const which = scc ? scope.filter((i) => base.resources[i] && needsLevelFix(base.resources[i])) : scope
    const steps = planLevelFixesSteps(base.stream, which, planOptions(review.level, review.exclude))
    set({ review: { ...review, progress: { done: 0, total: which.length } } })
    sliced(
      steps,
      REVIEW_SLICE_MS,
      () => id === run,
      (planned) => {
        const current = get().review
        if (!current) return
        const done = scc
          ? withScc(analysis, scc, scope, planned)
          : { ...planned, proposed: applyEdits(review.text, planned.edits) }
        set({ review: { ...current, plan: done, progress: null, shown: mergeShown(current.shown, done) } })
      },
      (progress) => {
        const current = get().review
        if (current) set({ review: { ...current, progress } })
      },
    )
  }

  return {
    review: null,

    warmReview() {
      if (!planAhead) return
      const id = ++warmRun
      clock.clearTimeout(warmTimer)
      warmTimer = clock.setTimeout(() => warmNow(id), WARM_DELAY_MS)
    },

    openReview(scope) {
      const { analysis, text, loading, options } = get()
      if (analysis.text !== text || analysis.errors.length > 0 || loading) return
      if (scope !== 'all' && !analysis.resources[scope]) return
      const review: Review = {
        scope,
        level: options.level,
        text,
        exclude: new Set(),
        shown: [],
        progress: null,
        plan: null,
      }
      plan(review)
    },

    toggleReviewChange(id) {
      const review = get().review
      if (!review) return
      const exclude = new Set(review.exclude)
      if (!exclude.delete(id)) exclude.add(id)
      plan({ ...review, exclude })
    },

    applyReview() {
      const review = get().review
      const done = review?.plan
      if (!review || !done || review.progress || review.text !== get().text) return
      run++
      set({ review: null })
      const { selectedResource } = get()
      const mine = done.resources.find((r) => r.resource === selectedResource)
      set({ levelFix: mine ? { ...mine, level: review.level } : null })
      get().applyEdits(done.edits)
      const first = done.edits[0]
      if (first) get().reveal(first.offset)
    },

    cancelReview() {
      run++
      set({ review: null })
      get().warmReview()
    },
  }
}
