/** STUB — effective settings (issue 2, core/effective). */
import type { ContainerEffective, EffectiveOptions, Resource } from '../types'

export function computeEffective(_resource: Resource, _options: EffectiveOptions): ContainerEffective[] {
  return []
}
