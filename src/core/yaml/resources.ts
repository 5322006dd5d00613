import { WORKLOAD_POD_SPEC, isListKind, isWorkloadKind } from '../k8s/workloads'
import { CONTAINER_KINDS, CONTAINER_TYPE } from '../types'
import type { ContainerRef, JsonObject, JsonValue, Path, Range, Resource } from '../types'
import { contentEnd, isEmptyNode, jsonAt, resolvePath } from './nodes'
import type { ParsedDoc, ParsedStream } from './stream'
import { isObject, str as optionalStr } from '../json'

type LocalResource = Omit<Resource, 'document' | 'range'> & { range: Range }

export interface DocumentInfo {
  document: number
  /** `kind` when it is a string, else null (not a Kubernetes object). */
  kind: string | null
  apiVersion: string | null
  /** From the document's first content (or its `---` when empty) to its last content. */
  range: Range
  /** Nothing but comments or blanks (kubectl skips such documents). */
  empty: boolean
  /** Read from its text alone, not parsed (a big document that is not a workload: StreamOptions.lazyAbove). */
  skimmed: boolean
}

const str = (v: JsonValue | undefined): string | null => optionalStr(v) ?? null

/** Every resource carrying a pod spec, in document order (List items in item order). */
export function findResources(stream: ParsedStream): Resource[] {
  const out: Resource[] = []
  stream.docs.forEach(({ base, parsed }, document) => {
    for (const r of localResources(parsed)) {
      out.push({ ...r, document, range: [r.range[0] + base, r.range[1] + base] })
    }
  })
  return out
}

/**
 * findResources, spread out: yields after every `batch` documents it had to look into (documents kept from an
 * earlier parse remember their resources and cost nothing), so a fresh 10 MB paste is not one long task.
 */
export function* findResourcesSteps(
  stream: ParsedStream,
  batch = 100,
): Generator<{ done: number; total: number }, Resource[]> {
  let fresh = 0
  for (const [i, { parsed }] of stream.docs.entries()) {
    if (parsed.memo.has('resources')) continue
    localResources(parsed)
    if (++fresh % batch === 0) yield { done: i + 1, total: stream.docs.length }
  }
  return findResources(stream)
}

/**
 * A document's extent in its chunk: from the first byte of content (past `---` and comments), so a line number
 * names the object, to its last content. Kept with the parsed document (a keystroke re-measures only its own).
 */
function localExtent(parsed: ParsedDoc): Range {
  const memo = parsed.memo.get('extent') as Range | undefined
  if (memo) return memo
  const doc = parsed.doc
  const contents = doc && !isEmptyNode(doc.contents) ? doc.contents : null
  const extent: Range = parsed.skimmed
    ? parsed.skimmed.range
    : [
        contents ? contents.range[0] : doc ? doc.range[0] : 0,
        contents ? contentEnd(parsed.text, contents) : doc ? doc.range[1] : parsed.text.length,
      ]
  parsed.memo.set('extent', extent)
  return extent
}

/** Kind, apiVersion and extent of every document, so callers can skip empty and non-Kubernetes ones. */
export function documentInfo(stream: ParsedStream): DocumentInfo[] {
  return stream.docs.map(({ base, parsed }, document) => {
    const json = parsed.json
    const doc = parsed.doc
    const [start, end] = localExtent(parsed)
    return {
      document,
      kind: isObject(json) ? str(json.kind) : null,
      apiVersion: isObject(json) ? str(json.apiVersion) : null,
      range: [base + start, base + end],
      empty: doc !== null && isEmptyNode(doc.contents) && parsed.errors.length === 0,
      skimmed: parsed.skimmed !== undefined,
    }
  })
}

function localResources(parsed: ParsedDoc): LocalResource[] {
  const memo = parsed.memo.get('resources') as LocalResource[] | undefined
  if (memo) return memo
  const out: LocalResource[] = []
  const json = parsed.json
  if (parsed.doc && isObject(json)) {
    const one = (object: JsonObject, basePath: Path) => {
      const r = toResource(parsed, object, basePath)
      if (r) out.push(r)
    }
    one(json, [])
    if (isListKind(json.kind) && Array.isArray(json.items)) {
      json.items.forEach((item, i) => {
        if (isObject(item)) one(item, ['items', i])
      })
    }
  }
  parsed.memo.set('resources', out)
  return out
}

function toResource(parsed: ParsedDoc, object: JsonObject, basePath: Path): LocalResource | null {
  const kind = object.kind
  if (!isWorkloadKind(kind)) return null
  const where = WORKLOAD_POD_SPEC[kind]
  const podSpec = jsonAt(object, where.spec)
  const podMetadata = jsonAt(object, where.metadata)
  const metadata = object.metadata
  const spec = isObject(podSpec) ? podSpec : {}
  const containers: ContainerRef[] = []
  for (const k of CONTAINER_KINDS) {
    const list = spec[k]
    if (!Array.isArray(list)) continue
    list.forEach((c, index) => {
      const name = isObject(c) && typeof c.name === 'string' ? c.name : ''
      containers.push({ kind: k, type: CONTAINER_TYPE[k], index, name })
    })
  }
  return {
    basePath,
    kind,
    apiVersion: str(object.apiVersion),
    name: isObject(metadata) ? str(metadata.name) : null,
    namespace: isObject(metadata) ? str(metadata.namespace) : null,
    podSpecPath: where.spec,
    podMetadataPath: where.metadata,
    object,
    podSpec: spec,
    podMetadata: isObject(podMetadata) ? podMetadata : {},
    containers,
    range: nodeRange(parsed, basePath),
  }
}

function nodeRange(parsed: ParsedDoc, path: Path): Range {
  const { steps } = resolvePath(parsed.doc!, path)
  const node = steps.length === path.length + 1 ? steps[steps.length - 1].node : parsed.doc!.contents
  return node ? [node.range[0], contentEnd(parsed.text, node)] : [0, 0]
}
