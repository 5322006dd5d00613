import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture, readBack } from '../testdata/kit'
import { securityContextPath } from '../target'
import type { JsonValue, Path, Target } from '../types'
import { isCollection } from 'yaml'
import { applyEdits, findResources, invertEdits, parseStream, planSet, type ParsedStream } from '.'

const FIXTURES = [
  'security-context.yaml',
  'security-context-2.yaml',
  'security-context-3.yaml',
  'security-context-4.yaml',
  'multi-doc.yaml',
  'deployment-kubectl.yaml',
  'indent4.yaml',
  'crlf.yaml',
  'flow-map.yaml',
  'json-pod.yaml',
  'list.yaml',
  'cronjob.yaml',
  'anchors.yaml',
]

const caps = fc.uniqueArray(
  fc.constantFrom('ALL', 'NET_ADMIN', 'SYS_TIME', 'CHOWN', 'NET_RAW', 'on', 'y', '0644'),
  {
    maxLength: 4,
  },
)
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('s0:c1,c2', 'yes', '~', '', '*a', '# x', 'a: b'),
)
const uid = fc.integer({ min: 0, max: 2147483647 })

/** A securityContext field (path inside it) and a value for it, or undefined to clear it. */
const fieldEdit = (pod: boolean): fc.Arbitrary<[Path, JsonValue | undefined]> => {
  const common: fc.Arbitrary<[Path, JsonValue]>[] = [
    fc.tuple(fc.constantFrom(['runAsUser'], ['runAsGroup']), uid),
    fc.tuple(fc.constant(['runAsNonRoot']), fc.boolean()),
    fc.tuple(
      fc.constant(['seccompProfile']),
      fc.record({ type: fc.constantFrom('RuntimeDefault', 'Unconfined') }),
    ),
    fc.tuple(fc.constant(['seccompProfile', 'type']), fc.constantFrom('RuntimeDefault', 'Localhost')),
    fc.tuple(fc.constant(['seLinuxOptions', 'level']), text),
  ]
  const only: fc.Arbitrary<[Path, JsonValue]>[] = pod
    ? [
        fc.tuple(fc.constant(['fsGroup']), uid),
        fc.tuple(fc.constant(['supplementalGroups']), fc.array(uid, { maxLength: 3 })),
        fc.tuple(
          fc.constant(['sysctls']),
          fc.uniqueArray(
            fc.record({
              name: fc.constantFrom('kernel.shm_rmid_forced', 'net.core.somaxconn'),
              value: fc.constantFrom('0', '1024'),
            }),
            { maxLength: 2, selector: (s) => s.name },
          ),
        ),
      ]
    : [
        fc.tuple(
          fc.constantFrom(['allowPrivilegeEscalation'], ['privileged'], ['readOnlyRootFilesystem']),
          fc.boolean(),
        ),
        fc.tuple(fc.constantFrom(['capabilities', 'add'], ['capabilities', 'drop']), caps),
      ]
  return fc
    .tuple(fc.oneof(...common, ...only), fc.boolean())
    .map(([[path, value], clear]) => [path, clear ? undefined : value])
}

type Json = JsonValue | undefined
const isMap = (v: Json): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const child = (v: Json, k: string | number): Json =>
  Array.isArray(v) ? v[k as number] : isMap(v) && Object.hasOwn(v, k) ? v[k as string] : undefined

/**
 * The model of planSet on data: `old` with only `path` set to `value` (missing maps on the way created), or with
 * it deleted and the maps that leaves empty removed while their path is longer than `prune`.
 */
