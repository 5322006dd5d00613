import { parseDocument } from 'yaml'
import type { JsonValue, Range } from '../types'
import { documentToJson, PARSE_OPTIONS } from './options'
import { str as optionalStr } from '../json'

/** What the text of a document says about it without parsing it in full. */
export interface Skim {
  /** null when the document has no `kind` (or `kind: null`). */
  kind: JsonValue
  apiVersion: string | null
  name: string | null
  namespace: string | null
  /** Local offsets: from its first top-level key to the end of its last line of content. */
  range: Range
}

interface Line {
  start: number
  /** End of the line's content (before `\r\n` or `\n`). */
  end: number
}

/** The line starting at `start` (a line start). */
function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start)
  if (nl === -1) return { start, end: text.length }
  return { start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl }
}

/** The start of the line after `line`, or -1 at the end of the text. */
function after(text: string, line: Line): number {
  const nl = text.indexOf('\n', line.end)
  return nl === -1 || nl + 1 >= text.length ? -1 : nl + 1
}

/** Offset of the first character of a line that is not a space or a tab (its end when there is none). */
function contentStart(text: string, line: Line): number {
  let i = line.start
  for (let c = text.charCodeAt(i); i < line.end && (c === 32 || c === 9); c = text.charCodeAt(++i));
  return i
}

const indentOf = (text: string, line: Line): number => contentStart(text, line) - line.start
const isBlank = (text: string, line: Line): boolean => contentStart(text, line) === line.end
const isComment = (text: string, line: Line): boolean => text.charCodeAt(contentStart(text, line)) === 35
/** Content that is neither blank nor a comment. */
const hasContent = (text: string, line: Line): boolean => !isBlank(text, line) && !isComment(text, line)

const DOUBLE_KEY = /^"((?:[^"\\]|\\.)*)"[ \t]*:(?=[ \t]|$)/
const SINGLE_KEY = /^'((?:[^']|'')*)'[ \t]*:(?=[ \t]|$)/
// A plain key: not starting with an indicator (`-`, `?`, `<<`, `[`, `{`, `&`, `*`, `!`, `|`, `>`, ...), up to the
// first `:` followed by a blank (a plain scalar cannot hold `: `).
const PLAIN_KEY = /^([^\s#'"?:\-[\]{},&*!|>%@`<](?:[^:]|:(?![ \t]|$))*?)[ \t]*:(?=[ \t]|$)/

/** The key of a simple `key: ...` line, or null when the line is anything else (or too clever to read here). */
function keyOf(line: string): string | null {
  const q = DOUBLE_KEY.exec(line)
  if (q) return q[1].includes('\\') ? null : q[1]
  const s = SINGLE_KEY.exec(line)
  if (s) return s[1].replaceAll("''", "'")
  const p = PLAIN_KEY.exec(line)
  return p && !/[ \t]#/.test(p[1]) ? p[1] : null
}

/**
 * The value of the one-line mapping `key: value` written on `line` at `indent`, or undefined when the value does
 * not end on that line (a multi-line scalar, a nested block) or is not plain data.
 */
function valueOf(text: string, line: Line, indent: number): JsonValue | undefined {
  // A value may go on over more indented lines (a multi-line scalar, a nested block, a value below the key).
  for (let at = after(text, line); at !== -1;) {
    const next = lineAt(text, at)
    if (hasContent(text, next)) {
      if (indentOf(text, next) > indent) return undefined
      break
    }
    at = after(text, next)
  }
  const doc = parseDocument(text.slice(line.start + indent, line.end), PARSE_OPTIONS)
  if (doc.errors.length > 0) return undefined
  try {
    const json = documentToJson(doc)
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
    const values = Object.values(json)
    return values.length === 1 ? values[0] : undefined
  } catch {
    return undefined // an alias to an anchor elsewhere
  }
}

const str = (v: JsonValue | undefined): string | null => optionalStr(v) ?? null

function hasBareCr(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return true
  }
  return false
}

/** The start of the next line after `from` that begins with something other than a blank, a tab or `#`, or -1. */
function nextTopLine(text: string, from: number): number {
  for (let nl = text.indexOf('\n', from); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    const c = text.charCodeAt(nl + 1)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 35 && nl + 1 < text.length) return nl + 1
  }
  return -1
}

/** A letter, digit, `_`, `/`, `$` or non-ASCII: a line starting so is a plain key (or a syntax error). */
function plainStart(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 47 ||
    c === 36 ||
    c > 127
  )
}

/**
 * Whether a line at column 0 after the first key needs a look: any key but a plain one other than kind, apiVersion
 * and metadata (those cannot change what is read here), so a flat 10 MB mapping costs one test per line.
 */
