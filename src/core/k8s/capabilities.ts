/**
 * Linux capabilities (torvalds/linux include/uapi/linux/capability.h):
 * 41 capabilities, bit 0 (CAP_CHOWN) to bit 40 (CAP_CHECKPOINT_RESTORE).
 */
export interface Capability {
  bit: number
  /** Kernel name: CAP_NET_ADMIN. */
  name: string
  /** The name Kubernetes wants in capabilities.add/drop: NET_ADMIN. */
  k8sName: string
  description: string
}

const TABLE: readonly (readonly [string, string])[] = [
  ['CHOWN', 'Change the owner and group of any file.'],
  ['DAC_OVERRIDE', 'Read, write and execute any file regardless of its permission bits.'],
  ['DAC_READ_SEARCH', 'Read any file and list any directory regardless of permissions.'],
  ['FOWNER', 'Act as the owner of any file (chmod, utime, set ACLs).'],
  ['FSETID', 'Keep setuid/setgid bits when changing a file; set setgid on files of other groups.'],
  ['KILL', 'Send signals to processes of other users.'],
  ['SETGID', 'Change the group IDs of the process (setgid, setgroups).'],
  ['SETUID', 'Change the user IDs of the process (setuid).'],
  ['SETPCAP', 'Change capability bounding sets and grant capabilities to own inheritable set.'],
  ['LINUX_IMMUTABLE', 'Set the immutable and append-only file attributes.'],
  ['NET_BIND_SERVICE', 'Bind to TCP/UDP ports below 1024.'],
  ['NET_BROADCAST', 'Send broadcasts and listen to multicast (unused by the kernel).'],
  ['NET_ADMIN', 'Configure network interfaces, routes, firewall rules and sockets.'],
  ['NET_RAW', 'Use raw and packet sockets (ping, packet capture, spoofing).'],
  ['IPC_LOCK', 'Lock memory (mlock) and use huge pages.'],
  ['IPC_OWNER', 'Bypass permission checks on System V IPC objects.'],
  ['SYS_MODULE', 'Load and unload kernel modules.'],
  ['SYS_RAWIO', 'Raw I/O: ioperm, iopl and /dev/mem access.'],
  ['SYS_CHROOT', 'Call chroot and change mount namespaces with setns.'],
  ['SYS_PTRACE', 'Trace and inspect any process (ptrace, process_vm_readv).'],
  ['SYS_PACCT', 'Turn process accounting on and off.'],
  ['SYS_ADMIN', 'Broad administration: mount, namespaces, many device and kernel operations.'],
  ['SYS_BOOT', 'Reboot the machine and load a new kernel (kexec).'],
  ['SYS_NICE', 'Raise process priority and set real-time scheduling and CPU affinity.'],
  ['SYS_RESOURCE', 'Override resource limits and quotas.'],
  ['SYS_TIME', 'Set the system clock.'],
  ['SYS_TTY_CONFIG', 'Configure terminals (vhangup).'],
  ['MKNOD', 'Create device special files with mknod.'],
  ['LEASE', 'Take file leases on files the process does not own.'],
  ['AUDIT_WRITE', 'Write records to the kernel audit log.'],
  ['AUDIT_CONTROL', 'Configure kernel auditing rules.'],
  ['SETFCAP', 'Set file capabilities on executables.'],
  ['MAC_OVERRIDE', 'Override mandatory access control (Smack).'],
  ['MAC_ADMIN', 'Configure mandatory access control (Smack, AppArmor policy).'],
  ['SYSLOG', 'Read and clear the kernel log (dmesg) and see kernel addresses.'],
  ['WAKE_ALARM', 'Set alarms that wake the system from suspend.'],
  ['BLOCK_SUSPEND', 'Prevent the system from suspending.'],
  ['AUDIT_READ', 'Read the audit log over a netlink socket.'],
  ['PERFMON', 'Use performance monitoring (perf_event_open).'],
  ['BPF', 'Load BPF programs and create BPF maps.'],
  ['CHECKPOINT_RESTORE', 'Checkpoint and restore processes (set PIDs, read other processes state).'],
]

export const CAPABILITIES: readonly Capability[] = TABLE.map(([k8sName, description], bit) => ({
  bit,
  name: `CAP_${k8sName}`,
  k8sName,
  description,
}))

