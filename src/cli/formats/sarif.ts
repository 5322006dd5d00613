/**
 * `check --format sarif`: a SARIF 2.1.0 log (OASIS sarif-v2.1.0) with one run: the tool with one rule per problem
 * code, one result per finding (file as given, line and column in UTF-16 code units as the core counts them,
 * the upstream message), and an input that could not be read as a tool execution notification.
 */
import { displayName } from '../inputs'
import { SECCTX_VERSION } from '../version'
import type { CheckedFile } from '../commands/check'
import { resourceTitle } from '../format'
import { RULES, sarifLevel, type Rule } from './rules'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

interface Region {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

/** A path as given → a relative (or absolute-path) URI reference: `<stdin>` for `-`, `?` and `#` escaped too. */
export function artifactUri(file: string): string {
  return encodeURI(displayName(file).replaceAll('\\', '/')).replace(/[?#]/g, (c) => encodeURIComponent(c))
}

function physicalLocation(file: string, region: Region) {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region } }
}

/** `FILE:LINE:COLUMN: message` (an input error) → its place and message. */
function errorPlace(file: string, error: string): { region: Region; message: string } {
  const rest = error.startsWith(`${displayName(file)}:`) ? error.slice(displayName(file).length + 1) : error
  const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(rest)
  if (!m) return { region: { startLine: 1, startColumn: 1 }, message: error }
  return { region: { startLine: Number(m[1]), startColumn: Number(m[2]) }, message: m[3]! }
}

/** A rule for a code the table does not know (none today): its id, so every result names a rule. */
const bareRule = (code: string, severity: string): Rule => ({
  id: code,
  name: code,
  shortDescription: { text: code },
  fullDescription: { text: code },
  helpUri: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  defaultConfiguration: { level: sarifLevel(severity) },
  properties: { tags: ['security', 'kubernetes'] },
})

export function sarifLog(files: readonly CheckedFile[]) {
  const rules = [...RULES]
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const ruleIndex = (code: string, severity: string) => {
    let i = index.get(code)
    if (i === undefined) {
      i = rules.push(bareRule(code, severity)) - 1
      index.set(code, i)
    }
    return i
  }
  const results = files.flatMap((f) =>
    f.resources.flatMap((r) =>
      r.problems.map((p) => ({
        ruleId: p.code,
        ruleIndex: ruleIndex(p.code, p.severity),
        level: sarifLevel(p.severity),
        message: { text: p.message },
        locations: [
          {
            ...physicalLocation(f.file, {
              startLine: p.line,
              startColumn: p.column,
              endLine: p.endLine,
              endColumn: p.endColumn,
            }),
            logicalLocations: [{ fullyQualifiedName: resourceTitle(r), kind: 'object' }],
          },
        ],
        properties: {
          resource: { kind: r.kind, name: r.name, namespace: r.namespace, document: r.document },
          path: p.path,
          podSecurity: `${r.pss.level}:${r.pss.version}`,
          ...(r.policy.why ? { podSecurityWhy: r.policy.why } : {}),
        },
      })),
    ),
  )
  const notifications = files
    .filter((f) => f.error !== null)
    .map((f) => {
      const { region, message } = errorPlace(f.file, f.error!)
      return { level: 'error', message: { text: message }, locations: [physicalLocation(f.file, region)] }
    })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secctx',
            version: SECCTX_VERSION,
            semanticVersion: SECCTX_VERSION,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
}
