/** Fixes for the container-scoped Pod Security checks. */
import type { Problem } from '../types'
import { defineFix, type Fix } from './define'
import { strings, targetContainers, obj } from './scope'
import { deleteAt, setAt, type Step } from './steps'

/** Capabilities capabilities_baseline allows to be added (spec/pss.md §3.3). */
const BASELINE_ADDS = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
])

/** A capabilities finding placed on the add list (Pod Security puts the drop part elsewhere). */
const onAdd = (p: Problem) => p.nodePath.at(-1) === 'add'

export const removePrivileged = defineFix({
  id: 'remove-privileged',
  title: 'Remove privileged: true',
  codes: ['PSS_PRIVILEGED', 'LINT_PRIVILEGED', 'API_APE_PRIVILEGED'],
  steps: (s) =>
    targetContainers(s)
      .filter((c) => c.sc.privileged === true)
      .map((c) => deleteAt([...c.scPath, 'privileged'])),
})

export const setApeFalse = defineFix({
  id: 'set-ape-false',
  title: 'Set allowPrivilegeEscalation: false',
  codes: ['PSS_ALLOW_PRIVILEGE_ESCALATION', 'LINT_ALLOW_PRIVILEGE_ESCALATION'],
  steps: (s) =>
    targetContainers(s)
      .filter((c) => c.sc.allowPrivilegeEscalation !== false)
      .map((c) => setAt([...c.scPath, 'allowPrivilegeEscalation'], false)),
})

export const dropAll = defineFix({
  id: 'drop-all',
  title: 'Drop ALL capabilities',
  codes: ['PSS_CAPABILITIES_RESTRICTED', 'LINT_DROP_ALL'],
  when: (p) => p.code === 'LINT_DROP_ALL' || (p.message.includes('capabilities.drop=["ALL"]') && !onAdd(p)),
  steps: (s) =>
    targetContainers(s)
      .filter((c) => !strings(obj(c.sc.capabilities)?.drop).includes('ALL'))
      .map((c) => setAt([...c.scPath, 'capabilities', 'drop'], ['ALL'])),
})

export const removeForbiddenCaps = defineFix({
  id: 'remove-forbidden-caps',
  title: 'Remove the capabilities Pod Security forbids from add',
  codes: ['PSS_CAPABILITIES_RESTRICTED', 'PSS_CAPABILITIES_BASELINE'],
  when: (p) =>
    p.message.includes('in securityContext.capabilities.add') &&
    (onAdd(p) || !p.message.includes('capabilities.drop=["ALL"]')),
  steps: (s) =>
    targetContainers(s).flatMap((c): Step[] => {
      const add = strings(obj(c.sc.capabilities)?.add)
      const allowed = (name: string) =>
        s.problem.code === 'PSS_CAPABILITIES_BASELINE' ? BASELINE_ADDS.has(name) : name === 'NET_BIND_SERVICE'
      const kept = add.filter(allowed)
      if (kept.length === add.length) return []
      const path = [...c.scPath, 'capabilities', 'add']
      return [kept.length ? setAt(path, kept) : deleteAt(path)]
    }),
})

export const removeProcMount = defineFix({
  id: 'remove-proc-mount',
  title: 'Remove procMount (back to Default)',
  codes: ['PSS_PROC_MOUNT', 'PSS_PROC_MOUNT_RESTRICTED', 'API_PROC_MOUNT_HOST_USERS'],
  steps: (s) =>
    targetContainers(s)
      .filter((c) => c.sc.procMount !== undefined && c.sc.procMount !== 'Default')
      .map((c) => deleteAt([...c.scPath, 'procMount'])),
})

export const removeHostPorts = defineFix({
  id: 'remove-host-ports',
  title: 'Remove hostPort',
  codes: ['PSS_HOST_PORTS'],
  steps: (s) =>
    targetContainers(s).flatMap((c) => {
      const ports = Array.isArray(c.spec.ports) ? c.spec.ports : []
      return ports.flatMap((p, i) => {
        const hostPort = obj(p)?.hostPort
        return hostPort !== undefined && hostPort !== 0 ? [deleteAt([...c.path, 'ports', i, 'hostPort'])] : []
      })
    }),
})

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe']
const HOOKS = ['postStart', 'preStop']

export const removeProbeHosts = defineFix({
  id: 'remove-probe-hosts',
  title: 'Remove host from probes and lifecycle hooks',
  codes: ['PSS_HOST_PROBES_AND_HOST_LIFECYCLE'],
  steps: (s) =>
    targetContainers(s).flatMap((c) => {
      const handlers = [
        ...PROBES.map((k) => ({ value: obj(c.spec[k]), path: [...c.path, k] })),
        ...HOOKS.map((k) => ({ value: obj(obj(c.spec.lifecycle)?.[k]), path: [...c.path, 'lifecycle', k] })),
      ]
      return handlers.flatMap(({ value, path }) =>
        ['httpGet', 'tcpSocket'].flatMap((h) => {
          const host = obj(value?.[h])?.host
          return typeof host === 'string' && host !== ''
            ? [deleteAt([...path, h, 'host'], path.length + 1)]
            : []
        }),
      )
    }),
})

export const PSS_CONTAINER_FIXES: readonly Fix[] = [
  removePrivileged,
  setApeFalse,
  dropAll,
  removeForbiddenCaps,
  removeProcMount,
  removeHostPorts,
  removeProbeHosts,
]
