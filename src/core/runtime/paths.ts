/**
 * linux.maskedPaths and linux.readonlyPaths: what procMount and privileged decide.
 *
 * The kubelet sends the runtime its default lists for procMount Default (or unset) and empty lists for
 * Unmasked (k/k pkg/kubelet/kuberuntime/security_context.go determineEffectiveSecurityContext →
 * pkg/securitycontext/util.go ConvertToRuntimeMaskedPaths / ConvertToRuntimeReadonlyPaths).
 * - containerd (internal/cri/server/container_create.go buildLinuxSpec): starts from empty lists
 *   (oci.WithMaskedPaths([]string{}), WithReadonlyPaths) and takes the kubelet's; a privileged container gets
 *   none (oci.WithPrivileged: WithMaskedPaths(nil), WithReadonlyPaths(nil)).
 * - CRI-O (server/container_create.go setupLinuxResources → server/masked_paths.go appendDefaultMaskedPaths):
 *   a non-empty list is joined with containers/common's DefaultMaskedPaths and /proc/asound, /proc/interrupts,
 *   sorted and deduplicated; internal/factory/container/container.go SpecSetPrivileges adds the masked and
 *   read-only paths only when the container is not privileged.
 */
import type { Runtime } from '../types'

/** k/k pkg/securitycontext/util.go defaultMaskedPaths. */
export const KUBELET_MASKED_PATHS: readonly string[] = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
]

/** k/k pkg/securitycontext/util.go defaultReadonlyPaths. */
export const KUBELET_READONLY_PATHS: readonly string[] = [
  '/proc/bus',
  '/proc/fs',
  '/proc/irq',
  '/proc/sys',
  '/proc/sysrq-trigger',
]

/**
 * containers/common pkg/config/default.go getMaskedPaths (its glob of
 * /sys/devices/system/cpu/cpu* /thermal_throttle adds what the node has), and the two CRI-O adds itself.
 */
const CRIO_EXTRA_MASKED: readonly string[] = [
  '/proc/acpi',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/sys/devices/virtual/powercap',
  '/sys/firmware',
  '/sys/fs/selinux',
  '/proc/interrupts',
  '/proc/asound',
]

/** Go's slices.Sort on strings: byte order. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export interface ProcPaths {
  maskedPaths: string[]
  readonlyPaths: string[]
}

/** The lists the runtime writes for a procMount value ('Unmasked' or anything else) and privileged. */
export function procPaths(runtime: Runtime, procMount: string | null, privileged: boolean): ProcPaths {
  if (privileged) return { maskedPaths: [], readonlyPaths: [] }
  const unmasked = procMount === 'Unmasked'
  const masked = unmasked ? [] : [...KUBELET_MASKED_PATHS]
  const readonlyPaths = unmasked ? [] : [...KUBELET_READONLY_PATHS]
  if (runtime === 'containerd' || masked.length === 0) return { maskedPaths: masked, readonlyPaths }
  return {
    maskedPaths: [...new Set([...CRIO_EXTRA_MASKED, ...masked])].sort(byteOrder),
    readonlyPaths,
  }
}
