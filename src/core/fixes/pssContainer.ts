/** Fixes for the container-scoped Pod Security checks. */
import { PSS_BASELINE_ADDS } from '../k8s/capabilities'
import type { Problem } from '../types'
import { filterAdd, setInContainers } from './commonSteps'
import { defineFix, type Fix } from './define'
import { knownNonRoot } from './identity'
import { obj, strings } from '../json'
import type { ContainerView } from '../pod'
import { targetContainers, type Scope } from './scope'
import { deleteAt, setAt, type Step } from './steps'

/** The finding is about a capabilities add list (capabilities_restricted also points at the drop lists). */
const onAdd = (p: Problem) => p.data?.part === 'add'

export const setPrivilegedFalse = defineFix({
  id: 'set-privileged-false',
  title: 'Set privileged: false',
  codes: ['PSS_PRIVILEGED', 'LINT_PRIVILEGED', 'API_APE_PRIVILEGED'],
  effect: 'may-break',
  reason:
    'the container loses the host devices and every capability privileged mode gives it: whatever needed them (device access, mounts, eBPF, kernel settings) stops working',
  steps: (s) => setInContainers(s, 'privileged', false, (v) => v === true),
})

export const setApeFalse = defineFix({
  id: 'set-ape-false',
  title: 'Set allowPrivilegeEscalation: false',
  codes: [
    'PSS_ALLOW_PRIVILEGE_ESCALATION',
    'LINT_ALLOW_PRIVILEGE_ESCALATION',
    'SCC_ALLOW_PRIVILEGE_ESCALATION',
  ],
  linuxOnly: true,
  effect: 'safe',
  reason:
    'no_new_privs: setuid binaries and file capabilities no longer raise the privileges of the process; it keeps the ones it has',
  steps: (s) => setInContainers(s, 'allowPrivilegeEscalation', false, (v) => v !== false),
})

const dropList = (c: ContainerView) => strings(obj(c.sc?.capabilities)?.drop)
const dropsAll = (c: ContainerView) => dropList(c).some((x) => x.toUpperCase() === 'ALL')

/** `ALL` in a container's drop list: a lower-case `all` is upper-cased where it is, else ALL is added. */
function dropAllSteps(c: ContainerView): Step[] {
  const drop = dropList(c)
  if (drop.includes('ALL')) return []
  const path = [...c.scPath, 'capabilities', 'drop']
  const i = drop.findIndex((x) => x.toUpperCase() === 'ALL')
  return [i >= 0 ? setAt([...path, i], 'ALL') : setAt(path, [...drop, 'ALL'])]
}

const DROP_ALL_ROOT =
  "the runtime's default capabilities go (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, …): a process running as root may need them"

export const dropAll = defineFix({
  id: 'drop-all',
  title: 'Drop ALL capabilities',
  codes: ['PSS_CAPABILITIES_RESTRICTED', 'LINT_DROP_ALL', 'SCC_CAPABILITIES'],
  when: (p) => p.code === 'LINT_DROP_ALL' || !onAdd(p),
  linuxOnly: true,
  effect: 'safe',
  reason: "a non-root process has none of the runtime's default capabilities in effect; root may need some",
  assess: (s: Scope) => {
    const changed = targetContainers(s).filter((c) => dropAllSteps(c).length > 0)
    if (changed.every(dropsAll)) {
      return { effect: 'safe', reason: 'only the spelling changes: runtimes already read "all" as ALL' }
    }
    if (changed.every((c) => dropsAll(c) || knownNonRoot(s, c))) {
      return {
        effect: 'safe',
        reason: "the process runs as non-root: it has none of the runtime's default capabilities in effect",
      }
    }
    return { effect: 'may-break', reason: DROP_ALL_ROOT }
  },
  steps: (s) => targetContainers(s).flatMap(dropAllSteps),
})

export const removeForbiddenCaps = defineFix({
  id: 'remove-forbidden-caps',
  title: 'Remove the capabilities Pod Security forbids from add',
  codes: ['PSS_CAPABILITIES_RESTRICTED', 'PSS_CAPABILITIES_BASELINE'],
  when: (p) => p.code === 'PSS_CAPABILITIES_BASELINE' || onAdd(p),
  effect: 'may-break',
  reason: 'the container no longer gets the capabilities it adds: whatever it does with them stops working',
  steps: (s) =>
    targetContainers(s).flatMap((c) =>
      filterAdd(c, (name) =>
        s.problem.code === 'PSS_CAPABILITIES_BASELINE'
          ? PSS_BASELINE_ADDS.has(name)
          : name === 'NET_BIND_SERVICE',
      ),
    ),
})

export const procMountDefault = defineFix({
  id: 'proc-mount-default',
  title: 'Set procMount: Default',
  codes: ['PSS_PROC_MOUNT', 'PSS_PROC_MOUNT_RESTRICTED', 'API_PROC_MOUNT_HOST_USERS'],
  linuxOnly: true,
  effect: 'may-break',
  reason:
    'the runtime masks /proc paths again (kcore, keys, sysrq-trigger, …): a process that used them fails',
  steps: (s) => setInContainers(s, 'procMount', 'Default', (v) => v !== undefined && v !== 'Default'),
})

export const removeHostPorts = defineFix({
  id: 'remove-host-ports',
  title: 'Remove hostPort',
  codes: ['PSS_HOST_PORTS'],
  effect: 'may-break',
  reason: "the container is no longer reachable at that port of the node's IP: clients using it lose it",
  steps: (s) =>
    targetContainers(s).flatMap((c) => {
      const ports = Array.isArray(c.obj.ports) ? c.obj.ports : []
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
  effect: 'may-break',
  reason:
    "the probes and hooks call the pod's own IP instead of the host named: if the check must go there, it fails",
  steps: (s) =>
    targetContainers(s).flatMap((c) => {
      const handlers = [
        ...PROBES.map((k) => ({ value: obj(c.obj[k]), path: [...c.path, k] })),
        ...HOOKS.map((k) => ({ value: obj(obj(c.obj.lifecycle)?.[k]), path: [...c.path, 'lifecycle', k] })),
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
  setPrivilegedFalse,
  setApeFalse,
  dropAll,
  removeForbiddenCaps,
  procMountDefault,
  removeHostPorts,
  removeProbeHosts,
]
