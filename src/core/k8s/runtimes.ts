/**
 * Container runtimes: default capability sets, how each runtime reads the
 * names in capabilities.add / capabilities.drop, and what each does differently for a privileged container,
 * for the Linux security modules and for user names. Every fact cites the upstream function it comes from
 * (containerd/containerd, cri-o/cri-o, opencontainers/runtime-tools, as read at their default branches).
 */
import { goQuote } from '../quote'
import type { OciCapabilities, Runtime } from '../types'
import { ALL_CAPS_MASK, CAPABILITIES, formatCapMask, maskOf, normalizeCapName } from './capabilities'

export interface RuntimeInfo {
  id: Runtime
  label: string
  /** Kernel names of the default capability set, as the runtime lists them. */
  defaultCaps: readonly string[]
  /**
   * The OCI capability sets a privileged container gets every capability of the kernel in, besides bounding,
   * effective and permitted: with inheritable and ambient full, a non-root process keeps them all.
   */
  privilegedSets: { inheritable: boolean; ambient: boolean }
  /** process.apparmorProfile for RuntimeDefault and for an unset profile, on a node with AppArmor. */
  appArmorDefault: string
  /** A Localhost AppArmor profile still applies to a privileged container (RuntimeDefault never does). */
  privilegedKeepsLocalhostAppArmor: boolean
  /** A privileged container keeps its SELinux process label. */
  privilegedKeepsSeLinuxLabel: boolean
  /** Host namespaces that make the runtime start the process without an SELinux label. */
  seLinuxOffWith: readonly ('hostPID' | 'hostIPC' | 'hostNetwork')[]
  /** The runtime adds an /etc/passwd entry for a uid, and an /etc/group entry for a gid, the image lacks. */
  namesMissingIds: boolean
  /** process.user.additionalGids sorted (containerd), or in the order the groups were added (CRI-O). */
  sortsAdditionalGids: boolean
  /** The filter RuntimeDefault loads: its name and upstream source. */
  seccompDefault: { name: string; source: string }
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
  containerd: {
    id: 'containerd',
    label: 'containerd',
    // pkg/oci/spec.go defaultUnixCaps.
    defaultCaps: CONTAINERD_DEFAULT,
    // internal/cri/server/container_create.go buildLinuxSpec: oci.WithPrivileged (pkg/oci/spec_opts.go:
    // WithAllCurrentCapabilities → WithCapabilities sets bounding, effective and permitted, and keeps inheritable
    // empty), then customopts.WithoutAmbientCaps (internal/cri/opts/spec_opts.go) clears ambient.
    privilegedSets: { inheritable: false, ambient: false },
    // internal/cri/sputil/securityprofile_linux.go appArmorDefaultProfileName.
    appArmorDefault: 'cri-containerd.apparmor.d',
    // internal/cri/sputil/apparmor_linux.go GenerateApparmorSpecOpts skips only RuntimeDefault when privileged;
    // containerSpecOpts (container_create_linux.go) applies its result after buildLinuxSpec's WithPrivileged.
    privilegedKeepsLocalhostAppArmor: true,
    // buildLinuxSpec appends customopts.WithSelinuxLabels(processLabel, …) after oci.WithPrivileged, so the
    // label WithPrivileged cleared is set again; no host namespace turns it off.
    privilegedKeepsSeLinuxLabel: true,
    seLinuxOffWith: [],
    // pkg/oci/spec_opts.go WithUser / WithAdditionalGIDs read the image's files and never write them.
    namesMissingIds: false,
    // internal/cri/opts/spec_opts.go WithAdditionalGIDs and WithSupplementalGroups merge through mergeGids,
    // which sorts.
    sortsAdditionalGids: true,
    // internal/cri/sputil/seccomp_linux.go GenerateSeccompSpecOpts: RuntimeDefault → seccomp.WithDefaultProfile.
    seccompDefault: {
      name: 'containerd default',
      source: 'containerd/containerd contrib/seccomp/seccomp_default.go DefaultProfile',
    },
  },
  'cri-o': {
    id: 'cri-o',
    label: 'CRI-O',
    // internal/config/capabilities/capabilities_linux.go Default.
    defaultCaps: CRIO_DEFAULT,
    // internal/factory/container/container.go SpecSetPrivileges → runtime-tools generate.go SetupPrivileged:
    // all five sets (bounding, effective, inheritable, permitted, ambient) get every capability the host
    // supports (HostSpecific, set in server/container_create_linux.go getSpecGen).
    privilegedSets: { inheritable: true, ambient: true },
    // internal/config/apparmor/apparmor_linux.go DefaultProfile, returned by Config.Apply.
    appArmorDefault: 'crio-default',
    // server/container_create_linux.go specSetApparmorProfile sets a profile only when !ctr.Privileged().
    privilegedKeepsLocalhostAppArmor: false,
    // server/container_create.go configureSELinuxLabels: no process label when privileged, with hostPID or
    // hostIPC, and with hostNetwork while hostnetwork_disable_selinux is true (its default, pkg/config).
    privilegedKeepsSeLinuxLabel: false,
    seLinuxOffWith: ['hostPID', 'hostIPC', 'hostNetwork'],
    // server/container_create.go setupContainerUser → utils/utils.go GeneratePasswd (`<user>:x:<uid>:<gid>:…`
    // when the image's /etc/passwd lacks the uid) and GenerateGroup (`<gid>:x:<gid>:`).
    namesMissingIds: true,
    // setupContainerUser: AddProcessAdditionalGid(gid), then the image's groups, then supplementalGroups;
    // runtime-tools generate.go AddProcessAdditionalGid appends a gid not yet present.
    sortsAdditionalGids: false,
    // internal/config/seccomp/seccomp.go Setup: RuntimeDefault → LoadProfileFromConfig(c.Profile()), the
    // profile CRI-O embeds from containers/common (seccomp_profile unset).
    seccompDefault: {
      name: 'CRI-O default (containers/common)',
      source: 'containers/common pkg/seccomp/seccomp.json',
    },
  },
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
  /** With problem 'fails': the runtime's error, as the kubelet reports it (CreateContainerError). */
  error?: string
}

