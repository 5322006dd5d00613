import type { ContainerEffective, JsonObject } from '../../core/types'
import { shellLines, type ShellLine } from './shell'
import type { ShellKind } from './types'

/**
 * The kubelet maps a user-namespace pod's ids 0–65535 onto a block of 65536 host ids at a multiple of 65536, never
 * the first block (kubernetes pkg/kubelet/userns/userns_manager.go: `userNsLength = 1 << 16`, the mapping's first
 * id must be ≥ userNsLength). Which block is the node's choice: 131072 stands for it.
 */
export const EXAMPLE_USERNS_BASE = 131072

/** The kernel prints each uid_map line as `%10u %10u %10u` (kernel/user_namespace.c uid_m_show). */
const mapLine = (inside: number, host: number, length: number) =>
  [inside, host, length].map((n) => String(n).padStart(10)).join(' ')

/**
 * `cat /proc/self/uid_map`: the identity mapping of the host's user namespace, or the pod's own block with
 * `hostUsers: false`. Modelled, not run: the runtime check runs containers without a user namespace.
 */
export function uidMapLine(podSpec: JsonObject): ShellLine {
  const cmd = 'cat /proc/self/uid_map'
  if (podSpec.hostUsers !== false) return { cmd, out: mapLine(0, 0, 4294967295) }
  const note = `   # modelled: host uid ${EXAMPLE_USERNS_BASE} stands for the block the kubelet picks`
  return { cmd, out: mapLine(0, EXAMPLE_USERNS_BASE, 65536) + note }
}

/** What a lesson step's commands print for one container of a pod. */
export function lessonLines(
  kinds: readonly ShellKind[],
  eff: ContainerEffective,
  podSpec: JsonObject,
): ShellLine[] {
  return kinds.flatMap((k) => {
    if (k !== 'uidMap') return shellLines(k, eff)
    return eff.process ? [uidMapLine(podSpec)] : []
  })
}

/** The commands whose output `npm run verify:runtime` compares with what runc printed (the core transcript's). */
const RUNC_CHECKED: ReadonlySet<ShellKind> = new Set(['id', 'ps', 'volumes', 'caps', 'noNewPrivs', 'seccomp'])

/** Which of a step's commands were checked against a real runc, and which are modelled only. */
export function checkedByRunc(kinds: readonly ShellKind[]): { checked: ShellKind[]; modelled: ShellKind[] } {
  return {
    checked: kinds.filter((k) => RUNC_CHECKED.has(k)),
    modelled: kinds.filter((k) => !RUNC_CHECKED.has(k)),
  }
}
