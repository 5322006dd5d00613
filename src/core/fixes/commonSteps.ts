/** Steps several fixes share: one securityContext field in each target container, a filtered add list. */
import { getIn, strings } from '../json'
import type { JsonValue } from '../types'
import type { ContainerView } from '../pod'
import { targetContainers, type Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

/** Sets `field` to `value` in the securityContext of each target container whose current value `needs` it. */
export const setInContainers = (
  s: Scope,
  field: string,
  value: JsonValue,
  needs: (current: JsonValue | undefined) => boolean,
): Step[] =>
  targetContainers(s)
    .filter((c) => needs(getIn(c.sc, [field])))
    .map((c) => setAt([...c.scPath, field], value))

/** Keeps the container's capabilities.add names that pass `keep`; a list left empty goes. */
export function filterAdd(c: ContainerView, keep: (name: string) => boolean): Step[] {
  const add = strings(getIn(c.sc, ['capabilities', 'add']))
  const kept = add.filter(keep)
  if (kept.length === add.length) return []
  const path = [...c.scPath, 'capabilities', 'add']
  return [kept.length ? setAt(path, kept) : deleteAt(path)]
}

/** Removes `field` of the pod securityContext where it is set. */
export const removePodScField = (s: Scope, field: string): Step[] =>
  getIn(s.pod.sc, [field]) === undefined ? [] : [deleteAt([...s.pod.scPath, field])]