/** A kernel name exactly as the runtime spells it, or null (only upper-case CAP_ names are known). */
const known = (name: string): string | null => (normalizeCapName(name) === name ? name : null)

/**
 * containerd (internal/cri/opts/spec_opts.go WithCapabilities) compares ALL case-insensitively and prefixes
 * every other name with CAP_ after upper-casing it, unconditionally: CAP_NET_ADMIN becomes CAP_CAP_NET_ADMIN,
 * which runc ignores with the log warning "ignoring unknown or unavailable capabilities". CRI-O
 * (internal/factory/container/container.go SpecSetupCapabilities) adds CAP_ only when the name lacks it
 * (toCAPPrefixed) and refuses the container for an unknown name in add (`unknown capability "X" to add`) and in
 * drop (runtime-tools DropProcessCapabilityBounding → CapValid: `failed to drop cap X invalid capability: X`).
 * Neither trims spaces.
 */
export function readCapName(runtime: Runtime, list: 'add' | 'drop', name: string): CapNameReading {
  const upper = name.toUpperCase()
  if (upper === 'ALL') return { list, name, cap: 'ALL' }
  if (runtime === 'containerd') {
    const prefixed = `CAP_${upper}`
    if (known(prefixed)) return { list, name, cap: prefixed }
    const meant = known(upper)
    const why = meant
      ? `${name} is ignored by containerd (it becomes ${prefixed}): write ${meant.slice(4)}`
      : `${name} is not a Linux capability: containerd ignores it`
    return { list, name, cap: null, problem: 'ignored', why }
  }
  const prefixed = upper.startsWith('CAP_') ? name : `CAP_${upper}`
  const cap = known(prefixed.toUpperCase())
  if (cap) return { list, name, cap }
  const error =
    list === 'add'
      ? `unknown capability ${goQuote(prefixed)} to add`
      : `failed to drop cap ${prefixed} invalid capability: ${prefixed.toUpperCase()}`
  return {
    list,
    name,
    cap: null,
    problem: 'fails',
    why: `CRI-O refuses to start the container: ${error}`,
    error,
  }
}