function mayMatter(text: string, start: number): boolean {
  if (!plainStart(text.charCodeAt(start))) return true
  return (
    text.startsWith('kind', start) ||
    text.startsWith('apiVersion', start) ||
    text.startsWith('metadata', start)
  )
}

/**
 * Reads a document's top-level `kind`, `apiVersion` and `metadata.name`/`namespace` from its text without building
 * it, looking only at the lines that start at column 0 (and at `metadata`'s own lines): for a document too long to
 * parse at once when all that matters is whether it is a workload. Only a block mapping at column 0 qualifies,
 * with `kind` (if any) written once, its value on its own line. Null when the text is anything else (a sequence, a
 * flow or JSON document, a top-level block scalar, a `<<` merge, a `?` key, a quoted key with escapes, a bare `\r`
 * line break, a multi-line `kind`): then only a full parse can tell.
 */
export function skimDocument(text: string): Skim | null {
  if (hasBareCr(text)) return null // a bare CR is a line break to YAML, not to this reader
  const top = new Map<string, Line>() // kind / apiVersion / metadata → their line
  let first = -1
  let metadataEnd = -1 // where the block under `metadata:` ends (the next line at column 0)
  for (let start = 0; start !== -1; start = nextTopLine(text, start)) {
    if (top.has('metadata') && metadataEnd === -1) metadataEnd = start
    if (first !== -1 && !mayMatter(text, start)) continue
    const line = lineAt(text, start)
    if (!hasContent(text, line)) continue // the text's first line, blank or a comment
    const head = text.slice(start, Math.min(line.end, start + 1000))
    if (first === -1) {
      if (start > 0 && /^[ \t]+[^ \t\r\n#]/m.test(text.slice(0, start))) return null // indented content first
      if (head[0] === '%') continue // a directive
      if (/^---(?=[ \t]|$)/.test(head)) {
        if (/^---[ \t]*(?:#.*)?$/.test(head)) continue
        return null // `--- |`, `--- !tag`, `--- {`: not a block mapping
      }
    }
    if (/^(?:---|\.\.\.)(?=[ \t]|$)/.test(head)) break // the document's end
    const key = keyOf(head)
    if (key === null) return null
    if (first === -1) first = start
    if (key !== 'kind' && key !== 'apiVersion' && key !== 'metadata') continue
    if (top.has(key)) return null // a duplicate key: a full parse reports it
    top.set(key, line)
  }
  if (first === -1) return null // nothing but comments: cheap to parse
  const kindLine = top.get('kind')
  const kind = kindLine ? valueOf(text, kindLine, 0) : null
  if (kind === undefined) return null // written, but not in a way read here
  const apiLine = top.get('apiVersion')
  const apiVersion = apiLine ? valueOf(text, apiLine, 0) : null
  if (apiVersion === undefined) return null // written, but not in a way read here
  const meta = top.get('metadata')
  const metadata = meta ? readMetadata(text, meta, metadataEnd === -1 ? text.length : metadataEnd) : {}
  return {
    kind,
    apiVersion: str(apiVersion),
    name: str(metadata.name),
    namespace: str(metadata.namespace),
    range: [first, contentEnd(text)],
  }
}

/** `name` and `namespace` from the lines of `metadata` (`line`, up to `end`). */
function readMetadata(text: string, line: Line, end: number): { name?: JsonValue; namespace?: JsonValue } {
  const out: { name?: JsonValue; namespace?: JsonValue } = {}
  const inline = valueOf(text, line, 0) // `metadata: {name: x}`
  if (typeof inline === 'object' && inline !== null && !Array.isArray(inline)) {
    if (Object.hasOwn(inline, 'name')) out.name = inline.name
    if (Object.hasOwn(inline, 'namespace')) out.namespace = inline.namespace
    return out
  }
  let indent = -1
  for (let at = after(text, line); at !== -1 && at < end;) {
    const child = lineAt(text, at)
    at = after(text, child)
    if (!hasContent(text, child)) continue
    const i = indentOf(text, child)
    if (indent === -1) indent = i
    if (i !== indent) continue
    const key = keyOf(text.slice(child.start + i, Math.min(child.end, child.start + i + 1000)))
    if ((key === 'name' || key === 'namespace') && !Object.hasOwn(out, key))
      out[key] = valueOf(text, child, i)
  }
  return out
}

/** The end of the last line with content (not blank, not a comment), before a closing `...` if any. */
function contentEnd(text: string): number {
  let end = text.length
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = lineAt(text, start)
    if (hasContent(text, line) && !/^\.\.\.(?=[ \t]|$)/.test(text.slice(start, start + 4))) {
      let e = line.end
      while (e > start && /[ \t]/.test(text[e - 1])) e--
      return e
    }
    end = start - 1
  }
  return 0
}
