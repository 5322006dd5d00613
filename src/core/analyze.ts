import { apiserverRefusal, computeEffective, refuseAll } from './effective'
import type { Finding } from './findings'
import { fixesFor } from './fixes'
import { lintResource, lintStream } from './lint'
import { podView } from './pod'
import { admitResource, labelScc, openShiftContext, sccFindings, type OpenShiftContext } from './openshift'
import { evaluatePss, pssFindings } from './pss'
import type { SccAdmission } from './scc'
import type {
  AnalyzeOptions,
  ContainerEffective,
  Problem,
  PssLevel,
  PssResult,
  Resource,
  YamlError,
} from './types'
import { DEFAULT_OPTIONS } from './types'
import { validateResource } from './validate'
import {
  documentInfo,
  findResourcesSteps,
  parseStreamSteps,
  rangeOf,
  type DocumentInfo,
  type ParsedStream,
  type StreamOptions,
} from './yaml'

export interface ResourceAnalysis {
  resource: Resource
  effective: ContainerEffective[]
  pss: PssResult
  /** The highest Pod Security level the resource passes at the selected version. */
  passes: PssLevel
  problems: Problem[]
  /** What the checks found, before ranges and fixes were attached. */
  findings: Finding[]
  /** The problems of its own document only (without cross-resource lints); reused by incremental analysis. */
  ownProblems: Problem[]
  /** Under the openshift platform: SCC admission of the pod (every other check sees the pod it admitted). */
  scc?: SccAdmission
}

export interface Analysis {
  text: string
  options: AnalyzeOptions
  stream: ParsedStream
  errors: YamlError[]
  resources: ResourceAnalysis[]
  /** Every problem: YAML errors first, then per resource in document order. */
  problems: Problem[]
  /** Under the openshift platform: the namespaces and SCCs assumed (cluster documents of the input, options). */
  openshift?: OpenShiftContext
}

function toProblem(stream: ParsedStream, resource: Resource, index: number, f: Finding): Problem {
  const base = { ...f, range: rangeOf(stream, resource.document, f.nodePath, f.marker), resource: index }
  return { ...base, fixes: fixesFor(base) }
}

function yamlProblem(e: YamlError): Problem {
  return {
    code: `YAML_${e.code}`,
    source: 'yaml',
    severity: 'error',
    message: e.message,
    path: '',
    nodePath: [],
    range: [e.offset, e.offset + 1],
    resource: null,
    fixes: [],
  }
}

/** Documents that are not Kubernetes objects at all (no kind or apiVersion): said once, at the document. */
function notKubernetes(stream: ParsedStream, info: readonly DocumentInfo[]): Problem[] {
  const withErrors = new Set(stream.errors.map((e) => e.document))
  return info
    .filter((d) => !d.empty && !withErrors.has(d.document) && (d.kind === null || d.apiVersion === null))
    .map((d) => ({
      code: 'YAML_NOT_KUBERNETES',
      source: 'yaml' as const,
      severity: 'warning' as const,
      message: `Document ${d.document + 1} is not a Kubernetes object: it has no ${d.kind === null ? 'kind' : 'apiVersion'}.`,
      path: '',
      nodePath: [],
      range: [d.range[0], Math.min(d.range[1], d.range[0] + 200)] as const,
      resource: null,
      fixes: [],
    }))
}

/** A big document read from its text alone (StreamOptions.lazyAbove): a note, never an error. */
function notParsed({ document, kind, range: [start, end] }: DocumentInfo): Problem {
  const mb = ((end - start) / 1e6).toFixed(1)
  return {
    code: 'YAML_NOT_PARSED_IN_FULL',
    source: 'yaml',
    severity: 'info',
    message:
      `Document ${document + 1} (${kind === null ? '' : `${kind}, `}${mb} MB) was not parsed in full because of ` +
      'its size: it is not a workload, so only its kind, apiVersion and name were read, and YAML errors inside ' +
      'it are not reported here (the CLI parses every document in full).',
    path: '',
    nodePath: [],
    range: [start, Math.min(end, start + 200)],
    resource: null,
    fixes: [],
  }
}

/** The highest level the resource passes, reusing the verdict already computed for the selected level. */
function highestLevel(resource: Resource, version: string, selected: PssResult): PssLevel {
  const verdict = (level: PssLevel) =>
    level === selected.level ? selected.allowed : evaluatePss(resource, level, version).allowed
  if (verdict('restricted')) return 'restricted'
  if (verdict('baseline')) return 'baseline'
  return 'privileged'
}

/** The problems of an unchanged document, moved to where its text now starts (ranges lie inside it). */
function moveProblems(old: ResourceAnalysis, resource: Resource, index: number): Problem[] {
  const delta = resource.range[0] - old.resource.range[0]
  const own = old.ownProblems
  if (delta === 0 && index === own[0]?.resource) return own
  return own.map((p) => ({ ...p, resource: index, range: [p.range[0] + delta, p.range[1] + delta] }))
}