/** The first name that makes the runtime refuse the container, in the order it reads them (adds, then drops). */
export function capRefusal(readings: readonly CapNameReading[]): string | null {
  return readings.find((r) => r.problem === 'fails')?.error ?? null
}

export interface CapResolution {
  /** The bounding set the runtime gives the container (what runc applies of the lists: known names only). */
  bounding: bigint
  /** Every add/drop name as the runtime reads it, in manifest order (adds first). */
  readings: CapNameReading[]
  /** The OCI capability sets the runtime writes. */
  sets: OciCapabilities
}

/**
 * A name of add/drop as it lands in the spec: containerd writes `CAP_` + the upper-cased name whatever it is
 * (internal/cri/opts/spec_opts.go WithCapabilities), CRI-O adds `CAP_` only when missing and runtime-tools
 * upper-cases it (generate.go AddProcessCapabilityBounding).
 */
function specName(runtime: Runtime, name: string): string {
  const upper = name.toUpperCase()
  return runtime === 'containerd' || !upper.startsWith('CAP_') ? `CAP_${upper}` : upper
}

/** Every capability of the kernel in bit order (containerd cap.Current, CRI-O capability.ListKnown ≤ LastCap). */
const KERNEL_CAPS = CAPABILITIES.map((c) => c.name)

/**
 * The list the runtime writes into bounding, effective and permitted for capabilities.add/drop.
 * containerd starts from its default list (pkg/oci/spec.go populateDefaultUnixSpec), or every capability for
 * add ALL, or none for drop ALL; appends each add not yet there (oci.WithAddedCapabilities) and removes each
 * drop by exact name (oci.WithDroppedCapabilities). CRI-O (container.go SpecSetupCapabilities) clears the
 * sets, adds every capability for add ALL and removes them all for drop ALL; without either, its defaults
 * follow the manifest's adds; then each add is appended once and each drop removed.
 */
function capabilityList(runtime: Runtime, add: readonly string[], drop: readonly string[]): string[] {
  const isAll = (n: string) => n.toUpperCase() === 'ALL'
  const addAll = add.some(isAll)
  const dropAll = drop.some(isAll)
  const defaults = RUNTIMES[runtime].defaultCaps
  let list: string[] = runtime === 'containerd' && !addAll ? [...defaults] : addAll ? [...KERNEL_CAPS] : []
  if (dropAll) list = []
  const adds = add.filter((n) => !isAll(n)).map((n) => specName(runtime, n))
  if (runtime === 'cri-o' && !addAll && !dropAll) adds.push(...defaults)
  for (const n of adds) if (!list.includes(n)) list.push(n)
  for (const n of drop.filter((d) => !isAll(d)).map((d) => specName(runtime, d))) {
    list = list.filter((c) => c !== n)
  }
  return list
}

/**
 * The capability sets for capabilities.add/drop: the bounding, effective and permitted lists of
 * capabilityList; inheritable and ambient empty (containerd's default spec has none and WithoutAmbientCaps
 * clears ambient; CRI-O clears both, CVE-2022-27652). A privileged container gets every capability whatever
 * add/drop say (containerd oci.WithPrivileged → WithAllCurrentCapabilities; CRI-O runtime-tools
 * SetupPrivileged), and on CRI-O in inheritable and ambient too (privilegedSets).
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
  const list = privileged ? [...KERNEL_CAPS] : capabilityList(runtime, add, drop)
  const extra = privileged ? RUNTIMES[runtime].privilegedSets : { inheritable: false, ambient: false }
  const sets: OciCapabilities = {
    bounding: list,
    effective: [...list],
    permitted: [...list],
    inheritable: extra.inheritable ? [...list] : [],
    ambient: extra.ambient ? [...list] : [],
  }
  return { bounding: maskOf(list), readings, sets }
}
