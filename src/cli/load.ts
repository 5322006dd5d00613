/** Text → Analysis, and the first reason the input is unusable (`file:line:column: message`), if any. */
import { analyze, type Analysis } from '../core/analyze'
import type { AnalyzeOptions } from '../core/types'
import { documentInfo, lineColAt } from '../core/yaml'
import { displayName, type Input } from './inputs'

export interface Loaded {
  file: string
  /** null when the input is unusable (then `error` says why). */
  analysis: Analysis | null
  error: string | null
}

function inputError(file: string, analysis: Analysis): string | null {
  const name = displayName(file)
  const yamlError = analysis.errors[0]
  if (yamlError) return `${name}:${yamlError.line}:${yamlError.column}: ${yamlError.message.split('\n')[0]}`
  const docs = documentInfo(analysis.stream).filter((d) => !d.empty)
  if (docs.length === 0) return `${name}:1:1: no Kubernetes object in the input`
  for (const d of docs) {
    if (d.kind !== null && d.apiVersion !== null) continue
    const { line, column } = lineColAt(analysis.text, d.range[0])
    const missing =
      d.kind === null && d.apiVersion === null
        ? 'apiVersion and kind'
        : d.kind === null
          ? 'kind'
          : 'apiVersion'
    return `${name}:${line}:${column}: not a Kubernetes object (no ${missing})`
  }
  return null
}

export function load(input: Input, options: AnalyzeOptions): Loaded {
  if (input.text === null) return { file: input.file, analysis: null, error: input.error }
  const analysis = analyze(input.text, options)
  const error = inputError(input.file, analysis)
  return { file: input.file, analysis: error ? null : analysis, error }
}
