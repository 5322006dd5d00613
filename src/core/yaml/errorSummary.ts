import type { LocalError } from './stream'

/** What a document with template actions that break it is told, instead of the parser's errors. */
export const HELM_MESSAGE = 'This looks like a Helm template: render it with `helm template` first'

/** A Go template action on one line: `{{ .Values.x }}`, `{{- include "x" . }}`, `{{ end }}`, a template comment. */
const ACTION = /\{\{-?\s*[.$/("A-Za-z_][^\n]*?\}\}/g

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1

/**
 * Where each line holding a template action (outside a comment) starts, in `text` from `from` to `to`, and the
 * first action's offset.
 */
function templateLines(text: string, from: number, to: number): { lines: Set<number>; first: number } | null {
  const lines = new Set<number>()
  let first = -1
  ACTION.lastIndex = from
  for (let m = ACTION.exec(text); m && m.index < to; m = ACTION.exec(text)) {
    const start = lineStart(text, m.index)
    if (text.slice(start, m.index).trimStart().startsWith('#')) continue
    lines.add(start)
    if (first < 0) first = m.index
  }
  return first < 0 ? null : { lines, first }
}

/** `message` with `… and N more errors in this document` at the end of its first line. */
export function withMoreCount(message: string, more: number): string {
  if (more <= 0) return message
  const nl = message.indexOf('\n')
  const head = nl < 0 ? message : message.slice(0, nl)
  const tail = nl < 0 ? '' : message.slice(nl)
  return `${head} … and ${more} more ${more === 1 ? 'error' : 'errors'} in this document${tail}`
}

/**
 * One error for a broken document, so a reader sees what to fix first instead of a cascade: when an error sits on a
 * line with a template action (`{{ ... }}`), the document is a Helm template and is named as one (at its first
 * action); otherwise its first error (by position) says how many more there are. `errors` come in the parser's
 * order; `from`..`to` is the document's extent in `text`.
 */
export function summarizeErrors(
  text: string,
  from: number,
  to: number,
  errors: readonly LocalError[],
): LocalError[] {
  if (errors.length === 0) return []
  const template = text.includes('{{') ? templateLines(text, from, to) : null
  if (template && errors.some((e) => template.lines.has(lineStart(text, e.offset)))) {
    return [{ code: 'HELM_TEMPLATE', message: HELM_MESSAGE, offset: template.first }]
  }
  const first = errors.reduce((a, b) => (b.offset < a.offset ? b : a))
  return [{ ...first, message: withMoreCount(first.message, errors.length - 1) }]
}
