/** Fixes for lints. */
import { canonicalCapability } from '../lint/capNames'
import type { JsonValue } from '../types'
import { filterAdd, removePodScField, setInContainers } from './commonSteps'
import { defineFix, type Fix } from './define'
import { strings } from '../json'
import { targetContainers, valueAt, type Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

export const readOnlyRootFs = defineFix({
  id: 'read-only-root-fs',
  title: 'Set readOnlyRootFilesystem: true',
  codes: ['LINT_READ_ONLY_ROOT_FS'],
  linuxOnly: true,
  effect: 'may-break',
  reason:
    'the container can no longer write to its root filesystem: a process that writes outside its volumes (/tmp, caches, pid files) fails',
  steps: (s) => setInContainers(s, 'readOnlyRootFilesystem', true, (v) => v !== true),
})

/** Rewrites the capability list item the problem sits on (nodePath ends with the item index). */
function rewriteItem(s: Scope, rewrite: (name: string) => string | null): Step[] {
  const p = s.problem.nodePath
  const index = p.at(-1)
  if (typeof index !== 'number') return []
  const listPath = p.slice(0, -1)
  const list = strings(valueAt(s.resource, listPath))
  const name = list[index]
  if (name === undefined) return []
  const next = rewrite(name)
  if (next === name) return []
  // A rename replaces the item's scalar in place: its quoting and the list style stay.
  if (next !== null) return [setAt(p, next)]
  const items = list.filter((_, i) => i !== index)
  return [items.length ? setAt(listPath, items) : deleteAt(listPath)]
}

export const stripCapPrefix = defineFix({
  id: 'strip-cap-prefix',
  title: 'Remove the CAP_ prefix',
  codes: ['LINT_CAP_PREFIX'],
  effect: 'safe',
  reason:
    'the name the runtimes expect: with the prefix, containerd asks for CAP_CAP_… and the capability is silently not granted',
  steps: (s) => rewriteItem(s, canonicalCapability),
})

export const upperCaseCap = defineFix({
  id: 'upper-case-cap',
  title: 'Write the name in upper case',
  codes: ['LINT_CAP_CASE'],
  effect: 'safe',
  reason: 'runtimes read the name in any case: only the spelling Pod Security compares changes',
  steps: (s) => rewriteItem(s, canonicalCapability),
})

export const removeUnknownCap = defineFix({
  id: 'remove-unknown-cap',
  title: 'Remove the unknown capability',
  codes: ['LINT_CAP_UNKNOWN'],
  effect: 'safe',
  reason:
    'no runtime grants an unknown capability (CRI-O refuses to create the container): nothing the process has changes',
  steps: (s) => rewriteItem(s, () => null),
})

export const removeAddAll = defineFix({
  id: 'remove-add-all',
  title: 'Remove ALL from add',
  codes: ['LINT_ADD_ALL_DROPPED'],
  effect: 'safe',
  reason: 'drop ALL already cancels add ALL: the container gets the same capabilities',
  steps: (s) => targetContainers(s).flatMap((c) => filterAdd(c, (x) => x.toUpperCase() !== 'ALL')),
})

/** A field next to the one the problem sits on (same securityContext). */
const sibling = (s: Scope, field: string) => [...s.problem.nodePath.slice(0, -1), field]

export const setRunAsGroup = defineFix({
  id: 'set-run-as-group',
  title: 'Set runAsGroup to the runAsUser value',
  codes: ['LINT_GID_ROOT_DEFAULT'],
  linuxOnly: true,
  effect: 'may-break',
  reason:
    'the primary group changes from 0 (root) to the runAsUser value: files readable only by group root become unreadable',
  steps: (s) => {
    const uid: JsonValue | undefined = valueAt(s.resource, s.problem.nodePath)
    const target = sibling(s, 'runAsGroup')
    return typeof uid === 'number' && valueAt(s.resource, target) === undefined ? [setAt(target, uid)] : []
  },
})

export const setRunAsUser = defineFix({
  id: 'set-run-as-user-1000',
  title: 'Set runAsUser: 1000 (a non-root uid)',
  codes: ['LINT_RUN_AS_NON_ROOT_NO_UID'],
  linuxOnly: true,
  effect: 'may-break',
  reason:
    "the process runs as uid 1000 instead of the image's user: files it owns or must write may not match",
  steps: (s) =>
    s.problem.nodePath.at(-1) === 'runAsUser' && valueAt(s.resource, s.problem.nodePath) === undefined
      ? [setAt(s.problem.nodePath, 1000)]
      : [],
})

export const removeFsGroupChangePolicy = defineFix({
  id: 'remove-fs-group-change-policy',
  title: 'Remove fsGroupChangePolicy',
  codes: ['LINT_FS_GROUP_CHANGE_POLICY'],
  effect: 'safe',
  reason: 'it has no effect on these volumes',
  steps: (s) => removePodScField(s, 'fsGroupChangePolicy'),
})

export const LINT_FIXES: readonly Fix[] = [
  readOnlyRootFs,
  stripCapPrefix,
  upperCaseCap,
  removeUnknownCap,
  removeAddAll,
  setRunAsGroup,
  setRunAsUser,
  removeFsGroupChangePolicy,
]
