/** The Kubernetes objects of a parsed stream as plain data: each document's root object and a List's items. */
import { isListKind } from '../k8s/workloads'
import type { JsonObject } from '../types'
import type { ParsedStream } from './stream'
import { isObject } from '../json'

export interface StreamObject {
  /** Index of the YAML document in the stream. */
  document: number
  object: JsonObject
}

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
