/**
 * One OCI bundle per container: the volume directories prepared as the kubelet prepares them, and config.json
 * = `runc spec` with the parts the runtime spec generator (core/runtime) decides.
 *
 * Volumes, as the kubelet does it (not as the model says): emptyDir (k/k pkg/volume/emptydir/empty_dir.go
 * SetUpAt) creates the directory and chmods it 0777; medium Memory mounts a tmpfs on it (setupTmpfs, no mode
 * option). Then, with fsGroup, SetVolumeOwnership (pkg/volume/volume_linux.go) gives every file the group and
 * ORs in 0660 (0440 for a read-only volume), plus 0110 and setgid for directories. Other volume types get a
 * stand-in directory (the model claims nothing about them but a read-only mount's refusal to write).
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generatedEtc, modelOf } from '../../src/core/effective/image'
import { asObject } from '../../src/core/effective/merge'
import { shellSteps, type ShellStep } from '../../src/core/effective/transcript'
import { maskOf } from '../../src/core/k8s/capabilities'
import type { JsonValue, OciCapabilities } from '../../src/core/types'
import type { Case } from './cases'
import type { Host } from './host'
import { defaultFilter, OWN_FILTER } from './seccomp'

export interface Bundle {
  dir: string
  /** The steps the container runs, in order (the transcript's, without `ps` and without claimed output). */
  steps: ShellStep[]
  /** tmpfs mounts to undo. */
  tmpfs: string[]
  /** Where the seccomp filter came from, when one is loaded. */
  seccompFrom: string | null
}

/** What the kubelet does to an emptyDir before the container starts. */
function prepareVolume(dir: string, volume: JsonValue | undefined, fsGroup: number | null, tmpfs: string[]) {
  mkdirSync(dir, { recursive: true })
  const empty = asObject(asObject(volume ?? null)?.emptyDir ?? null)
  if (!empty) return
  chmodSync(dir, 0o777)
  if (empty.medium === 'Memory') {
    execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', dir])
    tmpfs.push(dir)
  }
  if (fsGroup === null) return
  chownSync(dir, -1, fsGroup)
  const mode = statSync(dir).mode & 0o7777
  chmodSync(dir, mode | 0o660 | 0o110 | 0o2000)
}

/** The capability lists runc is asked for: known names the host's bounding set lacks are left out. */
function forHost(sets: OciCapabilities, host: Host): OciCapabilities {
  const keep = (list: string[]) =>
    list.filter((n) => maskOf([n]) === 0n || (maskOf([n]) & host.bounding) !== 0n)
  return {
    bounding: keep(sets.bounding),
    effective: keep(sets.effective),
    permitted: keep(sets.permitted),
    inheritable: keep(sets.inheritable),
    ambient: keep(sets.ambient),
  }
}

/** The root filesystem of an image model, by its files (custom has busybox's). */
export const rootfsKey = (c: Case) => {
  const image = modelOf(c.container.image)
  return image.id === 'custom' ? 'busybox' : image.id
}

export function writeBundle(
  work: string,
  id: string,
  c: Case,
  host: Host,
  base: Record<string, unknown>,
  shared: string,
): Bundle {
  const dir = join(work, id)
  mkdirSync(dir, { recursive: true })
  const tmpfs: string[] = []
  const { spec } = c.oci
  const podVolumes = Array.isArray(c.podSpec.volumes) ? c.podSpec.volumes : []
  const fsGroup = asObject(c.podSpec.securityContext ?? null)?.fsGroup
  const sources = new Map<string, string>()
  c.container.volumes.forEach((v, i) => {
    const src = join(dir, `volume-${i}`)
    const volume = podVolumes.find((x) => asObject(x)?.name === v.name)
    prepareVolume(src, volume, typeof fsGroup === 'number' ? fsGroup : null, tmpfs)
    sources.set(v.mountPath, src)
  })
  const image = modelOf(c.container.image)
  const etc = generatedEtc(c.runtime, spec.process.user.uid, spec.process.user.gid, image)
  for (const [name, text] of [
    ['passwd', etc.passwd],
    ['group', etc.group],
  ] as const) {
    if (text !== null) {
      writeFileSync(join(dir, name), text, { mode: 0o644 })
      sources.set(`/etc/${name}`, join(dir, name))
    }
  }

  const steps = shellSteps(c.container).filter((s) => s.kind !== 'ps' && s.output.length > 0)
  const script = steps.map((s, i) => `echo @@${i}\n{ ${s.command} ; } 2>&1`).join('\n')
  const config = structuredClone(base) as {
    process: Record<string, unknown>
    linux: Record<string, unknown>
  } & Record<string, unknown>
  const { apparmorProfile: _a, selinuxLabel: _s, ...process } = config.process
  config.process = {
    ...process,
    terminal: false,
    args: ['sh', '-c', script],
    user: spec.process.user,
    capabilities: forHost(spec.process.capabilities, host),
    noNewPrivileges: spec.process.noNewPrivileges,
  }
  config.root = { path: join(work, `rootfs-${rootfsKey(c)}`), readonly: spec.root.readonly }
  const mounts = spec.mounts.map((m) => ({ ...m, source: sources.get(m.destination) ?? m.source }))
  config.mounts = [...(config.mounts as unknown[]), ...mounts]
  let seccompFrom: string | null = null
  const linux: Record<string, unknown> = {
    ...config.linux,
    maskedPaths: spec.linux.maskedPaths,
    readonlyPaths: spec.linux.readonlyPaths,
  }
  if (spec.linux.seccomp?.profile === 'RuntimeDefault') {
    const { filter, from } = defaultFilter(shared, c.runtime, spec.process.capabilities.bounding, host.kernel)
    linux.seccomp = filter
    seccompFrom = from
  } else if (spec.linux.seccomp) {
    linux.seccomp = OWN_FILTER
    seccompFrom = "the project's own default-allow filter (a Localhost profile lives on the node)"
  }
  config.linux = linux
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2))
  return { dir, steps, tmpfs, seccompFrom }
}