function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  return (
    a.runtime === b.runtime &&
    a.imageUser === b.imageUser &&
    a.image === b.image &&
    a.level === b.level &&
    a.version === b.version &&
    (a.platform ?? 'kubernetes') === (b.platform ?? 'kubernetes')
  )
}

/** Everything about one resource that depends only on its own document (so it can be reused as is). */
function analyzeResource(written: Resource, options: AnalyzeOptions, cluster?: OpenShiftContext) {
  // On OpenShift, SCC admission mutates the pod before anything else sees it (problems still point at the text).
  const admitted = cluster ? admitResource(written, cluster) : null
  const resource = admitted?.resource ?? written
  const pod = podView(resource)
  const pss = evaluatePss(resource, options.level, options.version)
  const api = validateResource(resource, options, pod)
  const scc = admitted ? sccFindings(written, admitted.scc) : []
  // An object the API server refuses never runs: no container of it has a process.
  const rejected = admitted?.scc.status === 'rejected' ? admitted.scc.message : null
  const refusal =
    apiserverRefusal(resource, api) ?? (rejected ? { by: 'apiserver' as const, message: rejected } : null)
  const mutated = computeEffective(resource, options, pod)
  const computed = admitted ? labelScc(mutated, computeEffective(written, options), admitted.scc) : mutated
  const effective = refusal ? refuseAll(computed, refusal) : computed
  const findings = [
    ...api,
    ...scc,
    ...pssFindings(resource, pss, pod),
    ...lintResource(resource, options, effective, pod),
  ]
  return {
    effective,
    pss,
    passes: highestLevel(resource, options.version, pss),
    findings,
    ...(admitted ? { scc: admitted.scc } : {}),
  }
}

/** How far a stepwise analysis has come: documents parsed, then resources analysed. */
export interface AnalyzeProgress {
  phase: 'parse' | 'analyze'
  done: number
  total: number
}

/**
 * The single entry: text (+ options) → everything the views show. Pure; never throws on bad input.
 * With `previous`, documents whose text did not change are not re-parsed, and (same options) not re-analysed:
 * their resources keep the same `object`, and only ranges are re-attached.
 */
export function analyze(
  text: string,
  options: AnalyzeOptions = DEFAULT_OPTIONS,
  previous?: Analysis,
  streamOptions?: StreamOptions,
): Analysis {
  const steps = analyzeSteps(text, options, previous, streamOptions)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * analyze, one unit of work at a time (a parsed document or an analysed resource), for spreading over frames.
 * `streamOptions.lazyAbove` skims big documents that are not workloads instead of parsing them (the app).
 */
export function* analyzeSteps(
  text: string,
  options: AnalyzeOptions = DEFAULT_OPTIONS,
  previous?: Analysis,
  streamOptions?: StreamOptions,
): Generator<AnalyzeProgress, Analysis> {
  const parse = parseStreamSteps(text, previous?.stream, streamOptions)
  let step = parse.next()
  for (; !step.done; step = parse.next()) yield { phase: 'parse', ...step.value }
  const stream = step.value
  const found = findResourcesSteps(stream)
  let scan = found.next()
  for (; !scan.done; scan = found.next()) yield { phase: 'parse', ...scan.value }
  const resources = scan.value
  const cluster = options.platform === 'openshift' ? openShiftContext(stream, options.openshift) : undefined
  const reuse = new Map<object, ResourceAnalysis>()
  if (previous && sameOptions(previous.options, options) && previous.openshift?.key === cluster?.key)
    for (const r of previous.resources) reuse.set(r.resource.object, r)
  const analyses: ResourceAnalysis[] = []
  for (const [index, resource] of resources.entries()) {
    const old = reuse.get(resource.object)
    if (old) {
      const ownProblems = moveProblems(old, resource, index)
      analyses.push({ ...old, resource, ownProblems, problems: [...ownProblems] })
      continue
    }
    const core = analyzeResource(resource, options, cluster)
    const ownProblems = core.findings.map((f) => toProblem(stream, resource, index, f))
    analyses.push({ resource, ...core, ownProblems, problems: [...ownProblems] })
    yield { phase: 'analyze', done: index + 1, total: resources.length }
  }
  for (const f of lintStream(resources)) {
    const r = analyses[f.resource]
    if (r) r.problems.push(toProblem(stream, r.resource, f.resource, f))
  }
  const info = documentInfo(stream)
  const problems = [
    ...stream.errors.map(yamlProblem),
    ...notKubernetes(stream, info),
    ...info.filter((d) => d.skimmed).map(notParsed),
    ...analyses.flatMap((r) => r.problems),
  ]
  const openshift = cluster ? { openshift: cluster } : {}
  return { text, options, stream, errors: stream.errors, resources: analyses, problems, ...openshift }
}
