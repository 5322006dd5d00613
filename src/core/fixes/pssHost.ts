/** Fixes for host access and kernel settings: host namespaces, sysctls, SELinux, Windows hostProcess. */
import { list, obj } from '../json'
import type { JsonObject, Path } from '../types'
import { defineFix, type Fix } from './define'
import type { Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const

const NAMESPACE_USE: Readonly<Record<string, string>> = {
  hostNetwork: "the node's network (its IP, interfaces, routes, ports)",
  hostPID: "the node's processes",
  hostIPC: "the node's shared memory and IPC",
}

export const hostNamespacesFalse = defineFix({
  id: 'host-namespaces-false',
  title: 'Stop sharing host namespaces (hostNetwork, hostPID, hostIPC: false)',
  codes: ['PSS_HOST_NAMESPACES'],
  effect: 'may-break',
  reason:
    "the pod gets namespaces of its own: whatever used the node's network, processes or IPC stops working",
  assess: (s) => {
    const shared = HOST_NAMESPACES.filter((k) => s.pod.spec[k] === true)
    const uses = shared.map((k) => NAMESPACE_USE[k]).join(', ')
    return { effect: 'may-break', reason: `the pod no longer sees ${uses}: whatever used it stops working` }
  },
  steps: (s) =>
    HOST_NAMESPACES.filter((k) => s.pod.spec[k] === true).map((k) => setAt([...s.pod.specPath, k], false)),
})

/** The offending values the problem carries (the forbidden sysctls, the forbidden SELinux types). */
const offending = (s: Scope) => new Set(s.problem.data?.values ?? [])

export const removeSysctls = defineFix({
  id: 'remove-forbidden-sysctls',
  title: 'Remove the forbidden sysctls',
  codes: ['PSS_SYSCTLS'],
  effect: 'may-break',
  reason: 'the pod no longer gets those kernel settings: whatever relied on them runs with the defaults',
  steps: (s) => {
    const forbidden = offending(s)
    const sysctls = list(s.pod.sc?.sysctls)
    const kept = sysctls.filter((x) => !forbidden.has(String(obj(x)?.name)))
    if (forbidden.size === 0 || kept.length === sysctls.length) return []
    const path = [...s.pod.scPath, 'sysctls']
    return [kept.length ? setAt(path, kept) : deleteAt(path)]
  },
})

function seLinuxSteps(sc: JsonObject, scPath: Path, forbidden: ReadonlySet<string>): Step[] {
  const options = obj(sc.seLinuxOptions)
  if (!options) return []
  const bad = (k: string) => {
    const v = options[k]
    if (typeof v !== 'string' || v === '') return false
    return k === 'type' ? forbidden.has(v) : true
  }
  return ['type', 'user', 'role'].filter(bad).map((k) => deleteAt([...scPath, 'seLinuxOptions', k]))
}

export const removeSeLinux = defineFix({
  id: 'remove-selinux-forbidden',
  title: 'Remove the forbidden seLinuxOptions (type, user, role)',
  codes: ['PSS_SE_LINUX_OPTIONS'],
  effect: 'may-break',
  reason:
    "the container gets the runtime's SELinux label: files and sockets labelled for the removed type, user or role may become unreachable",
  steps: (s) => {
    const forbidden = offending(s)
    const at = s.container ?? s.pod
    return seLinuxSteps(at.sc ?? {}, at.scPath, forbidden)
  },
})

function hostProcessSteps(s: Scope): Step[] {
  const setters = s.container ? [s.container] : [s.pod, ...s.pod.containers]
  return setters
    .filter((at) => obj(at.sc?.windowsOptions)?.hostProcess === true)
    .map((at) => setAt([...at.scPath, 'windowsOptions', 'hostProcess'], false))
}

export const hostProcessFalse = defineFix({
  id: 'host-process-false',
  title: 'Set hostProcess: false',
  codes: ['PSS_WINDOWS_HOST_PROCESS'],
  effect: 'may-break',
  reason:
    "the containers no longer run as processes on the Windows host: whatever needed the host's files, services or network stops working",
  steps: hostProcessSteps,
})

export const PSS_HOST_FIXES: readonly Fix[] = [
  hostNamespacesFalse,
  removeSysctls,
  removeSeLinux,
  hostProcessFalse,
]
