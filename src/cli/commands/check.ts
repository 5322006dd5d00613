/**
 * `check`: Pod Security Standards and API validation for every workload of every input, each workload at the
 * level and version PodSecurity would enforce on it (the flags, else its namespace's labels when the input has
 * that Namespace, else restricted:latest), printed as text, JSON, SARIF or GitHub workflow commands.
 */
import { analyze, type Analysis, type ResourceAnalysis } from '../../core/analyze'
import { enforcePolicy, namespacesIn, type EnforcePolicy, type PolicyChoice } from '../../core/pss/namespaces'
import type { AnalyzeOptions, Problem, PssLevel, PssResult } from '../../core/types'
import { DEFAULT_OPTIONS } from '../../core/types'
import { documentInfo, lineColAt, parseStream } from '../../core/yaml'
import { streamObjects } from '../../core/yaml/objects'
import type { CheckFormat, FailOn } from '../args'
import { githubCommands } from '../formats/github'
import { sarifLog } from '../formats/sarif'
import type { Input } from '../inputs'
import { load, type Loaded } from '../load'
import { platformAnalyzeOptions, sccEntry, sccLine, type PlatformOptions } from '../platform'
import type { Io } from '../io'
import { checkReport, type FileReport, type ResourceReport } from '../text/checkReport'
import { textWidth } from '../text/wrap'

export interface CheckOptions {
  /** null: not given (namespace labels, else restricted). */
  level: PssLevel | null
  /** null: not given (namespace labels, else latest). */
  version: string | null
  format: CheckFormat
  failOn: FailOn
  /** A file with no Kubernetes object at all is skipped, not bad input. */
  skipOtherYaml?: boolean
  /** `--platform` and the OpenShift flags (default kubernetes). */
  platform?: PlatformOptions
  /** `--image` and `--image-user`: the image assumed where a container's own is not a known one. */
  image?: string
  imageUser?: number
}

/** What an unlabelled namespace gets (the CLI's defaults, README "CLI"). */
const DEFAULTS = { level: 'restricted', version: 'latest' } as const