function setInData(old: Json, path: Path, value: Json, prune: number): Json {
  const copy = structuredClone(old)
  const parents: Json[] = [copy]
  let node: Json = copy
  for (const k of path.slice(0, -1)) {
    let next = child(node, k)
    if (next === undefined) {
      if (value === undefined) return copy // nothing to delete
      next = {}
      ;(node as Record<string, JsonValue>)[k as string] = next
    }
    node = next
    parents.push(node)
  }
  const last = path.at(-1)!
  if (value !== undefined) {
    ;(node as Record<string | number, JsonValue>)[last] = value
    return copy
  }
  if (child(node, last) === undefined) return copy
  delete (node as Record<string, JsonValue>)[last as string]
  for (let depth = path.length - 1; depth > prune; depth--) {
    const map = parents[depth]
    if (!isMap(map) || Object.keys(map).length > 0) break
    delete (parents[depth - 1] as Record<string, JsonValue>)[path[depth - 1] as string]
  }
  return copy
}

/**
 * The text range of the deepest collection above `path` (up to `depth` keys) that exists in the document.
 */
function ancestorRange(stream: ParsedStream, document: number, path: Path, depth: number): [number, number] {
  const slot = stream.docs[document]!
  const doc = slot.parsed.doc!
  let range = doc.contents!.range
  for (let i = 1; i <= depth; i++) {
    const node = doc.getIn(path.slice(0, i), true) as { range?: [number, number, number] } | undefined
    if (!node || !isCollection(node) || !node.range) break
    range = node.range
  }
  // Its first line from the indentation, and the comment and blank lines above it (they belong to its first entry).
  let start = stream.text.lastIndexOf('\n', slot.base + range[0] - 1) + 1
  while (start > 0) {
    const above = stream.text.lastIndexOf('\n', start - 2) + 1
    const line = stream.text.slice(above, start - 1).trim()
    if (line !== '' && !line.startsWith('#')) break
    start = above
  }
  return [start, slot.base + range[2]]
}

const step = fc.oneof(
  fieldEdit(true).map((e) => ({ pod: true, container: 0, e })),
  fc.tuple(fc.nat(3), fieldEdit(false)).map(([container, e]) => ({ pod: false, container, e })),
)

describe('planSet property: random securityContext edits on every fixture', () => {
  it('never throws, reads back the value set, changes nothing else, edits inside the existing ancestor, undoes byte for byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.nat(4),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        (name, pick, steps) => {
          let current = fixture(name)
          for (const { pod, container, e } of steps) {
            const stream = parseStream(current)
            const resources = findResources(stream)
            const resource = resources[pick % resources.length]
            const refs = resource.containers
            // Container a of anchors.yaml is an alias and b merges it: only its pod level is edited.
            if ((!pod && refs.length === 0) || (!pod && name === 'anchors.yaml')) continue
            const ref = refs[container % Math.max(1, refs.length)]
            const target: Target = pod
              ? { resource: 0, level: 'pod' }
              : { resource: 0, level: 'container', kind: ref.kind, index: ref.index }
            const base = securityContextPath(resource, target)
            const [field, value] = e
            const path = [...base, ...field]
            const edits = planSet(stream, resource.document, path, value, {
              pruneEmptyAbove: base.length - 1,
            })
            const out = applyEdits(current, edits)
            expect(applyEdits(out, invertEdits(current, edits))).toBe(current)
            const after = parseStream(out)
            expect(after.errors).toEqual([])
            expect(readBack(out, resource.document, path)).toEqual(value)
            // Nothing else in the document's data changed (an anchored node is shared with its aliases: skipped).
            const old = stream.docs[resource.document]!.parsed.json
            if (name !== 'anchors.yaml') {
              expect(after.docs[resource.document]!.parsed.json).toEqual(
                setInData(old, path, value, base.length - 1),
              )
            }
            // Every edit lies within the deepest collection above the path that already existed (for a delete,
            // above what it may prune: the securityContext's owner).
            const depth = value === undefined ? base.length - 1 : path.length - 1
            const [start, end] = ancestorRange(stream, resource.document, path, depth)
            for (const e of edits) {
              expect(e.offset).toBeGreaterThanOrEqual(start)
              expect(e.offset + e.length).toBeLessThanOrEqual(end)
            }
            current = out
          }
        },
      ),
      { numRuns: 80 },
    )
  }, 60_000)
})
