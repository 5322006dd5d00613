/** Test helper: analyze a text, apply one fix to one problem, and return the new text. */
import { analyze, type Analysis } from '../analyze'
import { DEFAULT_OPTIONS, type AnalyzeOptions, type Problem } from '../types'
import { applyEdits } from '../yaml'
import { planFix } from './index'

/** The head of a Pod `demo`, down to `spec:` (kubectl style, indented 2). */
export const HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
`
/** One container `app` (busybox), to follow HEAD or pod-level fields. */
export const CTR = `  containers:
  - name: app
    image: busybox
`

export interface FixRun {
  text: string
  /** The problem the fix was applied to. */
  problem: Problem
  /** The analysis of the fixed text. */
  after: Analysis
}

export function runFix(
  text: string,
  code: string,
  id: string,
  options: Partial<AnalyzeOptions> = {},
  match: (p: Problem) => boolean = () => true,
): FixRun {
  const opts = { ...DEFAULT_OPTIONS, ...options }
  const a = analyze(text, opts)
  const problem = a.problems.find((p) => p.code === code && match(p))
  if (!problem) throw new Error(`no ${code} among ${a.problems.map((p) => p.code).join(', ')}`)
  if (!problem.fixes.some((f) => f.id === id)) {
    throw new Error(`${code} offers ${problem.fixes.map((f) => f.id).join(', ')}, not ${id}`)
  }
  const ra = a.resources[problem.resource!]!
  // Fixes select on the problem's code, node and data, never on its message: plan with the message blanked.
  const next = applyEdits(text, planFix(a.stream, ra.resource, { ...problem, message: '' }, id))
  return { text: next, problem, after: analyze(next, opts) }
}

/** The codes of the problems of a resource. */
export const codesOf = (a: Analysis, resource = 0): string[] =>
  a.problems.filter((p) => p.resource === resource).map((p) => p.code)
