/** Test helpers for src/core/yaml (imported by tests only). */
import { existsSync, readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { JsonValue, Path, TextEdit } from '../types'
import { applyEdits, invertEdits, parseStream, planSet, type PlanOptions } from '../yaml'
import { jsonAt } from '../yaml/nodes'

/** A test file of this folder, or a walkthrough manifest (they exist once, in fixtures/walkthrough/). */
export function fixture(name: string): string {
  const here = new URL(`./${name}`, import.meta.url)
  const walkthrough = new URL(`../../../fixtures/walkthrough/${name}`, import.meta.url)
  return readFileSync(existsSync(here) ? here : walkthrough, 'utf8')
}

/** Lines joined with `\n`, with a final line break. */
export const lines = (...ls: string[]): string => ls.map((l) => l + '\n').join('')

/** A Pod `p` whose spec is `spec`: its lines as written under `spec:` (indented 2). */
export const podYaml = (...spec: string[]): string =>
  lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', ...spec)

/** A Deployment `web` whose pod template has the spec `spec`, written as in a Pod (podYaml) and indented 4 more. */
export const deploymentYaml = (...spec: string[]): string =>
  lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web}',
    'spec:',
    '  template:',
    '    spec:',
    ...spec.map((l) => '    ' + l),
  )

/** `text` with `added` right after `after`, which must occur in it exactly once (an insertion's expected text). */
export function inserted(text: string, after: string, added: string): string {
  const at = text.indexOf(after)
  if (at < 0 || text.includes(after, at + 1))
    throw new Error(`not exactly once in the text: ${JSON.stringify(after)}`)
  const end = at + after.length
  return text.slice(0, end) + added + text.slice(end)
}

/** The plain value at `path` of `document` after parsing `text`. */
export function readBack(text: string, document: number, path: Path): JsonValue | undefined {
  return jsonAt(parseStream(text).docs[document]?.parsed.json, path)
}

/**
 * Plans and applies one edit; checks that undo (inverted edits) restores the text byte for byte, that
 * the result parses without errors and that it reads back the value set (or nothing, after a delete).
 */
export function edit(
  text: string,
  document: number,
  path: Path,
  value: JsonValue | undefined,
  options?: PlanOptions,
): { out: string; edits: TextEdit[] } {
  const edits = planSet(parseStream(text), document, path, value, options)
  const out = applyEdits(text, edits)
  expect(applyEdits(out, invertEdits(text, edits))).toBe(text)
  expect(parseStream(out).errors).toEqual([])
  // (Deleting a sequence item shifts the next one into its index.)
  const shifts = value === undefined && typeof path[path.length - 1] === 'number'
  if (edits.length > 0 && !shifts) expect(readBack(out, document, path)).toEqual(value)
  return { out, edits }
}
