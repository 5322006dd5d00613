/**
 * Fixes that make a pod admissible under restricted-v2 (issue 17 §4): take out a hard-coded id the SCC's range
 * does not hold (admission then assigns one from the namespace's range), remove capabilities it does not allow.
 * allowPrivilegeEscalation false and drop ALL are set-ape-false and drop-all (src/core/fixes/pssContainer.ts).
 */
import type { Problem } from '../types'
import { defineFix, type Fix } from './define'
import { strings } from '../json'
import { valueAt } from './scope'
import { deleteAt, setAt } from './steps'

/** The problem sits on the field itself (not on a container or pod that merely lacks it). */
const onField = (field: string) => (p: { nodePath: readonly (string | number)[] }) =>
  p.nodePath.at(-1) === field

export const sccRemoveRunAsUser = defineFix({
  id: 'scc-remove-run-as-user',
  title: 'Remove runAsUser (OpenShift assigns one from the namespace range)',
  codes: ['SCC_RUN_AS_USER'],
  when: onField('runAsUser'),
  effect: 'may-break',
  reason:
    "the container runs as the uid SCC admission assigns from the namespace's range, in group 0: an image that needs that uid (files it owns, a user in /etc/passwd) may fail",
  steps: (s) => (valueAt(s.resource, s.problem.nodePath) === undefined ? [] : [deleteAt(s.problem.nodePath)]),
})

export const sccRemoveFsGroup = defineFix({
  id: 'scc-remove-fs-group',
  title: 'Remove fsGroup (OpenShift assigns one from the namespace range)',
  codes: ['SCC_FS_GROUP'],
  when: onField('fsGroup'),
  effect: 'may-break',
  reason:
    "volumes are owned by the group SCC admission assigns from the namespace's range: files that relied on that group id may become unreadable",
  steps: (s) => (valueAt(s.resource, s.problem.nodePath) === undefined ? [] : [deleteAt(s.problem.nodePath)]),
})

/** The capability an SCC error is about: the value it rejects on an add list. */
const addedCapability = (p: Pick<Problem, 'data'>) =>
  p.data?.part === 'add' && typeof p.data.value === 'string' ? p.data.value : undefined

export const sccRemoveAddedCapability = defineFix({
  id: 'scc-remove-added-capability',
  title: 'Remove the capability the SCC does not allow from add',
  codes: ['SCC_CAPABILITIES'],
  when: (p) => addedCapability(p) !== undefined,
  effect: 'may-break',
  reason: 'the container no longer gets that capability: whatever it does with it stops working',
  steps: (s) => {
    const name = addedCapability(s.problem)
    const add = strings(valueAt(s.resource, s.problem.nodePath))
    const kept = add.filter((c) => c !== name)
    if (kept.length === add.length) return []
    return [kept.length ? setAt(s.problem.nodePath, kept) : deleteAt(s.problem.nodePath)]
  },
})

export const SCC_FIXES: readonly Fix[] = [sccRemoveRunAsUser, sccRemoveFsGroup, sccRemoveAddedCapability]
