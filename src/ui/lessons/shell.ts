import type { ContainerEffective, JsonValue, ProcessIdentity } from '../../core/types'
import type { ShellKind } from './types'

/** One command of the simulated shell and what it prints. */
export interface ShellLine {
  cmd: string
  out: string
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The effective value at a path inside securityContext, whether the core keys fields by leaf or by struct. */
export function effectiveValue(eff: ContainerEffective, path: readonly string[]): JsonValue | null {
  const leaf = eff.fields[path.join('.')] ?? eff.fields[path.join(' ')]
  if (leaf) return leaf.value
  let v: JsonValue | undefined = eff.fields[path[0]!]?.value ?? undefined
  for (const key of path.slice(1)) v = isObject(v) ? v[key] : undefined
  return v ?? null
}

const str = (v: JsonValue | null): string | null => (typeof v === 'string' && v !== '' ? v : null)

function volumeLines(eff: ContainerEffective): ShellLine[] {
  if (eff.volumes.length === 0) return [{ cmd: 'mount | grep -c /data', out: '0   # no volume mounted' }]
  return eff.volumes.flatMap((v): ShellLine[] => {
    if (v.mode === null)
      return [{ cmd: `ls -ld ${v.mountPath}`, out: `# ${v.type}: ${v.why || 'ownership is not managed'}` }]
    const group = v.group === null || v.group === 0 ? 'root' : String(v.group)
    const file = `${v.mountPath.replace(/\/$/, '')}/testfile`
    return [
      { cmd: `ls -ld ${v.mountPath}`, out: `${v.mode} root ${group} ${v.mountPath}` },
      {
        cmd: `echo hello > ${file}; ls -l ${file}`,
        out: v.readOnly
          ? `sh: can't create ${file}: Read-only file system`
          : v.newFile === null
            ? `# ${v.why}`
            : `${v.newFile} ${file}`,
      },
    ]
  })
}

function capsLines(p: ProcessIdentity): ShellLine[] {
  const s = p.status
  const out = (['CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb'] as const).map((k) => `${k}:\t${s[k]}`)
  return [{ cmd: 'grep Cap /proc/1/status', out: out.join('\n') }]
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

function seLinuxLine(eff: ContainerEffective, p: ProcessIdentity): ShellLine {
  const cmd = 'cat /proc/1/attr/current'
  // The core says whether the runtime labels the process (CRI-O: not when privileged or sharing host namespaces).
  if (!p.seLinuxLabel)
    return { cmd, out: 'system_u:system_r:spc_t:s0   # no label from the runtime: not confined' }
  const part = (k: string) => str(effectiveValue(eff, ['seLinuxOptions', k]))
  const level = part('level')
  const label = `${part('user') ?? 'system_u'}:${part('role') ?? 'system_r'}:${part('type') ?? 'container_t'}`
  return level
    ? { cmd, out: `${label}:${level}` }
    : { cmd, out: `${label}:s0:c…,c…   # no level set: the runtime picks a random pair for this pod` }
}

function appArmorLine(eff: ContainerEffective, p: ProcessIdentity): ShellLine {
  const cmd = 'cat /proc/1/attr/apparmor/current'
  // The profile the runtime writes, from the core (containerd keeps a Localhost profile when privileged).
  if (p.apparmorProfile === null) return { cmd, out: 'unconfined' }
  const unset = effectiveValue(eff, ['appArmorProfile', 'type']) === null
  const note = unset ? '   # unset: the runtime default, when the node has AppArmor' : ''
  return { cmd, out: `${p.apparmorProfile} (enforce)${note}` }
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
export function shellLines(kind: ShellKind, eff: ContainerEffective): ShellLine[] {
  const p = eff.process
  if (!p) return [notRunning(eff)]
  switch (kind) {
    case 'id':
      return [{ cmd: 'id', out: p.id }]
    case 'ps':
      return [{ cmd: 'ps -o pid,user', out: `PID   USER\n    1 ${p.user}` }]
    case 'volumes':
      return volumeLines(eff)
    case 'caps':
      return capsLines(p)
    case 'capsDecode':
      return decodeLines(p)
    case 'noNewPrivs':
      return [{ cmd: 'grep NoNewPrivs /proc/1/status', out: `NoNewPrivs:\t${p.noNewPrivs ? 1 : 0}` }]
    case 'seccomp':
      return [{ cmd: 'grep Seccomp: /proc/1/status', out: `Seccomp:\t${p.seccompMode}` }]
    case 'selinux':
      return [seLinuxLine(eff, p)]
    case 'apparmor':
      return [appArmorLine(eff, p)]
    case 'rootfs':
      return rootfsLines(eff)
  }
}

/** The transcript as text: `$ cmd` lines followed by their output. */
export function transcript(lines: readonly ShellLine[]): string {
  return lines.map((l) => (l.out ? `$ ${l.cmd}\n${l.out}` : `$ ${l.cmd}`)).join('\n')
}
