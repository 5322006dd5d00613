import { Composer, isAlias, isNode, isScalar, Parser, visit, type Document } from 'yaml'
import { isListKind, isWorkloadKind } from '../k8s/workloads'
import type { JsonObject, JsonValue, Range, YamlError } from '../types'
import { composeMessage, nestingError, tooDeepAt } from './depth'
import { summarizeErrors } from './errorSummary'
import { recordInexactNumbers } from './numbers'
import { documentToJson, PARSE_OPTIONS } from './options'
import { skimDocument } from './skim'
import { splitDocuments } from './split'

/**
 * An error with its offset relative to its chunk. A document keeps one: its first, saying how many more there are,
 * or that it is a Helm template (see summarizeErrors).
 */
export interface LocalError {
  code: string
  message: string
  offset: number
}

/** One parsed document; every offset inside is relative to the start of its chunk. */
export interface ParsedDoc {
  /** The source text of its chunk. */
  text: string
  /** null when the parser gave up (an internal failure turned into an error). */
  doc: Document.Parsed | null
  /** Plain data (aliases expanded under a cap); undefined when expansion failed. */
  json: JsonValue | undefined
  errors: LocalError[]
  /** Derived data computed on demand by other modules (style, resources). */
  memo: Map<string, unknown>
  /**
   * Set when the document was not parsed, only skimmed (see StreamOptions.lazyAbove): then `doc` is null, `json`
   * holds just its kind, apiVersion and metadata name and namespace, and this is its extent (first key to last
   * content).
   */
  skimmed?: { range: Range }
}

/** A parsed chunk of text: reused as is when the same text appears in the next parse. */
export interface ParsedChunk {
  text: string
  docs: ParsedDoc[]
}

export interface DocSlot {
  /** Offset of the document's chunk in the whole text. */
  base: number
  parsed: ParsedDoc
}

/** A parsed stream of YAML 1.1 documents. Treat as opaque outside src/core/yaml. */
export interface ParsedStream {
  text: string
  errors: YamlError[]
  /** Number of documents in the stream. */
  documentCount: number
  /** How it was read; a stream parsed from it (`previous`) is read the same way unless told otherwise. */
  readonly options: StreamOptions
  /** Internal: chunks with their base offsets, in text order. */
  readonly chunks: readonly { base: number; chunk: ParsedChunk }[]
  /** Internal: documents in stream order. */
  readonly docs: readonly DocSlot[]
}

export interface StreamOptions {
  /**
   * Documents longer than this many characters whose top-level `kind` (read from their text, see skimDocument)
   * names neither a workload kind nor a List are skimmed instead of parsed: they keep only their kind, apiVersion
   * and metadata name and namespace, which is all the analysis needs of them. Undefined (the default, and the
   * CLI's choice): every document is parsed in full, whatever its size.
   */
  lazyAbove?: number
}

/**
 * What the app skims above (StreamOptions.lazyAbove). One document's parse cannot be split over frames, and it
 * costs about 0.25 ms per KB (a 1.4 MB CustomResourceDefinition: 330 ms to 2.5 s in node on a busy 2-core machine),
 * so past this size it alone would break the 200 ms no-freeze budget (`npm run bench`: hostile pastes).
 */
export const LAZY_DOCUMENT_CHARS = 500_000

/**
 * Parses a stream of YAML 1.1 documents keeping source ranges. Never throws. Documents are parsed one by
 * one; with `previous`, every chunk whose text is unchanged is reused (only its base offset moves), and `options`
 * default to the previous stream's (so the text of a planned edit is read as the app read the text before it).
 */
