/** The Kubernetes objects of a parsed stream as plain data: each document's root object and a List's items. */
import { isListKind } from '../k8s/workloads'
import type { JsonObject, JsonValue } from '../types'
import type { ParsedStream } from './stream'

export interface StreamObject {
  /** Index of the YAML document in the stream. */
  document: number
  object: JsonObject
}

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every object in document order (a List's items after the List itself, in item order). */
export function streamObjects(stream: ParsedStream): StreamObject[] {
  const out: StreamObject[] = []
  stream.docs.forEach(({ parsed }, document) => {
    const json = parsed.json
    if (!isObject(json)) return
    out.push({ document, object: json })
    if (!isListKind(json.kind) || !Array.isArray(json.items)) return
    for (const item of json.items) if (isObject(item)) out.push({ document, object: item })
  })
  return out
}
