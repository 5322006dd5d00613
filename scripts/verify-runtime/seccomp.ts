/**
 * The seccomp filter the check loads where the generated spec applies one. RuntimeDefault: the runtime's
 * upstream default from ../shared/runtime/ (Moby/containers profile format), turned into an OCI linux.seccomp
 * the way the runtimes do it (moby profiles/seccomp setupSeccomp, containers/common pkg/seccomp): rules for
 * other architectures, for capabilities the container lacks and for newer kernels are left out. containerd's
 * own default is Go code (contrib/seccomp/seccomp_default.go) derived from Moby's profile, so Moby's stands in
 * for it. Localhost (the node's file), or no data file: a small default-allow filter of this project's own.
 * The proof is of what the process shows (Seccomp: 2, Seccomp_filters), not of the profile's syscall list.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Runtime } from '../../src/core/types'

interface Rule {
  names?: string[]
  action: string
  args?: unknown[]
  errnoRet?: number
  includes?: { caps?: string[]; arches?: string[]; minKernel?: string }
  excludes?: { caps?: string[]; arches?: string[] }
}
interface Profile {
  defaultAction: string
  defaultErrnoRet?: number
  archMap?: { architecture: string; subArchitectures?: string[] }[]
  syscalls: Rule[]
}

export interface OciSeccompFilter {
  defaultAction: string
  defaultErrnoRet?: number
  architectures: string[]
  syscalls: { names: string[]; action: string; args?: unknown[]; errnoRet?: number }[]
}

const FILES: Readonly<Record<Runtime, string>> = {
  containerd: 'moby-default-seccomp.json',
  'cri-o': 'crio-containers-common-seccomp.json',
}

/** Go's GOARCH of this machine, as the profiles name architectures. */
const GOARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64' }
const SCMP_ARCH: Readonly<Record<string, string>> = { amd64: 'SCMP_ARCH_X86_64', arm64: 'SCMP_ARCH_AARCH64' }

/** This project's own filter: everything allowed but kexec_load, which fails with EPERM. */
export const OWN_FILTER: OciSeccompFilter = {
  defaultAction: 'SCMP_ACT_ALLOW',
  architectures: [],
  syscalls: [{ names: ['kexec_load'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
}

function kernelAtLeast(kernel: string, min: string): boolean {
  const [a = 0, b = 0] = kernel.split('.').map((n) => parseInt(n, 10))
  const [c = 0, d = 0] = min.split('.').map((n) => parseInt(n, 10))
  return a > c || (a === c && b >= d)
}

/** The runtime's default profile for a container with these capabilities (bounding set names). */
export function defaultFilter(
  shared: string,
  runtime: Runtime,
  caps: readonly string[],
  kernel: string,
): { filter: OciSeccompFilter; from: string } {
  const file = join(shared, FILES[runtime])
  if (!existsSync(file))
    return { filter: OWN_FILTER, from: `the project's own default-allow filter (${file} absent)` }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const arch = GOARCH[process.arch] ?? process.arch
  const native = SCMP_ARCH[arch]
  const map = profile.archMap?.find((m) => m.architecture === native)
  const has = (c: string) => caps.includes(c)
  const kept = profile.syscalls.filter((r) => {
    const inc = r.includes ?? {}
    const exc = r.excludes ?? {}
    if (inc.arches && !inc.arches.includes(arch)) return false
    if (exc.arches?.includes(arch)) return false
    if (inc.caps && !inc.caps.every(has)) return false
    if (exc.caps?.some(has)) return false
    if (inc.minKernel && !kernelAtLeast(kernel, inc.minKernel)) return false
    return (r.names?.length ?? 0) > 0
  })
  return {
    filter: {
      defaultAction: profile.defaultAction,
      ...(profile.defaultErrnoRet === undefined ? {} : { defaultErrnoRet: profile.defaultErrnoRet }),
      architectures: map ? [map.architecture, ...(map.subArchitectures ?? [])] : [],
      syscalls: kept.map((r) => ({
        names: r.names ?? [],
        action: r.action,
        ...(r.args ? { args: r.args } : {}),
        ...(r.errnoRet === undefined ? {} : { errnoRet: r.errnoRet }),
      })),
    },
    from: `../shared/runtime/${FILES[runtime]}`,
  }
}
