import type { FixEffect, Problem, ProblemCode, Resource, TextEdit } from '../types'
import type { ParsedStream } from '../yaml'
import { scopeOf, type Scope } from './scope'
import { planSteps, type Step } from './steps'

export interface FixContext {
  stream: ParsedStream
  resource: Resource
  problem: Problem
}

/** How one application of a fix affects the workload, and why. */
export interface Assessment {
  effect: FixEffect
  reason: string
}

export interface Fix {
  id: string
  title: string
  /** The classification shown next to the fix (its usual effect; `assess` refines it for one resource). */
  effect: FixEffect
  reason: string
  /** It writes Linux-only settings: never applied to a Windows pod. */
  linuxOnly: boolean
  /** The problem codes it is offered for (appliesTo may narrow further). */
  codes: readonly ProblemCode[]
  appliesTo(problem: Problem): boolean
  plan(ctx: FixContext): TextEdit[]
  /** The changes, as document paths and values ([] when there is nothing to do). */
  steps(ctx: FixContext): Step[]
  /** The effect of applying the fix to this resource, before it is applied. */
  assess(ctx: FixContext): Assessment
  /** Why making a resource pass a level must not apply this fix here by itself, or null. */
  declines(ctx: FixContext): string | null
}

export interface FixDef {
  id: string
  title: string
  /** Problem codes the fix is offered for. */
  codes: readonly ProblemCode[]
  /** A further condition on the problem (e.g. which part of a two-part violation it addresses). */
  when?: (problem: Problem) => boolean
  /** The changes, planned from the resource as parsed; [] when there is nothing to do. */
  steps(scope: Scope): Step[]
  /** Every fix says what it does to the workload (the registry test checks that each one does). */
  effect?: FixEffect
  reason?: string
  /** A classification that depends on the resource (e.g. drop ALL is safe for a non-root process). */
  assess?: (scope: Scope) => Assessment
  /** See Fix.declines. */
  declines?: (scope: Scope) => string | null
  linuxOnly?: boolean
}

export function defineFix(def: FixDef): Fix {
  const effect = def.effect ?? 'may-break'
  const reason = def.reason ?? ''
  const scope = (ctx: FixContext) => scopeOf(ctx.resource, ctx.problem)
  const steps = (ctx: FixContext) => def.steps(scope(ctx))
  return {
    id: def.id,
    title: def.title,
    effect,
    reason,
    linuxOnly: def.linuxOnly === true,
    codes: def.codes,
    appliesTo: (p) => def.codes.includes(p.code) && (def.when?.(p) ?? true),
    steps,
    plan: (ctx) => planSteps(ctx.stream, ctx.resource.document, steps(ctx)),
    assess: (ctx) => def.assess?.(scope(ctx)) ?? { effect, reason },
    declines: (ctx) => def.declines?.(scope(ctx)) ?? null,
  }
}
