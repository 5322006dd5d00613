/** STUB — quick fixes (issue 5, core/fixes). */
import type { ParsedStream } from '../yaml'
import type { FixRef, PssLevel, Problem, Resource, TextEdit } from '../types'

export interface FixContext {
  stream: ParsedStream
  resource: Resource
  problem: Problem
}

export interface Fix {
  id: string
  title: string
  appliesTo(problem: Problem): boolean
  plan(ctx: FixContext): TextEdit[]
}

export const FIXES: readonly Fix[] = []

export function fixesFor(problem: Omit<Problem, 'fixes'>): FixRef[] {
  return FIXES.filter((f) => f.appliesTo({ ...problem, fixes: [] })).map((f) => ({
    id: f.id,
    title: f.title,
  }))
}

/** Edits applying fix `id` to `problem`, or [] when it does not apply. */
export function planFix(
  _stream: ParsedStream,
  _resource: Resource,
  _problem: Problem,
  _id: string,
): TextEdit[] {
  return []
}

/** One minimal edit making the resource pass `level` at `version` (all fixes applied in sequence). */
export function planLevelFix(
  _text: string,
  _resourceIndex: number,
  _level: PssLevel,
  _version: string,
): TextEdit[] {
  return []
}
