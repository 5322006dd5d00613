/**
 * The layering picture's model (issue 15 §2, issue 17 §3): for each field that reaches a container, its value in
 * each layer (runtime default or image, OpenShift SCC admission, pod, container), which layer wins and which
 * values it overrides. Precedence is the merge's own (merge.ts `pick`: container over pod over the fallback);
 * SCC admission only fills fields the pod left unset (apiserver-library-go sccmatching: the strategies'
 * `Generate` run for unset values only), so it sits between the pod and the runtime default.
 */
import { FIELDS, fieldByPath, type FieldLevel } from '../k8s/fields'
import type { ContainerEffective, EffectiveOptions, JsonObject, JsonValue, Resource } from '../types'
import { CONTAINER_KINDS } from '../types'
import { isObject } from '../json'
import { computeEffective } from './index'

/** The layers, from the bottom (what applies when nothing is written) to the top (what wins over all). */
export const LAYERS = ['default', 'scc', 'pod', 'container'] as const
export type LayerId = (typeof LAYERS)[number]

export interface LayerCell {
  /** The value this layer gives (null: the layer leaves the field unset). */
  value: JsonValue | null
  /** wins: the effective value; lost: set here but a higher layer wins; unset; na: cannot be written here. */
  state: 'wins' | 'lost' | 'unset' | 'na'
}

export interface FieldLayers {
  key: string
  winner: LayerId
  /** The winner's value when it is the bottom layer: read from the image, or derived from other settings. */
  origin: 'image' | 'derived' | null
  /** With an SCC layer that set the value: the SCC's name. */
  sccName: string | null
  cells: Record<LayerId, LayerCell>
}

export interface LayerView {
  /** The layers shown: the SCC layer only on OpenShift. */
  layers: LayerId[]
  /** The fields some layer above the runtime default sets (or that come from the image or other settings). */
  fields: FieldLayers[]
  /** How many other fields nothing sets (the runtime default applies). */
  rest: number
}

/** The resource with no securityContext in the pod or any container: what the runtime default layer gives. */
export function withoutSecurityContexts(resource: Resource): Resource {
  const podSpec: JsonObject = {}
  for (const [k, v] of Object.entries(resource.podSpec)) {
    if (k === 'securityContext') continue
    const list = (CONTAINER_KINDS as readonly string[]).includes(k) && Array.isArray(v) ? v : null
    podSpec[k] = list
      ? list.map((c) =>
          isObject(c) ? Object.fromEntries(Object.entries(c).filter(([ck]) => ck !== 'securityContext')) : c,
        )
      : v
  }
  return { ...resource, podSpec }
}

/** The runtime default layer of every container of a resource (its securityContexts left out). */
export function defaultLayer(resource: Resource, options: EffectiveOptions): ContainerEffective[] {
  return computeEffective(withoutSecurityContexts(resource), options)
}

/** Where a field can be written (from the catalogue): a struct's level is its first leaf's. */
function levelOf(key: string): FieldLevel | undefined {
  return (fieldByPath(key.split(/[.\s]/)) ?? FIELDS.find((f) => f.group === key))?.level
}

const WINNER: Record<string, LayerId> = { container: 'container', pod: 'pod', scc: 'scc' }

/**
 * The layers of one container. `bare`: the same container with no securityContext anywhere (defaultLayer), for
 * the bottom layer's value under a field some higher layer sets; `openshift`: show the SCC layer.
 */
export function layerView(
  c: ContainerEffective,
  bare: ContainerEffective | undefined,
  openshift: boolean,
): LayerView {
  const layers: LayerId[] = openshift ? [...LAYERS] : LAYERS.filter((l) => l !== 'scc')
  const fields: FieldLayers[] = []
  let rest = 0
  for (const [key, e] of Object.entries(c.fields)) {
    // An unset leaf of a struct a layer sets (seccompProfile.localhostProfile beside type) is set nowhere.
    if (e.source === 'default' || (e.value === null && e.overridden === undefined)) {
      rest++
      continue
    }
    const winner = Object.hasOwn(WINNER, e.source) ? WINNER[e.source]! : 'default'
    const level = levelOf(key)
    const below = bare && Object.hasOwn(bare.fields, key) ? (bare.fields[key]?.value ?? null) : null
    const cell = (layer: LayerId): LayerCell => {
      if (layer === winner) return { value: e.value, state: 'wins' }
      if ((layer === 'pod' && level === 'container') || (layer === 'container' && level === 'pod'))
        return { value: null, state: 'na' }
      if (layer === 'pod' && winner === 'container' && e.overridden !== undefined)
        return { value: e.overridden, state: 'lost' }
      if (layer === 'default') return { value: below, state: below === null ? 'unset' : 'lost' }
      return { value: null, state: 'unset' }
    }
    const cells = Object.fromEntries(LAYERS.map((l) => [l, cell(l)])) as Record<LayerId, LayerCell>
    const origin = e.source === 'image' || e.source === 'derived' ? e.source : null
    fields.push({ key, winner, origin, sccName: e.source === 'scc' ? (e.sccName ?? null) : null, cells })
  }
  return { layers, fields, rest }
}
