/**
 * The Simulated shell: what the walkthrough's commands print inside the container (busybox, as the Kubernetes
 * docs show them), formatted once from ContainerEffective for the Effective view, the lessons and
 * `npm run verify:runtime`, which runs these very commands with runc and compares the output line by line.
 * No Kubernetes rule lives here; every value comes from the effective model.
 *
 * `ls -l` lines keep busybox's fields (mode, links, owner, group, size, name) and show the date as `...`;
 * /proc/<pid>/status prints `Seccomp_filters:` after `Seccomp:` (kernel 5.9+), and `grep Seccomp` shows both.
 */
import type { ContainerEffective, JsonValue, ProcessIdentity, VolumeOwnership } from '../types'
import { groupName, userName } from './identity'

/** What a step is, for readers that treat them differently (the verifier cannot reproduce `ps`). */
export type StepKind = 'id' | 'ps' | 'ls' | 'write' | 'status'

export interface ShellStep {
  kind: StepKind
  /** The command as typed after `$ `. */
  command: string
  /** Lines the command prints (stdout and stderr, as a terminal shows them). */
  output: string[]
  /** An explanation shown under the output (not printed by the command). */
  note?: string
}

/** The command the status lines come from. */
export const STATUS_COMMAND = "grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status"

/** The PID 1 command line as `ps` shows it (`sh -c "sleep 1h"` execs `sleep 1h`). */
export function processCommand(container: JsonValue | undefined): string {
  if (!container || typeof container !== 'object' || Array.isArray(container)) return '(image entrypoint)'
  const words = (v: JsonValue | undefined): string[] =>
    Array.isArray(v) ? v.filter((w) => w !== null).map((w) => String(w)) : []
  const argv = [...words(container.command), ...words(container.args)]
  if (argv.length === 0) return '(image entrypoint)'
  const shell = argv[0]!.replace(/^.*\//, '')
  if ((shell === 'sh' || shell === 'bash') && argv[1] === '-c' && argv[2] !== undefined) return argv[2]
  return argv.join(' ')
}

/**
 * busybox prints user and group names in at most 8 characters (`%-8.8s` in coreutils/ls.c and procps/ps.c):
 * uid 2147483647 lists as `21474836`.
 */
const name8 = (name: string) => name.slice(0, 8)

const psRow = (pid: number, user: string, command: string) =>
  `${String(pid).padStart(5)} ${name8(user).padEnd(8)} ${'0:00'.padStart(5)} ${command}`

export const idStep = (p: ProcessIdentity): ShellStep => ({ kind: 'id', command: 'id', output: [p.id] })

/** `ps aux` in a container whose PID 1 runs `container`'s command, with the shell and ps itself. */
export function psStep(p: ProcessIdentity, container?: JsonValue): ShellStep {
  return {
    kind: 'ps',
    command: 'ps aux',
    output: [
      'PID   USER     TIME  COMMAND',
      psRow(1, p.user, processCommand(container)),
      psRow(7, p.user, 'sh'),
      psRow(13, p.user, 'ps aux'),
    ],
  }
}

/** `ps -o pid,user`: who PID 1 runs as. */
export const psUserStep = (p: ProcessIdentity): ShellStep => ({
  kind: 'ps',
  command: 'ps -o pid,user',
  output: ['PID   USER', `    1 ${p.user}`],
})

/** The file the transcript creates in a volume. */
export const testFile = (v: VolumeOwnership) => `${v.mountPath.replace(/\/$/, '')}/testfile`

/** `ls -ld <mountPath>`: the mount point as the kubelet left it (an empty directory: 2 links). */
export function lsStep(v: VolumeOwnership): ShellStep {
  const command = `ls -ld ${v.mountPath}`
  if (v.mode === null || v.group === null || v.size === undefined) {
    return { kind: 'ls', command, output: [], note: v.why }
  }
  const line = `${v.mode} 2 ${name8(userName(0))} ${name8(groupName(v.group))} ${v.size} ... ${v.mountPath}`
  return { kind: 'ls', command, output: [line] }
}

/** `echo hello > <file>; ls -l <file>`: a 6-byte file the process creates in the volume. */
export function writeStep(v: VolumeOwnership): ShellStep {
  const file = testFile(v)
  const command = `echo hello > ${file}; ls -l ${file}`
  if (v.readOnly) {
    return {
      kind: 'write',
      command,
      output: [`sh: can't create ${file}: Read-only file system`, `ls: ${file}: No such file or directory`],
      note: v.why,
    }
  }
  if (v.newFile === null) return { kind: 'write', command, output: [], note: v.why }
  const [mode = '', owner = '', group = ''] = v.newFile.split(/\s+/)
  return { kind: 'write', command, output: [`${mode} 1 ${name8(owner)} ${name8(group)} 6 ... ${file}`] }
}

const capLines = (p: ProcessIdentity) =>
  (['CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb'] as const).map((k) => `${k}:\t${p.status[k]}`)
const noNewPrivsLine = (p: ProcessIdentity) => `NoNewPrivs:\t${p.noNewPrivs ? 1 : 0}`
const seccompLine = (p: ProcessIdentity) => `Seccomp:\t${p.seccompMode}`

/** The Cap, NoNewPrivs, Seccomp and Seccomp_filters lines of /proc/1/status. */
export const statusStep = (p: ProcessIdentity): ShellStep => ({
  kind: 'status',
  command: STATUS_COMMAND,
  output: [...capLines(p), noNewPrivsLine(p), seccompLine(p), `Seccomp_filters:\t${p.seccompFilters}`],
})

/** `grep Cap /proc/1/status`: the five capability sets. */
export const capStep = (p: ProcessIdentity): ShellStep => ({
  kind: 'status',
  command: 'grep Cap /proc/1/status',
  output: capLines(p),
})

export const noNewPrivsStep = (p: ProcessIdentity): ShellStep => ({
  kind: 'status',
  command: 'grep NoNewPrivs /proc/1/status',
  output: [noNewPrivsLine(p)],
})

export const seccompStep = (p: ProcessIdentity): ShellStep => ({
  kind: 'status',
  command: 'grep Seccomp: /proc/1/status',
  output: [seccompLine(p)],
})

/** `ls -ld` and the write of every mount, in order. */
export function volumeSteps(c: ContainerEffective): ShellStep[] {
  return c.volumes.flatMap((v) => [lsStep(v), writeStep(v)])
}

/** The transcript of the walkthrough's commands for one container; none when no Linux process runs. */
export function shellSteps(c: ContainerEffective, container?: JsonValue): ShellStep[] {
  const p = c.process
  if (!p) return []
  return [idStep(p), psStep(p, container), ...volumeSteps(c), statusStep(p)]
}

/** The whole transcript as plain text (for copying). */
export function shellText(steps: readonly ShellStep[]): string {
  return steps.map((s) => [`$ ${s.command}`, ...s.output].join('\n')).join('\n') + '\n'
}
