/** `check`: Pod Security Standards and API validation for every workload of every input. */
import type { Problem, PssResult } from '../../core/types'
import { DEFAULT_OPTIONS, type PssLevel } from '../../core/types'
import { lineColAt } from '../../core/yaml'
import type { Input } from '../inputs'
import { load } from '../load'
import type { Io } from '../run'
import { checkReport } from '../text/checkReport'
import { textWidth } from '../text/wrap'

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
  else io.stdout(checkReport(files, o, textWidth(io.columns)))
  return bad ? 2 : found ? 1 : 0
}
