/**
 * The only importer of 'yaml'. STUB signatures — being implemented (issue 2, core/yaml).
 */
import type { JsonValue, Path, Range, Resource, TextEdit, YamlError } from '../types'

export { applyEdits, diffEdit, invertEdits } from './applyEdits'

/** A parsed stream of YAML 1.1 documents. Treat as opaque outside src/core/yaml. */
export interface ParsedStream {
  text: string
  errors: YamlError[]
  /** Number of documents in the stream. */
  documentCount: number
}

/** Parses a stream of YAML 1.1 documents keeping source ranges. Never throws. */
export function parseStream(text: string, _previous?: ParsedStream): ParsedStream {
  return { text, errors: [], documentCount: 0 }
}

/** Every resource carrying a pod spec, in document order (List items in item order). */
export function findResources(_stream: ParsedStream): Resource[] {
  return []
}

/** The node at `path` in `document`, or the nearest existing ancestor's key when it is missing. */
export function rangeOf(_stream: ParsedStream, _document: number, _path: Path): Range {
  return [0, 0]
}

export interface PlanOptions {
  /** After a delete, remove ancestor maps/sequences left empty while their path is longer than this. */
  pruneEmptyAbove?: number
}

/**
 * Minimal edits that set (or, with `undefined`, delete) the value at `path` of `document`.
 * Missing parent maps are created with the document's own indentation and sequence style.
 */
export function planSet(
  _stream: ParsedStream,
  _document: number,
  _path: Path,
  _value: JsonValue | undefined,
  _options?: PlanOptions,
): TextEdit[] {
  return []
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let last = -1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    last = i
  }
  return { line, column: offset - last }
}
