import type { Problem, TextEdit } from '../types'
import type { ParsedStream } from '../yaml'
import { scopeOf, type Scope } from './scope'
import { planSteps, type Step } from './steps'
import type { Resource } from '../types'

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

export interface FixDef {
  id: string
  title: string
  /** Problem codes the fix is offered for. */
  codes: readonly string[]
  /** A further condition on the problem (e.g. which part of a two-part message it addresses). */
  when?: (problem: Problem) => boolean
  /** The changes, planned from the resource as parsed; [] when there is nothing to do. */
  steps(scope: Scope): Step[]
}

export function defineFix(def: FixDef): Fix {
  return {
    id: def.id,
    title: def.title,
    appliesTo: (p) => def.codes.includes(p.code) && (def.when?.(p) ?? true),
    plan: (ctx) =>
      planSteps(ctx.stream, ctx.resource.document, def.steps(scopeOf(ctx.resource, ctx.problem))),
  }
}
