/**
 * The level fix of several resources at once ("Fix all resources", issue 13 §4), for a review before it is
 * applied. Each resource's document is planned on its own text (a resource's verdicts depend on its document
 * alone), so a 1 MB stream is never copied or re-split per step, and a plan already made for the same document
 * text, settings and left-out changes is taken from `cache`: unticking one change re-plans one document.
 */
import type { EffectiveOptions, PssLevel, TextEdit } from '../types'
import { applyEdits, diffEdit, findResources, parseStream, streamChunks, type ParsedStream } from '../yaml'
import { planLevelFix, type LevelFixChange, type LevelFixUnfixed } from './level'

/** A change of a plan over several resources: `id` names it among all of them. */
export interface PlannedChange extends LevelFixChange {
  /** `<resource index>:<key>`: what LevelFixesOptions.exclude takes. */
  id: string
}

export interface PlannedResource {
  /** Index of the resource in findResources order. */
  resource: number
  changes: PlannedChange[]
  notFixed: LevelFixUnfixed[]
  passes: boolean
}

export interface LevelFixPlan {
  /** Edits of the original text, in text order: one per changed document. */
  edits: TextEdit[]
  /** One per resource asked for, in resource order. */
  resources: PlannedResource[]
}

/** A document's plan, kept by the caller between plans (see LevelFixesOptions.cache). */
export interface DocumentPlan {
  text: string
  reports: Omit<PlannedResource, 'resource' | 'changes'>[]
  changes: LevelFixChange[][]
}

export interface LevelFixesOptions {
  level: PssLevel
  version: string
  /** The image user and runtime the kubelet checks are judged under (see planLevelFix). */
  assume: EffectiveOptions
  /** Ids (PlannedChange.id) of changes to leave out. */
  exclude?: ReadonlySet<string>
  /** Plans of earlier calls, keyed by document text and everything else they depend on; filled as it goes. */
  cache?: Map<string, DocumentPlan>
}

export const changeId = (resource: number, key: string): string => `${resource}:${key}`

/** The keys of the excluded changes of one resource. */
function keysOf(exclude: ReadonlySet<string> | undefined, resource: number): string[] {
  const prefix = `${resource}:`
  return [...(exclude ?? [])].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length))
}

/** Plans the resources `locals` (indexes within the chunk) of one chunk of text, one after the other. */
function planChunk(
  text: string,
  stream: ParsedStream,
  locals: readonly number[],
  excludes: readonly string[][],
  o: LevelFixesOptions,
): DocumentPlan {
  let current = text
  let parsed = parseStream(text, stream)
  const out: DocumentPlan = { text, reports: [], changes: [] }
  for (const [i, local] of locals.entries()) {
    if (parsed.text !== current) parsed = parseStream(current, parsed)
    const r = planLevelFix(current, local, o.level, o.version, o.assume, parsed, { exclude: excludes[i] })
    current = applyEdits(current, r.edits)
    out.reports.push({ notFixed: r.notFixed, passes: r.passes })
    out.changes.push(r.changes)
  }
  out.text = current
  return out
}

/**
 * planLevelFix for the resources `which` (indexes in findResources order, or every one) of `stream`, one
 * document at a time: yields after each document it had to plan (cached ones cost nothing) so a caller can
 * spread the work over frames, and returns the edits of the whole text and each resource's report.
 */
export function* planLevelFixesSteps(
  stream: ParsedStream,
  which: readonly number[] | 'all',
  o: LevelFixesOptions,
): Generator<{ done: number; total: number }, LevelFixPlan> {
  const resources = findResources(stream)
  const wanted = which === 'all' ? resources.map((_, i) => i) : which.filter((i) => resources[i])
  const chunks = streamChunks(stream)
  const chunkOfDocument = chunks.flatMap((c, i) => Array<number>(c.documents).fill(i))
  const firstOfChunk = new Map<number, number>()
  resources.forEach((r, i) => {
    const c = chunkOfDocument[r.document]!
    if (!firstOfChunk.has(c)) firstOfChunk.set(c, i)
  })
  const byChunk = new Map<number, number[]>()
  for (const i of [...new Set(wanted)].sort((a, b) => a - b)) {
    const c = chunkOfDocument[resources[i]!.document]!
    byChunk.set(c, [...(byChunk.get(c) ?? []), i])
  }
  const settings = [o.level, o.version, o.assume]
  const plan: LevelFixPlan = { edits: [], resources: [] }
  let done = 0
  for (const [c, indexes] of byChunk) {
    const chunk = chunks[c]!
    const first = firstOfChunk.get(c)!
    const locals = indexes.map((i) => i - first)
    const excludes = indexes.map((i) => keysOf(o.exclude, i))
    const key = `${JSON.stringify([settings, locals, excludes])}\n${chunk.text}`
    const cached = o.cache?.get(key)
    const planned = cached ?? planChunk(chunk.text, stream, locals, excludes, o)
    done++
    if (!cached) {
      o.cache?.set(key, planned)
      yield { done, total: byChunk.size }
    }
    const edit = diffEdit(chunk.text, planned.text)
    if (edit) plan.edits.push({ ...edit, offset: edit.offset + chunk.base })
    indexes.forEach((resource, i) => {
      const changes = planned.changes[i]!.map((ch) => ({ ...ch, id: changeId(resource, ch.key) }))
      plan.resources.push({ resource, changes, ...planned.reports[i]! })
    })
  }
  return plan
}

/** planLevelFixesSteps in one go. */
export function planLevelFixes(
  stream: ParsedStream,
  which: readonly number[] | 'all',
  o: LevelFixesOptions,
): LevelFixPlan {
  const steps = planLevelFixesSteps(stream, which, o)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
