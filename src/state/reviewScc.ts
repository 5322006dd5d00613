/**
 * Reviewed fixes under the openshift platform (issue 17 §4): the SCC fixes (core/sccFixes.ts) of the resources in
 * the review come first, so the pod SCC admission mutates is the one Pod Security judges; the level fix then plans
 * only what is still denied, and each resource's verdict is read from the analysis of the proposed text.
 */
import type { Analysis } from '../core/analyze'
import { changeId, type LevelFixPlan, type PlannedResource } from '../core/fixes'
import { planSccFixes, type SccFixReport } from '../core/sccFixes'
import type { TextEdit } from '../core/types'
import { analyze } from '../core/analyze'
import { applyEdits, diffEdit, streamChunks, type ParsedStream } from '../core/yaml'
import { needsLevelFix } from '../core/verdict'

export interface ReviewPlan extends LevelFixPlan {
  /** The text once the edits are applied. */
  proposed: string
}

/** The SCC fixes of the resources `scope` of `analysis`, leaving out the changes the reviewer unticked. */
export function sccFirst(
  analysis: Analysis,
  scope: readonly number[],
  exclude: ReadonlySet<string>,
): SccFixReport {
  const inReview = new Set(scope)
  return planSccFixes(
    analysis.text,
    analysis.options,
    analysis,
    (resource, key) => !inReview.has(resource) || exclude.has(changeId(resource, key)),
  )
}

/** The edits that turn one stream into the other, one per changed document when both have the same documents. */
function documentEdits(before: ParsedStream, after: ParsedStream): TextEdit[] {
  const a = streamChunks(before)
  const b = streamChunks(after)
  if (a.length !== b.length) {
    const edit = diffEdit(before.text, after.text)
    return edit ? [edit] : []
  }
  return a.flatMap((chunk, i) => {
    const edit = diffEdit(chunk.text, b[i]!.text)
    return edit ? [{ ...edit, offset: edit.offset + chunk.base }] : []
  })
}

/** The review's plan: the SCC changes, then the level's (planned on the SCC-fixed text), per resource in scope. */
export function withScc(
  analysis: Analysis,
  scc: SccFixReport,
  scope: readonly number[],
  level: LevelFixPlan,
): ReviewPlan {
  const final = analyze(applyEdits(scc.text, level.edits), analysis.options, scc.analysis)
  const resources = scope.map((resource): PlannedResource => {
    const planned = level.resources.find((r) => r.resource === resource)
    const after = final.resources[resource]
    const sccChanges = scc.changes
      .filter((c) => c.resource === resource)
      .map(({ key, fix, effect, message }) => ({
        id: changeId(resource, key),
        key,
        fix,
        check: 'SCC',
        effect,
        message,
      }))
    const rejected = after?.scc?.status === 'rejected' ? [{ check: 'SCC', message: after.scc.message }] : []
    return {
      resource,
      changes: [...sccChanges, ...(planned?.changes ?? [])],
      notFixed: [...(planned?.notFixed ?? []), ...rejected],
      passes: after ? !needsLevelFix(after) : false,
    }
  })
  return { edits: documentEdits(analysis.stream, final.stream), resources, proposed: final.text }
}
