/**
 * k8s.io/apimachinery field.Path, field.Error and the error aggregate, printed exactly as SCC admission
 * prints them (apiserver-library-go vendor/k8s.io/apimachinery/pkg/util/validation/field/path.go
 * Path.String, errors.go Error.ErrorBody and ErrorList.ToAggregate, pkg/util/errors/errors.go
 * aggregate.Error).
 */
import { goQuote } from '../quote'
import type { Path } from '../types'

interface PathElem {
  name: string
  index: string
}
/** A field.Path: its elements from the root. */
export type FieldPath = readonly PathElem[]

/** field.NewPath(name, more...). */
export function newPath(name: string, ...more: string[]): FieldPath {
  return child([{ name, index: '' }], ...more)
}

/** Path.Child(name, more...). */
export function child(p: FieldPath, ...names: string[]): FieldPath {
  return [...p, ...names.map((name) => ({ name, index: '' }))]
}

/** Path.Index(i). */
export function index(p: FieldPath, i: number): FieldPath {
  return [...p, { name: '', index: String(i) }]
}

/** Path.Key(k). */
export function key(p: FieldPath, k: string): FieldPath {
  return [...p, { name: '', index: k }]
}

/** Path.String(): a dot before every named element but the root, `[index]` for unnamed ones. */
export function pathString(p: FieldPath): string {
  let out = ''
  p.forEach((e, i) => {
    if (i > 0 && e.name) out += '.'
    out += e.name ? e.name : `[${e.index}]`
  })
  return out
}

/** A Go value as field.Error's BadValue, with its static type where the printing depends on it. */
export type GoValue =
  | { kind: 'nil' }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'int64s'; value: readonly number[] | null }
  | { kind: 'caps'; value: readonly string[] | null }

export const goNil: GoValue = { kind: 'nil' }
export const goInt = (value: number): GoValue => ({ kind: 'int', value })
export const goBool = (value: boolean): GoValue => ({ kind: 'bool', value })
export const goStr = (value: string): GoValue => ({ kind: 'string', value })
/** A *int64 or *bool: nil prints as "null". */
export const goPtrBool = (value: boolean | null): GoValue => (value === null ? goNil : goBool(value))

/** `%#v` of a slice: `[]int64{1, 2}`, `[]int64{}`, `[]int64(nil)`. */
function goSlice(type: string, items: readonly string[] | null): string {
  return items === null ? `[]${type}(nil)` : `[]${type}{${items.join(', ')}}`
}

/**
 * ErrorBody's value part: nil (or a nil pointer) becomes the string "null" and prints quoted; int64, int32
 * and bool print with %v; strings with %q; anything else (slices here) with %#v.
 */
function badValue(v: GoValue): string {
  switch (v.kind) {
    case 'nil':
      return goQuote('null')
    case 'int':
      return String(v.value)
    case 'bool':
      return String(v.value)
    case 'string':
      return goQuote(v.value)
    case 'int64s':
      return goSlice('int64', v.value && v.value.map(String))
    case 'caps':
      return goSlice('core.Capability', v.value && v.value.map(goQuote))
  }
}

/** Where an error points in the input: the pod spec or the pod metadata, relative to it. */
export interface At {
  in: 'spec' | 'metadata'
  path: Path
}

/** A field.Error before the admission maps its location to a document path. */
export interface FieldErr {
  type: 'Invalid' | 'Required' | 'Forbidden'
  field: string
  message: string
  at: At | null
  /** field.Invalid's value, when it is a scalar. */
  value?: string | number | boolean
}

function make(type: FieldErr['type'], p: FieldPath, body: string, detail: string, at: At | null): FieldErr {
  const field = pathString(p)
  const full = detail ? `${body}: ${detail}` : body
  return { type, field, message: `${field}: ${full}`, at }
}

const scalarOf = (v: GoValue) =>
  v.kind === 'string' || v.kind === 'int' || v.kind === 'bool' ? { value: v.value } : {}

/** field.Invalid(path, value, detail). */
export function invalid(p: FieldPath, value: GoValue, detail: string, at: At | null = null): FieldErr {
  return { ...make('Invalid', p, `Invalid value: ${badValue(value)}`, detail, at), ...scalarOf(value) }
}

/** field.Required(path, detail). */
export function required(p: FieldPath, detail: string, at: At | null = null): FieldErr {
  return make('Required', p, 'Required value', detail, at)
}

/** field.Forbidden(path, detail). */
export function forbidden(p: FieldPath, detail: string, at: At | null = null): FieldErr {
  return make('Forbidden', p, 'Forbidden', detail, at)
}

/**
 * `%v` of ErrorList.ToAggregate(): duplicates (by message) dropped, one error alone, several as
 * `[a, b, ...]`; aggregate.Error drops duplicates again, which changes nothing after ToAggregate.
 */
export function aggregateMessage(messages: readonly string[]): string {
  const unique = [...new Set(messages)]
  if (unique.length === 0) return '<nil>'
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`
}

/** Go's `%v` of a []string: `[a b c]`. */
export function goStringList(items: readonly string[]): string {
  return `[${items.join(' ')}]`
}
