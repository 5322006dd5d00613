/** Linux capability names without the CAP_ prefix, by bit number (include/uapi/linux/capability.h, 0–40). */
export const CAPABILITY_NAMES: readonly string[] = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
]

const KNOWN = new Set(CAPABILITY_NAMES)

/** Whether `name` (any case, with or without CAP_) names a capability or ALL. */
export function isKnownCapability(name: string): boolean {
  const upper = name.toUpperCase()
  const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper
  return bare === 'ALL' || KNOWN.has(bare)
}

/** The spelling Kubernetes expects: upper case, no CAP_ prefix. */
export function canonicalCapability(name: string): string {
  const upper = name.toUpperCase()
  return upper.startsWith('CAP_') ? upper.slice(4) : upper
}
