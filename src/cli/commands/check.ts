/** `check`: Pod Security Standards and API validation for every workload of every input. */
import type { Problem, PssResult } from '../../core/types'
import { DEFAULT_OPTIONS, type PssLevel } from '../../core/types'
import { lineColAt } from '../../core/yaml'
import { plural, resourceTitle, table } from '../format'
import { displayName, type Input } from '../inputs'
import { load } from '../load'
import type { Io } from '../run'

export interface CheckOptions {
  level: PssLevel
  version: string
  json: boolean
}

const pssJson = (p: PssResult) => ({
  level: p.level,
  version: p.version,
  allowed: p.allowed,
  message: p.message,
  violations: p.violations.map((v) => ({ check: v.check, reason: v.reason, detail: v.detail })),
})

const problemJson = (text: string, p: Problem) => ({
  code: p.code,
  source: p.source,
  severity: p.severity,
  message: p.message,
  path: p.path,
  ...lineColAt(text, p.range[0]),
})

export function check(inputs: readonly Input[], o: CheckOptions, io: Io): number {
  const loaded = inputs.map((i) => load(i, { ...DEFAULT_OPTIONS, level: o.level, version: o.version }))
  let bad = false
  let found = false
  const files = loaded.map(({ file, analysis, error }) => {
    if (error) {
      bad = true
      io.stderr(`${error}\n`)
    }
    const resources = (analysis?.resources ?? []).map((r) => {
      const problems = r.problems.filter((p) => p.source !== 'yaml')
      if (!r.pss.allowed || problems.some((p) => p.source === 'api' && p.severity === 'error')) found = true
      const { kind, name, namespace, document } = r.resource
      return {
        kind,
        name,
        namespace,
        document,
        pss: pssJson(r.pss),
        problems: problems.map((p) => problemJson(analysis!.text, p)),
      }
    })
    return { file, error, resources }
  })
  if (o.json) io.stdout(`${JSON.stringify({ files }, null, 2)}\n`)
  else io.stdout(readable(files, loaded, o))
  return bad ? 2 : found ? 1 : 0
}

type FileOut = {
  file: string
  error: string | null
  resources: { pss: ReturnType<typeof pssJson>; problems: ReturnType<typeof problemJson>[] }[]
}

function readable(files: FileOut[], loaded: ReturnType<typeof load>[], o: CheckOptions): string {
  const out: string[] = []
  let resources = 0
  let failing = 0
  let apiErrors = 0
  files.forEach((f, i) => {
    const name = displayName(f.file)
    const analysis = loaded[i]!.analysis
    if (!f.error && f.resources.length === 0) out.push(`${name}: no workloads`)
    f.resources.forEach((r, j) => {
      resources++
      if (!r.pss.allowed) failing++
      apiErrors += r.problems.filter((p) => p.source === 'api' && p.severity === 'error').length
      const title = resourceTitle(analysis!.resources[j]!.resource)
      const verdict = r.pss.allowed ? `passes ${r.pss.level}:${r.pss.version}` : r.pss.message
      out.push(`${name}: ${title}: ${verdict}`)
      const rows = r.problems.map((p) => [
        `${name}:${p.line}:${p.column}`,
        p.source,
        p.severity,
        p.code,
        p.message,
      ])
      out.push(...table(rows, '  '))
    })
  })
  const summary = [`${plural(resources, 'workload')} checked against ${o.level}:${o.version}`]
  summary.push(`${failing} failing`, plural(apiErrors, 'API error'))
  out.push(summary.join(', '))
  return `${out.join('\n')}\n`
}
