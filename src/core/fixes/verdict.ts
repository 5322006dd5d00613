/**
 * What the API server and the kubelet say about a resource, as the level fix compares them before and after
 * a step: a step that makes either refuse something it accepted is not taken.
 */
import { computeEffective } from '../effective'
import type { Finding } from '../findings'
import type { EffectiveOptions, Resource } from '../types'
import { validateResource } from '../validate'

/** An image user that is not root: refusals that remain with it do not depend on the image. */
const NON_ROOT_IMAGE_USER = 65534

export interface Verdict {
  /** API errors, keyed by code, path and message. */
  api: ReadonlyMap<string, Finding>
  /** Containers the kubelet or the runtime refuse whatever user their image has (runAsUser 0, ContainerAdministrator). */
  refused: ReadonlyMap<string, string>
  /** Containers refused under the stated image assumption or their own known image only (an image user of root). */
  assumed: ReadonlyMap<string, string>
}

function refusals(resource: Resource, options: EffectiveOptions): Map<string, string> {
  const out = new Map<string, string>()
  for (const c of computeEffective(resource, options)) {
    if (c.refusal && c.refusal.by !== 'apiserver') {
      out.set(
        `${c.kind}/${c.index}: ${c.refusal.message}`,
        `the ${c.refusal.by} refuse container "${c.name}": ${c.refusal.message}`,
      )
    }
  }
  return out
}

export function verdictOf(resource: Resource, version: string, options: EffectiveOptions): Verdict {
  const api = new Map<string, Finding>()
  for (const f of validateResource(resource, { version })) {
    if (f.source === 'api' && f.severity === 'error') api.set(`${f.code} ${f.path} ${f.message}`, f)
  }
  const refused = refusals(resource, {
    ...options,
    image: 'custom',
    imageUser: NON_ROOT_IMAGE_USER,
    knownImages: false,
  })
  const assumed = new Map<string, string>()
  for (const [k, v] of refusals(resource, options)) if (!refused.has(k)) assumed.set(k, v)
  return { api, refused, assumed }
}

/** The values of `after` whose keys `before` does not have. */
export function added<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>): T[] {
  return [...after].filter(([k]) => !before.has(k)).map(([, v]) => v)
}
