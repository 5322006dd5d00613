/**
 * `check` as people read it: per file, per resource a one-line verdict, then each violated Pod Security check
 * and each problem once, repeats folded ("× 13") with every line:column listed, all wrapped to the width.
 */
import { SOURCE_LABEL } from '../../core/problems'
import { violationText } from '../../core/pss/evaluate'
import { plural, resourceTitle } from '../format'
import { displayName } from '../inputs'
import { byPlace, foldProblems, location, type LocatedProblem } from './fold'
import { wrap, wrapList } from './wrap'

/** A resource as `check --json` reports it (the fields the text needs). */
export interface ResourceReport {
  kind: string
  name: string | null
  namespace: string | null
  document: number
  pss: {
    level: string
    version: string
    allowed: boolean
    violations: readonly { check: string; reason: string; detail: string }[]
  }
  problems: readonly LocatedProblem[]
  /** Why the resource is judged at its level and version, when a Namespace of the input played a part. */
  why?: string
}

export interface FileReport {
  file: string
  error: string | null
  resources: readonly ResourceReport[]
  /** Why the file was not checked (--skip-other-yaml), when it was not. */
  skipped?: string
}

/** One line of findings: `PSS privileged × 5: <message>` and where it is. */
interface Finding {
  label: string
  message: string
  at: string[]
}

const SOURCES = new Map<string, string>(Object.entries(SOURCE_LABEL))
const IND = '    '
const HANG = '      '
const isApiError = (p: LocatedProblem) => p.source === 'api' && p.severity === 'error'
const times = (n: number) => (n > 1 ? ` × ${n}` : '')

/** Violations first (each with the locations of its PSS problems), then the other problems folded. */
export function findings(r: ResourceReport): Finding[] {
  const rest = [...r.problems]
  const out: Finding[] = []
  for (const v of r.pss.violations) {
    const message = violationText(v)
    const mine = rest.filter((p) => p.source === 'pss' && p.message === message)
    for (const p of mine) rest.splice(rest.indexOf(p), 1)
    mine.sort(byPlace)
    out.push({ label: `PSS ${v.check}`, message, at: mine.map(location) })
  }
  for (const f of foldProblems(rest)) {
    const label = `${SOURCES.get(f.source) ?? f.source} ${f.severity} ${f.code}`
    out.push({ label, message: f.message, at: f.at })
  }
  return out
}

function findingLines(f: Finding, width: number): string[] {
  const head = `${f.label}${times(f.at.length)}: ${f.message}`
  const lines = wrap(head, width, IND, HANG)
  if (f.at.length === 0) return lines
  // Locations that fit after the message end its last line; more go on lines of their own.
  const last = `${lines.at(-1)!} — at ${f.at.join(', ')}`
  if (last.length <= width) return [...lines.slice(0, -1), last]
  return [...lines, ...wrapList(f.at, width, `${HANG}at `, `${HANG}   `)]
}

/** The findings of a resource identical to an earlier one's: only the labels and where they are. */
function sameAsLines(fs: readonly Finding[], earlier: string, width: number): string[] {
  const out = wrap(`same findings as ${earlier}, here at:`, width, IND, HANG)
  for (const f of fs) {
    const head = `${HANG}${f.label}${times(f.at.length)}`
    if (f.at.length === 0) out.push(...wrap(`${head} (no location)`, width, '', `${HANG}  `))
    else out.push(...wrapList(f.at, width, `${head}: `, `${HANG}  `))
  }
  return out
}

function verdict(r: ResourceReport): string {
  const word = r.pss.allowed ? 'passes' : 'fails'
  const api = r.problems.filter(isApiError).length
  const why = r.why ? ` (${r.why})` : ''
  return `${word} ${r.pss.level}:${r.pss.version}${why}${api ? `, ${plural(api, 'API error')}` : ''}`
}

/**
 * `3 workloads checked against restricted:latest, 1 failing, 0 API errors`; when workloads were judged at
 * different levels (namespace labels), each level:version with its count: `against baseline:latest (2) and
 * restricted:latest (1)`.
 */
export function summaryLine(files: readonly FileReport[], o: { level: string; version: string }): string {
  const policies = new Map<string, number>()
  let resources = 0
  let failing = 0
  let apiErrors = 0
  for (const f of files) {
    if (f.error) continue
    for (const r of f.resources) {
      resources++
      if (!r.pss.allowed) failing++
      apiErrors += r.problems.filter(isApiError).length
      const key = `${r.pss.level}:${r.pss.version}`
      policies.set(key, (policies.get(key) ?? 0) + 1)
    }
  }
  const against =
    policies.size <= 1
      ? ([...policies.keys()][0] ?? `${o.level}:${o.version}`)
      : [...policies].map(([p, n]) => `${p} (${n})`).join(' and ')
  return [
    `${plural(resources, 'workload')} checked against ${against}`,
    `${failing} failing`,
    plural(apiErrors, 'API error'),
  ].join(', ')
}

/** Every file's resources with their findings, and the summary line. */
export function checkReport(
  files: readonly FileReport[],
  o: { level: string; version: string },
  width: number,
): string {
  const out: string[] = []
  for (const f of files) {
    const name = displayName(f.file)
    if (f.error) continue
    if (f.resources.length === 0) {
      out.push(...wrap(`${name}: ${f.skipped ?? 'no workloads'}`, width, '', '  '))
      continue
    }
    out.push(...wrap(name, width))
    // Resources of this file by what they print, so an identical one says "same findings as".
    const seen = new Map<string, string>()
    for (const r of f.resources) {
      const title = resourceTitle(r)
      out.push(...wrap(`${title}: ${verdict(r)}`, width, '  ', HANG))
      const fs = findings(r)
      if (fs.length === 0) continue
      const key = JSON.stringify([verdict(r), fs.map((x) => [x.label, x.message, x.at.length])])
      const earlier = seen.get(key)
      if (earlier !== undefined) out.push(...sameAsLines(fs, earlier, width))
      else {
        seen.set(key, title)
        for (const x of fs) out.push(...findingLines(x, width))
      }
    }
  }
  out.push(...wrap(summaryLine(files, o), width, '', '  '))
  return `${out.join('\n')}\n`
}
