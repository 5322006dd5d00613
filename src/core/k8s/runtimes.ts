/**
 * Container runtimes (spec/securitycontext.md §5.2–§5.3): default capability sets and how each runtime reads
 * the names in capabilities.add / capabilities.drop.
 */
import type { Runtime } from '../types'
import { ALL_CAPS_MASK, formatCapMask, maskOf, normalizeCapName } from './capabilities'

export interface RuntimeInfo {
  id: Runtime
  label: string
  /** Kernel names of the default capability set, as the runtime lists them. */
  defaultCaps: readonly string[]
}

const CONTAINERD_DEFAULT = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
] as const

const CRIO_DEFAULT = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_KILL',
] as const

export const RUNTIMES: Readonly<Record<Runtime, RuntimeInfo>> = {
  containerd: { id: 'containerd', label: 'containerd', defaultCaps: CONTAINERD_DEFAULT },
  'cri-o': { id: 'cri-o', label: 'CRI-O', defaultCaps: CRIO_DEFAULT },
}

/** The default capability set of a runtime as a mask (containerd a80425fb, CRI-O 5fb). */
export function defaultCapMask(runtime: Runtime): bigint {
  return DEFAULT_MASKS[runtime]
}

const DEFAULT_MASKS: Readonly<Record<Runtime, bigint>> = {
  containerd: maskOf(CONTAINERD_DEFAULT),
  'cri-o': maskOf(CRIO_DEFAULT),
}

/** `00000000a80425fb` (containerd) or `00000000000005fb` (CRI-O). */
export function defaultCapHex(runtime: Runtime): string {
  return formatCapMask(defaultCapMask(runtime))
}

/** Every capability, what a privileged container gets: `000001ffffffffff`. */
export const PRIVILEGED_CAP_HEX = formatCapMask(ALL_CAPS_MASK)

/** How a runtime reads one name of capabilities.add or capabilities.drop. */
export interface CapNameReading {
  list: 'add' | 'drop'
  /** The name as written in the manifest. */
  name: string
  /** The kernel name the runtime applies (CAP_NET_ADMIN), 'ALL', or null when it applies nothing. */
  cap: string | null
  /** Set when the name does not do what it says: ignored, or the container fails to start. */
  problem?: 'ignored' | 'fails'
  why?: string
}

/**
 * containerd prefixes CAP_ unconditionally (CAP_NET_ADMIN → CAP_CAP_NET_ADMIN, which runc ignores with a log
 * warning); CRI-O adds CAP_ only when missing and refuses to start a container with an unknown name to add.
 */
export function readCapName(runtime: Runtime, list: 'add' | 'drop', name: string): CapNameReading {
  const upper = name.trim().toUpperCase()
  if (upper === 'ALL') return { list, name, cap: 'ALL' }
  if (runtime === 'containerd') {
    const prefixed = `CAP_${upper}`
    if (normalizeCapName(prefixed) === prefixed) return { list, name, cap: prefixed }
    const meant = normalizeCapName(upper)
    const why = meant
      ? `${name} is ignored by containerd (it becomes ${prefixed}): write ${meant.slice(4)}`
      : `${name} is not a Linux capability: containerd ignores it`
    return { list, name, cap: null, problem: 'ignored', why }
  }
  const cap = normalizeCapName(upper)
  if (cap) return { list, name, cap }
  const prefixed = upper.startsWith('CAP_') ? upper : `CAP_${upper}`
  return list === 'add'
    ? {
        list,
        name,
        cap: null,
        problem: 'fails',
        why: `CRI-O refuses to start the container: unknown capability "${prefixed}" to add`,
      }
    : { list, name, cap: null, problem: 'ignored', why: `${name} is not a Linux capability: nothing to drop` }
}

export interface CapResolution {
  /** The bounding set the runtime gives the container. */
  bounding: bigint
  /** Every add/drop name as the runtime reads it, in manifest order (adds first). */
  readings: CapNameReading[]
}

/**
 * The bounding set for capabilities.add/drop (spec §5.3): start from the runtime default, or from every
 * capability when add holds ALL; drop ALL clears it; then each named add, then each named drop.
 * A privileged container gets every capability whatever add/drop say.
 */
export function resolveCapabilities(
  runtime: Runtime,
  add: readonly string[],
  drop: readonly string[],
  privileged: boolean,
): CapResolution {
  const readings = [
    ...add.map((n) => readCapName(runtime, 'add', n)),
    ...drop.map((n) => readCapName(runtime, 'drop', n)),
  ]
  if (privileged) return { bounding: ALL_CAPS_MASK, readings }
  const has = (list: 'add' | 'drop') => readings.some((r) => r.list === list && r.cap === 'ALL')
  let set = has('add') ? ALL_CAPS_MASK : defaultCapMask(runtime)
  if (has('drop')) set = 0n
  for (const r of readings) {
    if (!r.cap || r.cap === 'ALL') continue
    const bit = maskOf([r.cap])
    set = r.list === 'add' ? set | bit : set & ~bit
  }
  return { bounding: set, readings }
}
