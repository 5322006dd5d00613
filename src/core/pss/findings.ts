/** pssFindings: one problem per (violation, offending node). */
import { problemData, type Finding } from '../findings'
import { containerAt, podView } from '../pod'
import type { Path, PssResult, Resource } from '../types'
import { formatFieldPath } from '../target'
import { pssCode } from './codes'
import { violationText } from './evaluate'

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i])

/** formatFieldPath, with map keys under `annotations` written `[key]` as the API server does. */
export function fieldPathOf(rel: Path): string {
  const i = rel.lastIndexOf('annotations')
  if (i < 0 || i !== rel.length - 2) return formatFieldPath(rel)
  return `${formatFieldPath(rel.slice(0, i + 1))}[${String(rel[i + 1])}]`
}

/**
 * One finding per node a violation's fields sit in (the field itself when written, else its nearest written
 * parent, where the marker goes); its data names the field, `unset` when it is not written. `pod`: the
 * resource's view when the caller has it (analyze does).
 */
export function pssFindings(resource: Resource, result: PssResult, pod = podView(resource)): Finding[] {
  const out: Finding[] = []
  for (const v of result.violations) {
    const fields = v.paths.length ? v.paths : [[...resource.basePath, ...resource.podSpecPath]]
    const seen: Path[] = []
    for (const field of fields) {
      const nodePath = pod.existing(field)
      if (seen.some((p) => samePath(p, nodePath))) continue
      seen.push(nodePath)
      const container = containerAt(resource, nodePath)
      out.push({
        code: pssCode(v.check),
        source: 'pss',
        severity: 'error',
        message: violationText(v),
        path: fieldPathOf(nodePath.slice(resource.basePath.length)),
        nodePath,
        ...(container ? { container } : {}),
        ...problemData(resource, field, v.values ? { values: v.values } : {}),
      })
    }
  }
  return out
}
