import { isScalar } from 'yaml'
import type { Path } from '../types'
import type { ParsedMap, ParsedPair } from './nodes'

/**
 * Where a person would write a new `securityContext`, as the Kubernetes docs write it ("Configure a Security
 * Context for a Pod or Container", content/en/examples/pods/security/*.yaml in kubernetes/website) and as
 * `helm create` lays out its Deployment:
 *
 * - in a pod spec, right before the first of its container lists and volumes (docs: `spec:` then
 *   `securityContext`, `volumes`, `containers`; helm: `serviceAccountName`, `securityContext`, `containers`);
 * - in a container, right after the keys that say what runs: name, image, imagePullPolicy, command, args,
 *   workingDir (docs: `name`, `image`, `command` or `args`, then `securityContext`, before `volumeMounts`, ports,
 *   probes and resources).
 *
 * kubectl's own output (`-o yaml`) sorts keys alphabetically, which is no guide to where people put them.
 * Every other new key goes at the end of its map.
 */
const CONTAINER_LISTS: ReadonlySet<string | number> = new Set([
  'containers',
  'initContainers',
  'ephemeralContainers',
])
const POD_BODY: ReadonlySet<string> = new Set([...CONTAINER_LISTS].map(String).concat('volumes'))
const CONTAINER_HEAD: ReadonlySet<string> = new Set([
  'name',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'workingDir',
])

const keyOf = (pair: ParsedPair): string | null => (isScalar(pair.key) ? String(pair.key.value) : null)

/**
 * The index of the item a new `key` goes before in `map` (the map at `path`), or undefined for the end.
 */
export function insertBefore(map: ParsedMap, path: Path, key: string): number | undefined {
  if (key !== 'securityContext') return undefined
  const keys = (map.items as ParsedPair[]).map(keyOf)
  const n = path.length
  if (n >= 2 && typeof path[n - 1] === 'number' && CONTAINER_LISTS.has(path[n - 2]!)) {
    let last = -1
    keys.forEach((k, i) => {
      if (k !== null && CONTAINER_HEAD.has(k)) last = i
    })
    return last >= 0 && last + 1 < keys.length ? last + 1 : undefined
  }
  if (path[n - 1] === 'spec' && keys.some((k) => k !== null && CONTAINER_LISTS.has(k))) {
    const first = keys.findIndex((k) => k !== null && POD_BODY.has(k))
    return first >= 0 ? first : undefined
  }
  return undefined
}