export function parseStream(text: string, previous?: ParsedStream, options?: StreamOptions): ParsedStream {
  const steps = parseStreamSteps(text, previous, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * parseStream, one parsed chunk at a time: yields after each chunk it had to parse (reused chunks cost
 * nothing), with how many chunks are done out of how many, so a caller can spread a big parse over frames.
 */
export function* parseStreamSteps(
  text: string,
  previous?: ParsedStream,
  given?: StreamOptions,
): Generator<{ done: number; total: number }, ParsedStream> {
  const options = given ?? previous?.options ?? {}
  const pool = new Map<string, ParsedChunk[]>()
  for (const { chunk } of previous?.chunks ?? []) {
    // A skimmed chunk is reused only where it would be skimmed again (a parsed one always is).
    if (chunk.docs.some((d) => d.skimmed) && !(chunk.text.length > (options.lazyAbove ?? Infinity))) continue
    const same = pool.get(chunk.text)
    if (same) same.push(chunk)
    else pool.set(chunk.text, [chunk])
  }
  const chunks: { base: number; chunk: ParsedChunk }[] = []
  const docs: DocSlot[] = []
  const pieces = splitDocuments(text)
  for (const [i, piece] of pieces.entries()) {
    const source = text.slice(piece.start, piece.end)
    let chunk = pool.get(source)?.shift()
    if (!chunk) {
      chunk = (source.length > (options.lazyAbove ?? Infinity) && skimChunk(source)) || parseChunk(source)
      yield { done: i + 1, total: pieces.length }
    }
    chunks.push({ base: piece.start, chunk })
    for (const parsed of chunk.docs) docs.push({ base: piece.start, parsed })
  }
  const errors: YamlError[] = []
  let starts: number[] | undefined
  docs.forEach((slot, document) => {
    for (const e of slot.parsed.errors) {
      starts ??= lineStarts(text)
      const offset = Math.min(slot.base + e.offset, text.length)
      errors.push({ code: e.code, message: e.message, offset, ...lineColIn(starts, offset), document })
    }
  })
  return { text, errors, documentCount: docs.length, options, chunks, docs }
}

/**
 * A document that cannot carry a pod spec (its kind is not a workload kind or a List, or it has none), read from its
 * text alone; null when it may, or when its text does not tell.
 */
function skimChunk(text: string): ParsedChunk | null {
  const skim = skimDocument(text)
  if (!skim || isWorkloadKind(skim.kind) || isListKind(skim.kind)) return null
  const data = (entries: [string, JsonValue][]): JsonObject =>
    Object.assign(
      Object.create(null) as JsonObject,
      Object.fromEntries(entries.filter(([, v]) => v !== null)),
    )
  const metadata = data([
    ['name', skim.name],
    ['namespace', skim.namespace],
  ])
  const json = data([
    ['apiVersion', skim.apiVersion],
    ['kind', skim.kind],
    ['metadata', Object.keys(metadata).length > 0 ? metadata : null],
  ])
  return {
    text,
    docs: [{ text, doc: null, json, errors: [], memo: new Map(), skimmed: { range: skim.range } }],
  }
}

/** yaml's parseAllDocuments in its two steps, with the nesting limit (depth.ts) checked between them. */
function parseChunk(text: string): ParsedChunk {
  let parsed: Document.Parsed[]
  let composer: Composer
  try {
    const tokens = Array.from(new Parser().parse(text))
    const deep = tooDeepAt(tokens)
    if (deep >= 0) return { text, docs: [unparsed(text, nestingError(deep))] }
    composer = new Composer(PARSE_OPTIONS)
    parsed = Array.from(composer.compose(tokens))
  } catch (e) {
    return { text, docs: [failedDoc(text, 'PARSE_FAILED', e)] }
  }
  if (parsed.length === 0) {
    const errors = composer.streamInfo().errors
    return { text, docs: errors.length > 0 ? [failedDoc(text, errors[0].code, errors[0])] : [] }
  }
  return { text, docs: parsed.map((doc) => parsedDoc(text, doc)) }
}

function parsedDoc(text: string, doc: Document.Parsed): ParsedDoc {
  let exhausted = false
  const errors: LocalError[] = []
  for (const e of doc.errors) {
    // The parser may run out of stack more than once on the same nesting (how often depends on the engine's
    // stack): that is one error.
    if (e.code === 'RESOURCE_EXHAUSTION' && exhausted) continue
    exhausted ||= e.code === 'RESOURCE_EXHAUSTION'
    errors.push({ code: e.code, message: composeMessage(e.code, e.message), offset: e.pos[0] })
  }
  let json: JsonValue | undefined
  try {
    const bad = collectionKey(doc)
    if (bad) errors.push(bad)
    else json = documentToJson(doc)
  } catch (e) {
    json = undefined
    errors.push(aliasError(doc, e))
  }
  recordInexactNumbers(text, doc, json)
  const [from, , to] = doc.range
  return { text, doc, json, errors: summarizeErrors(text, from, to, errors), memo: new Map() }
}

/**
 * A map key that is a collection (`? [a, b]`, `{{{`): Kubernetes rejects those, and turning one into
 * a string costs time exponential in its depth, so such a document gets no plain data.
 */
function collectionKey(doc: Document.Parsed): LocalError | null {
  let found: LocalError | null = null
  visit(doc, {
    Pair(_, pair) {
      let key = pair.key
      if (isAlias(key)) key = key.resolve(doc) ?? null
      if (key === null || isScalar(key)) return
      const at = isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0
      found = { code: 'NON_SCALAR_KEY', message: 'Map keys must be strings, numbers or booleans', offset: at }
      return visit.BREAK
    },
  })
  return found
}

function aliasError(doc: Document.Parsed, e: unknown): LocalError {
  const message = e instanceof Error ? e.message : String(e)
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message)
  let offset = doc.contents?.range[0] ?? 0
  let found = false
  visit(doc, {
    Alias(_, node) {
      if (found || (unresolved && node.source !== unresolved[1])) return
      found = true
      if (isAlias(node) && node.range) offset = node.range[0]
      return visit.BREAK
    },
  })
  const code = unresolved ? 'UNRESOLVED_ALIAS' : /alias count/i.test(message) ? 'ALIAS_LIMIT' : 'TO_JS_FAILED'
  return { code, message, offset }
}

function failedDoc(text: string, code: string, e: unknown): ParsedDoc {
  const message = e instanceof Error ? e.message : String(e)
  const offset = typeof e === 'object' && e && 'pos' in e && Array.isArray(e.pos) ? Number(e.pos[0]) : 0
  return unparsed(text, { code, message, offset })
}

/** A document that was not composed: only its error. */
function unparsed(text: string, error: LocalError): ParsedDoc {
  return { text, doc: null, json: undefined, errors: [error], memo: new Map() }
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 1-based line and column of an offset, by binary search over line starts. */
export function lineColIn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 }
}

let memoText: string | undefined
let memoStarts: number[] = [0]

/** 1-based line and column of a UTF-16 offset (line starts of the last text asked about are kept). */
export function lineColAt(text: string, offset: number): { line: number; column: number } {
  if (text !== memoText) {
    memoText = text
    memoStarts = lineStarts(text)
  }
  return lineColIn(memoStarts, offset)
}
