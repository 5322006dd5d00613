import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture, readBack } from '../testdata/kit'
import { securityContextPath } from '../target'
import type { JsonValue, Path, Target } from '../types'
import { applyEdits, findResources, invertEdits, parseStream, planSet } from '.'

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

const step = fc.oneof(
  fieldEdit(true).map((e) => ({ pod: true, container: 0, e })),
  fc.tuple(fc.nat(3), fieldEdit(false)).map(([container, e]) => ({ pod: false, container, e })),
)

describe('planSet property: random securityContext edits on every fixture', () => {
  it('never throws, reads back the value set, parses cleanly and undoes byte for byte', () => {
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
            expect(parseStream(out).errors).toEqual([])
            expect(readBack(out, resource.document, path)).toEqual(value)
            current = out
          }
        },
      ),
      { numRuns: 80 },
    )
  }, 60_000)
})