/** A problem as the reports need it: `check --json`'s fields and where its node ends. */
export interface ProblemReport {
  code: string
  source: string
  severity: string
  message: string
  path: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface CheckedResource extends ResourceReport {
  pss: ResourceReport['pss'] & { message: string }
  policy: EnforcePolicy
  problems: ProblemReport[]
  /** Under `--platform openshift`: SCC admission. */
  scc?: ReturnType<typeof sccEntry>['scc']
}

export interface CheckedFile extends FileReport {
  resources: CheckedResource[]
}

const pssJson = (p: PssResult) => ({
  level: p.level,
  version: p.version,
  allowed: p.allowed,
  message: p.message,
  violations: p.violations.map((v) => ({ check: v.check, reason: v.reason, detail: v.detail })),
})

function problemReport(text: string, p: Problem): ProblemReport {
  const { code, source, severity, message, path } = p
  const end = lineColAt(text, p.range[1])
  return {
    code,
    source,
    severity,
    message,
    path,
    ...lineColAt(text, p.range[0]),
    endLine: end.line,
    endColumn: end.column,
  }
}

function resourceReport(text: string, r: ResourceAnalysis, policy: EnforcePolicy): CheckedResource {
  const { kind, name, namespace, document } = r.resource
  const problems = r.problems.filter((p) => p.source !== 'yaml').map((p) => problemReport(text, p))
  const why = [policy.why, sccLine(r)].filter((x) => x).join('; ') || undefined
  return { kind, name, namespace, document, pss: pssJson(r.pss), policy, why, problems, ...sccEntry(r) }
}

/** Each resource judged at its own policy; the text is analysed once more per other policy the file needs. */
function checkedResources(
  analysis: Analysis,
  base: AnalyzeOptions,
  choice: PolicyChoice,
  namespaces: Namespaces,
) {
  const byPolicy = new Map<string, Analysis>([[`${base.level}:${base.version}`, analysis]])
  return analysis.resources.map((first, i) => {
    const policy = enforcePolicy(first.resource.namespace, namespaces, choice)
    const key = `${policy.level}:${policy.version}`
    let a = byPolicy.get(key)
    if (!a) {
      a = analyze(analysis.text, { ...base, level: policy.level, version: policy.version }, analysis)
      byPolicy.set(key, a)
    }
    return resourceReport(a.text, a.resources[i]!, policy)
  })
}

type Namespaces = ReturnType<typeof namespacesIn>

/**
 * Valid YAML none of whose documents names a kind or an apiVersion (a CI workflow, Helm values, a compose file):
 * what --skip-other-yaml skips. A document with only one of them is a broken manifest and stays an error.
 */
function otherYaml(text: string | null): boolean {
  if (text === null) return false
  const stream = parseStream(text)
  if (stream.errors.length) return false
  return documentInfo(stream).every((d) => d.empty || (d.kind === null && d.apiVersion === null))
}

export const SKIPPED = 'skipped: no Kubernetes object (--skip-other-yaml)'

/** Whether a resource's findings fail the run at `--fail-on`. */
export function fails(r: CheckedResource, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const counts = (s: string) => s === 'error' || (failOn === 'warning' && s === 'warning')
  return !r.pss.allowed || r.problems.some((p) => counts(p.severity))
}

/** `check --json`: the CLI's JSON contract (README "CLI"), each resource with its `policy` besides. */
function jsonOf(files: readonly CheckedFile[]) {
  return {
    files: files.map(({ file, error, resources, skipped }) => ({
      file,
      error,
      ...(skipped ? { skipped } : {}),
      resources: resources.map((r) => ({
        kind: r.kind,
        name: r.name,
        namespace: r.namespace,
        document: r.document,
        pss: r.pss,
        policy: r.policy,
        ...(r.scc ? { scc: r.scc } : {}),
        problems: r.problems.map(({ code, source, severity, message, path, line, column }) => ({
          code,
          source,
          severity,
          message,
          path,
          line,
          column,
        })),
      })),
    })),
  }
}

export function check(inputs: readonly Input[], o: CheckOptions, io: Io): number {
  const choice: PolicyChoice = { level: o.level, version: o.version, defaults: DEFAULTS }
  const base = {
    ...DEFAULT_OPTIONS,
    level: o.level ?? DEFAULTS.level,
    version: o.version ?? DEFAULTS.version,
    imageUser: o.imageUser ?? DEFAULT_OPTIONS.imageUser,
    ...(o.image === undefined ? {} : { image: o.image }),
    ...platformAnalyzeOptions(o.platform),
  }
  const loaded: Loaded[] = inputs.map((i) => load(i, base))
  const skipped = inputs.map(
    (input, i) => !!o.skipOtherYaml && loaded[i]!.error !== null && otherYaml(input.text),
  )
  const namespaces = namespacesIn(
    loaded.flatMap((l) => (l.analysis ? streamObjects(l.analysis.stream).map((s) => s.object) : [])),
  )
  const files: CheckedFile[] = loaded.map(({ file, analysis, error }, i) =>
    skipped[i]
      ? { file, error: null, resources: [], skipped: SKIPPED }
      : { file, error, resources: analysis ? checkedResources(analysis, base, choice, namespaces) : [] },
  )
  for (const f of files) if (f.error) io.stderr(`${f.error}\n`)
  const summary = { level: base.level, version: base.version }
  if (o.format === 'json') io.stdout(`${JSON.stringify(jsonOf(files), null, 2)}\n`)
  else if (o.format === 'sarif') io.stdout(`${JSON.stringify(sarifLog(files), null, 2)}\n`)
  else if (o.format === 'github') io.stdout(githubCommands(files, summary))
  else io.stdout(checkReport(files, summary, textWidth(io.columns)))
  if (files.some((f) => f.error)) return 2
  return files.some((f) => f.resources.some((r) => fails(r, o.failOn))) ? 1 : 0
}
