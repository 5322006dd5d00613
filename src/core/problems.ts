/** The one table of every problem code: API validation, SCC admission, Pod Security, lints, YAML errors. */
import { LINT_CODES, type LintCodeId } from './lint/codes'
import { SCC_CODES, type SccCode } from './openshift/codes'
import { PSS_CODES, type PssCode } from './pss/codes'
import type { ProblemSource, Severity } from './types'
import { API_CODES, type ApiCode } from './validate/codes'

/** A YAML syntax error: `YAML_` + the yaml package's ErrorCode, or one of ours (YAML_NOT_KUBERNETES). */
export type YamlCode = `YAML_${string}`

/** Every problem code, as a union (like eemeli/yaml's ErrorCode): a typo in a fix's codes does not compile. */
export type ProblemCode = ApiCode | SccCode | PssCode | LintCodeId | YamlCode

export interface ProblemCodeInfo {
  code: ProblemCode
  source: ProblemSource
  title: string
  /** The usual severity (a few codes vary per finding, e.g. an unset vs explicit value). */
  severity: Severity
}

/** How each source is named to people (the Problems list, markers, the CLI). */
export const SOURCE_LABEL: Readonly<Record<ProblemSource, string>> = {
  yaml: 'YAML',
  api: 'API',
  scc: 'SCC',
  pss: 'PSS',
  lint: 'lint',
}

export const PROBLEM_CODES: readonly ProblemCodeInfo[] = [
  ...API_CODES.map((c): ProblemCodeInfo => ({ ...c, source: 'api' })),
  ...SCC_CODES.map((c): ProblemCodeInfo => ({ ...c, source: 'scc' })),
  ...PSS_CODES.map((c): ProblemCodeInfo => ({
    code: c.code,
    source: 'pss',
    title: c.title,
    severity: 'error',
  })),
  ...Object.values(LINT_CODES).map((c): ProblemCodeInfo => ({
    code: c.code,
    source: 'lint',
    title: c.title,
    severity: c.severity,
  })),
]

const BY_CODE = new Map<string, ProblemCodeInfo>(PROBLEM_CODES.map((c) => [c.code, c]))

/** The row of a code; YAML errors (`YAML_<parser code>`) are built on the fly. */
export function problemCodeInfo(code: string): ProblemCodeInfo | undefined {
  if (isYamlCode(code)) return { code, source: 'yaml', title: 'YAML syntax error', severity: 'error' }
  return BY_CODE.get(code)
}

const isYamlCode = (code: string): code is YamlCode => code.startsWith('YAML_')