/**
 * The capabilities Pod Security baseline lets a container add (k8s.io/pod-security-admission
 * policy/check_capabilities_baseline.go): the containerd defaults without NET_RAW, compared as exact strings.
 */
export const PSS_BASELINE_ADDS: ReadonlySet<string> = new Set([
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

/** The highest capability bit of the kernels this tool models (CAP_CHECKPOINT_RESTORE). */
export const LAST_CAP = CAPABILITIES.length - 1
/** Every capability: `000001ffffffffff`. */
export const ALL_CAPS_MASK = (1n << BigInt(CAPABILITIES.length)) - 1n

const BY_NAME = new Map(CAPABILITIES.map((c) => [c.name, c]))

/** `net_admin`, `NET_ADMIN`, `CAP_NET_ADMIN`, `cap_net_admin` → `CAP_NET_ADMIN`; null if not a capability. */
export function normalizeCapName(name: string): string | null {
  const upper = name.trim().toUpperCase()
  const full = upper.startsWith('CAP_') ? upper : `CAP_${upper}`
  return BY_NAME.has(full) ? full : null
}

/** The capability with a kernel name (CAP_NET_ADMIN), or undefined. */
export function capByName(name: string): Capability | undefined {
  return BY_NAME.get(name)
}

/** 16 lower-case hex digits, as /proc/PID/status prints a capability set. */
export function formatCapMask(mask: bigint): string {
  return mask.toString(16).padStart(16, '0')
}

/** Parses a capability set written in hex (`00000000a80425fb`, `0xa80425fb`). Throws on bad hex. */
export function parseCapMask(hex: string): bigint {
  const digits = hex.trim().replace(/^0x/i, '')
  if (!/^[0-9a-f]{1,16}$/i.test(digits)) {
    throw new Error(`not a capability set: "${hex}" (expected up to 16 hex digits, like 00000000a80425fb)`)
  }
  const mask = BigInt(`0x${digits}`)
  const extra = mask & ~ALL_CAPS_MASK
  if (extra !== 0n) {
    const bit = extra.toString(2).length - 1
    throw new Error(
      `not a capability set: "${hex}" has bit ${bit} set, but the last capability is CAP_CHECKPOINT_RESTORE (bit ${LAST_CAP})`,
    )
  }
  return mask
}

/** Capability names (CAP_…) in a mask, ascending by bit. */
export function capNames(mask: bigint): string[] {
  return CAPABILITIES.filter((c) => (mask >> BigInt(c.bit)) & 1n).map((c) => c.name)
}

/** The mask of a list of kernel names (CAP_…); names must already be normalised. */
export function maskOf(names: Iterable<string>): bigint {
  let mask = 0n
  for (const n of names) {
    const c = BY_NAME.get(n)
    if (c) mask |= 1n << BigInt(c.bit)
  }
  return mask
}

/** `00000000a80425fb` → `['CAP_CHOWN', 'CAP_DAC_OVERRIDE', …]` ascending by bit. Throws on bad hex. */
export function decodeCaps(hex: string): string[] {
  return capNames(parseCapMask(hex))
}

/** `['NET_ADMIN', 'cap_sys_time']` → `0000000002001000`; `ALL` means every capability. Throws on unknown names. */
export function encodeCaps(names: readonly string[]): string {
  let mask = 0n
  for (const n of names) {
    if (n.trim().toUpperCase() === 'ALL') {
      mask = ALL_CAPS_MASK
      continue
    }
    const full = normalizeCapName(n)
    if (!full) throw new Error(`unknown capability "${n}"`)
    mask |= maskOf([full])
  }
  return formatCapMask(mask)
}

/** What b has that a has not (added) and the reverse (removed); each side a hex set or a list of names. */
export function diffCaps(
  a: string | readonly string[],
  b: string | readonly string[],
): { added: string[]; removed: string[] } {
  const toMask = (x: string | readonly string[]) => parseCapMask(typeof x === 'string' ? x : encodeCaps(x))
  const ma = toMask(a)
  const mb = toMask(b)
  return { added: capNames(mb & ~ma), removed: capNames(ma & ~mb) }
}

/** capsh --decode style: `0x00000000a80425fb=cap_chown,cap_dac_override,…`. */
export function capshDecode(hex: string): string {
  const mask = parseCapMask(hex)
  const names = capNames(mask).map((n) => n.toLowerCase())
  return `0x${formatCapMask(mask)}=${names.join(',')}`
}
