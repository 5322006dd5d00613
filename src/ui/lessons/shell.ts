import {
  appArmorStep,
  capStep,
  idStep,
  noNewPrivsStep,
  psUserStep,
  seccompStep,
  seLinuxStep,
  volumeSteps,
  type ShellStep,
} from '../../core/effective/transcript'
import type { ContainerEffective, JsonValue, ProcessIdentity } from '../../core/types'
import { isObject } from '../../core/json'
import type { ShellKind } from './types'

/** One command of the simulated shell and what it prints. */
export interface ShellLine {
  cmd: string
  out: string
}

/** The effective value at a path inside securityContext, whether the core keys fields by leaf or by struct. */
export function effectiveValue(eff: ContainerEffective, path: readonly string[]): JsonValue | null {
  const leaf = eff.fields[path.join('.')] ?? eff.fields[path.join(' ')]
  if (leaf) return leaf.value
  let v: JsonValue | undefined = eff.fields[path[0]!]?.value ?? undefined
  for (const key of path.slice(1)) v = isObject(v) ? v[key] : undefined
  return v ?? null
}

/**
 * A core transcript step as a lesson line: its output, with its note after the last line (`   # …`), or the
 * note alone when it prints nothing.
 */
function line(step: ShellStep): ShellLine {
  if (step.output.length === 0) return { cmd: step.command, out: step.note ? `# ${step.note}` : '' }
  const out = [...step.output]
  if (step.note && step.kind === 'lsm') out[out.length - 1] += `   # ${step.note}`
  return { cmd: step.command, out: out.join('\n') }
}

function volumeLines(eff: ContainerEffective): ShellLine[] {
  if (eff.volumes.length === 0) return [{ cmd: 'mount | grep -c /data', out: '0   # no volume mounted' }]
  return volumeSteps(eff).map(line)
}

const capsh = (hex: string, names: readonly string[]) => ({
  cmd: `capsh --decode=${hex}`,
  out: `0x${hex}=${names.map((n) => n.toLowerCase()).join(',')}`,
})

function decodeLines(p: ProcessIdentity): ShellLine[] {
  const { status, effectiveCaps, boundingCaps } = p
  const lines = [capsh(status.CapEff, effectiveCaps)]
  if (status.CapBnd !== status.CapEff) lines.push(capsh(status.CapBnd, boundingCaps))
  return lines
}

function rootfsLines(eff: ContainerEffective): ShellLine[] {
  const readOnly = effectiveValue(eff, ['readOnlyRootFilesystem']) === true
  const lines: ShellLine[] = [
    {
      cmd: 'touch /probe && echo written',
      out: readOnly ? 'touch: /probe: Read-only file system' : 'written',
    },
  ]
  for (const v of eff.volumes) {
    const file = `${v.mountPath.replace(/\/$/, '')}/probe`
    const out = v.readOnly ? `touch: ${file}: Read-only file system` : 'written'
    lines.push({ cmd: `touch ${file} && echo written`, out })
  }
  return lines
}

/** In place of every command when no Linux process runs: the refusal, or that it is a Windows container. */
function notRunning(eff: ContainerEffective): ShellLine {
  const cmd = `kubectl exec -it … -c ${eff.name} -- sh`
  if (eff.refusal) return { cmd, out: `# not running: ${eff.refusal.by} refused it: ${eff.refusal.message}` }
  return { cmd, out: '# a Windows container: no Linux shell, user or capabilities' }
}

/** What the commands of a lesson step print for one container, read from its effective settings. */
export function shellLines(kind: Exclude<ShellKind, 'uidMap'>, eff: ContainerEffective): ShellLine[] {
  const p = eff.process
  if (!p) return [notRunning(eff)]
  switch (kind) {
    case 'id':
      return [line(idStep(p))]
    case 'ps':
      return [line(psUserStep(p))]
    case 'volumes':
      return volumeLines(eff)
    case 'caps':
      return [line(capStep(p))]
    case 'capsDecode':
      return decodeLines(p)
    case 'noNewPrivs':
      return [line(noNewPrivsStep(p))]
    case 'seccomp':
      return [line(seccompStep(p))]
    case 'selinux':
      return [line(seLinuxStep(p))]
    case 'apparmor':
      return [line(appArmorStep(eff, p))]
    case 'rootfs':
      return rootfsLines(eff)
  }
}

/** The transcript as text: `$ cmd` lines followed by their output. */
export function transcript(lines: readonly ShellLine[]): string {
  return lines.map((l) => (l.out ? `$ ${l.cmd}\n${l.out}` : `$ ${l.cmd}`)).join('\n')
}
