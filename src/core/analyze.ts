import { computeEffective } from './effective'
import type { Finding } from './findings'
import { fixesFor } from './fixes'
import { lintResource, lintStream } from './lint'
import { evaluatePss, pssFindings } from './pss'
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
import { findResources, parseStream, rangeOf, type ParsedStream } from './yaml'

export interface ResourceAnalysis {
  resource: Resource
  effective: ContainerEffective[]
  pss: PssResult
  /** The highest Pod Security level the resource passes at the selected version. */
  passes: PssLevel
  problems: Problem[]
}

export interface Analysis {
  text: string
  options: AnalyzeOptions
  stream: ParsedStream
  errors: YamlError[]
  resources: ResourceAnalysis[]
  /** Every problem: YAML errors first, then per resource in document order. */
  problems: Problem[]
}

function toProblem(stream: ParsedStream, resource: Resource, index: number, f: Finding): Problem {
  const base = { ...f, range: rangeOf(stream, resource.document, f.nodePath), resource: index }
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

function highestLevel(resource: Resource, version: string): PssLevel {
  if (evaluatePss(resource, 'restricted', version).allowed) return 'restricted'
  if (evaluatePss(resource, 'baseline', version).allowed) return 'baseline'
  return 'privileged'
}

/** The single entry: text (+ options) → everything the views show. Pure; never throws on bad input. */
export function analyze(
  text: string,
  options: AnalyzeOptions = DEFAULT_OPTIONS,
  previous?: Analysis,
): Analysis {
  const stream = parseStream(text, previous?.stream)
  const resources = findResources(stream)
  const analyses = resources.map((resource, index): ResourceAnalysis => {
    const pss = evaluatePss(resource, options.level, options.version)
    const findings = [
      ...validateResource(resource, options),
      ...pssFindings(resource, pss),
      ...lintResource(resource, options),
    ]
    return {
      resource,
      effective: computeEffective(resource, options),
      pss,
      passes: highestLevel(resource, options.version),
      problems: findings.map((f) => toProblem(stream, resource, index, f)),
    }
  })
  for (const f of lintStream(resources)) {
    const r = analyses[f.resource]
    if (r) r.problems.push(toProblem(stream, r.resource, f.resource, f))
  }
  const problems = [...stream.errors.map(yamlProblem), ...analyses.flatMap((r) => r.problems)]
  return { text, options, stream, errors: stream.errors, resources: analyses, problems }
}
