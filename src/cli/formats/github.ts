/**
 * `check --format github`: one GitHub Actions workflow command per finding
 * (`::error file=F,line=L,col=C,title=T::message`; no end position: GitHub keeps columns only on one-line annotations), so findings show as annotations on the
 * pull request, then the summary line as plain text. Escaping follows the runner's rules: in the message `%`,
 * CR and LF; in property values also `:` and `,`.
 */
import type { CheckedFile } from '../commands/check'
import { resourceTitle } from '../format'
import { displayName } from '../inputs'
import { summaryLine } from '../text/checkReport'
import { lookup } from '../../core/json'
import { PSS_CODES } from '../../core/pss/codes'
import { SOURCE_LABEL } from '../../core/problems'

/** Escapes the message (the data after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value (`file=`, `title=` …). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND: Readonly<Record<string, string>> = { error: 'error', warning: 'warning', info: 'notice' }
const checkOf = new Map<string, string>(PSS_CODES.map((c) => [c.code, c.check]))
const sources = new Map<string, string>(Object.entries(SOURCE_LABEL))

/** `::name prop=value,…::message` with every part escaped. */
export function workflowCommand(
  name: string,
  properties: readonly (readonly [string, string | number])[],
  message: string,
): string {
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

export function githubCommands(files: readonly CheckedFile[], o: { level: string; version: string }): string {
  const out: string[] = []
  for (const f of files) {
    const file = displayName(f.file)
    if (f.error) {
      const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(f.error.slice(file.length + 1))
      const at: [string, number][] = m
        ? [
            ['line', Number(m[1])],
            ['col', Number(m[2])],
          ]
        : []
      out.push(
        workflowCommand(
          'error',
          [['file', file], ...at, ['title', 'secctx: input not checked']],
          m?.[3] ?? f.error,
        ),
      )
      continue
    }
    for (const r of f.resources) {
      const policy = `${r.pss.level}:${r.pss.version}`
      for (const p of r.problems) {
        const check = checkOf.get(p.code)
        const title = check
          ? `PSS ${policy} ${check}`
          : `${sources.get(p.source) ?? p.source} ${p.severity} ${p.code}`
        const props: [string, string | number][] = [
          ['file', file],
          ['line', p.line],
          ['col', p.column],
          ['title', title],
        ]
        out.push(
          workflowCommand(
            lookup(COMMAND, p.severity) ?? 'notice',
            props,
            `${resourceTitle(r)}: ${p.message}`,
          ),
        )
      }
    }
  }
  out.push(summaryLine(files, o))
  return `${out.join('\n')}\n`
}
