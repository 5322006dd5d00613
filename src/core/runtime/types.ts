/**
 * The parts of the OCI runtime spec (config.json, opencontainers/runtime-spec config.md) that a container's
 * securityContext decides, as the container runtime writes them for runc.
 */
import type { OciCapabilities } from '../types'

export interface OciMount {
  destination: string
  /** containerd writes `bind`; CRI-O leaves the type out (runc reads the `rbind` option). */
  type?: 'bind'
  /** The host path; `<pod uid>` and `<container id>` stand for ids the cluster assigns. */
  source: string
  options: string[]
}

/** Which seccomp filter linux.seccomp holds (the filter itself is a long syscall list, named here). */
export type OciSeccomp =
  | { profile: 'RuntimeDefault'; name: string; source: string }
  | { profile: 'Localhost'; path: string; note: string }

export interface OciSpecParts {
  process: {
    user: { uid: number; gid: number; additionalGids: number[] }
    capabilities: OciCapabilities
    noNewPrivileges: boolean
    /** On a node with AppArmor; null: the runtime sets none (unconfined). */
    apparmorProfile: string | null
    /** On a node with SELinux; null: the runtime sets none. */
    selinuxLabel: string | null
  }
  root: { readonly: boolean }
  /** The mounts of the container's volumes (and the /etc files CRI-O generates), in the runtime's order. */
  mounts: OciMount[]
  linux: {
    /** null: no filter (Unconfined, or privileged). */
    seccomp: OciSeccomp | null
    maskedPaths: string[]
    readonlyPaths: string[]
  }
}

/** The securityContext fields (ContainerEffective.fields keys) that decided one part of the spec. */
export interface OciLink {
  /** The part, as a path into OciSpecParts: `process.user.uid`, `linux.maskedPaths`. */
  part: string
  fields: string[]
  /** How the runtime wrote it, in a sentence. */
  why: string
}

export interface RuntimeSpec {
  spec: OciSpecParts
  links: OciLink[]
  /** What depends on the node or the cluster (LSMs enabled, ids the cluster assigns, user namespaces). */
  notes: string[]
}
