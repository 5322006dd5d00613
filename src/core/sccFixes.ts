/**
 * Making workloads admissible under OpenShift SCC admission (issue 17 §4), for `fix --platform openshift` and the
 * app's Review changes dialog: round after round, each resource SCC admission rejects takes the first fix of its
 * first SCC problem that has one (removing a hard-coded runAsUser or fsGroup outside the namespace's range, an
 * added capability the SCC does not allow), until every resource is admitted or no fix is left. Resources are
 * fixed side by side (their edits are in different documents), and each round re-analyses only the documents that
 * changed. A reviewer may leave changes out (`exclude`, by SccChange.key per resource).
 */
import { analyze, type Analysis } from './analyze'
import { fixById } from './fixes'
import { formatFieldPath } from './target'
import type { AnalyzeOptions, FixEffect, TextEdit } from './types'
import { applyEdits } from './yaml'

/** Enough for every SCC problem of a big pod; a round that changes nothing also ends the loop. */
const MAX_ROUNDS = 50

export interface SccChange {
  /** Index of the resource (findResources order). */
  resource: number
  /** Names the change among the resource's changes: the fix and the field it removes. */
  key: string
  fix: string
  effect: FixEffect
  /** What changed and, for may-break, what may stop working. */
  message: string
}

export interface SccFixReport {
  text: string
  changes: SccChange[]
  /** Resources SCC admission still rejects, with its message. */
  rejected: { resource: number; message: string }[]
  /** The analysis of `text`. */
  analysis: Analysis
}

export function planSccFixes(
  text: string,
  options: AnalyzeOptions,
  previous?: Analysis,
  exclude: (resource: number, key: string) => boolean = () => false,
): SccFixReport {
  const changes: SccChange[] = []
  let current =
    previous?.text === text && previous.options === options ? previous : analyze(text, options, previous)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits: TextEdit[] = []
    current.resources.forEach((ra, resource) => {
      if (ra.scc?.status !== 'rejected') return
      for (const problem of ra.problems) {
        if (problem.source !== 'scc') continue
        for (const ref of problem.fixes) {
          const fix = fixById(ref.id)
          if (!fix) continue
          const key = `${fix.id} ${formatFieldPath(problem.nodePath)}`
          if (exclude(resource, key)) continue
          const ctx = { stream: current.stream, resource: ra.resource, problem }
          const planned = fix.plan(ctx)
          if (planned.length === 0) continue
          const { effect, reason } = fix.assess(ctx)
          changes.push({ resource, key, fix: fix.id, effect, message: `${fix.title}: ${reason}` })
          edits.push(...planned)
          return
        }
      }
    })
    if (edits.length === 0) break
    current = analyze(applyEdits(current.text, edits), options, current)
  }
  const rejected = current.resources.flatMap((ra, resource) =>
    ra.scc?.status === 'rejected' ? [{ resource, message: ra.scc.message }] : [],
  )
  return { text: current.text, changes, rejected, analysis: current }
}
