/**
 * The Simulated shell: what the walkthrough's commands print inside the container (busybox, as the Kubernetes
 * docs show them), formatted once from ContainerEffective for the Effective view, the lessons and
 * `npm run verify:runtime`, which runs these very commands with runc and compares the output line by line.
 * No Kubernetes rule lives here; every value comes from the effective model.
 *
 * `ls -l` lines keep busybox's columns (coreutils/ls.c: `%-10s %4u %-8.8s %-8.8s %9u`, then the date and the
 * name) and show the date as `…`; /proc/<pid>/status prints `Seccomp_filters:` after `Seccomp:` (kernel 5.9+),
 * and `grep Seccomp` shows both. Names come from the container's image model (image.ts).
 */
import type { ContainerEffective, JsonValue, ProcessIdentity, VolumeOwnership } from '../types'
import { groupName, userName } from './identity'
import { modelOf } from './image'
import type { ImageModel } from './images'
import { ALLOCATED_LEVEL } from './lsm'

/** What a step is, for readers that treat them differently (the verifier cannot reproduce `ps`). */
export type StepKind = 'id' | 'ps' | 'ls' | 'write' | 'status' | 'lsm'

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

const words = (v: JsonValue | undefined): string[] | null =>
  Array.isArray(v) ? v.filter((w) => w !== null).map((w) => String(w)) : null

/**
 * PID 1's argv: the container's command replaces the image's ENTRYPOINT (and drops its CMD), its args replace
 * the CMD (k/k pkg/kubelet/container/helpers.go ExpandContainerCommandAndArgs and the runtimes' image config
 * merge; website "Define a Command and Arguments for a Container", "Notes").
 */
export function processArgv(container: JsonValue | undefined, image?: ImageModel): string[] {
  const c = container && typeof container === 'object' && !Array.isArray(container) ? container : {}
  const command = words(c.command)
  const args = words(c.args)
  const entrypoint = command ?? [...(image?.entrypoint ?? [])]
  const rest = args ?? (command ? [] : [...(image?.cmd ?? [])])
  return [...entrypoint, ...rest]
}

/** The PID 1 command line as `ps` shows it (`sh -c "sleep 1h"` execs `sleep 1h`). */
export function processCommand(container: JsonValue | undefined, image?: ImageModel): string {
  const argv = processArgv(container, image)
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

/** `ps aux` in a container whose PID 1 runs `container`'s command on `image`, with the shell and ps itself. */
export function psStep(p: ProcessIdentity, container?: JsonValue, image?: ImageModel): ShellStep {
  const argv = processArgv(container, image)
  const step: ShellStep = {
    kind: 'ps',
    command: 'ps aux',
    output: [
      'PID   USER     TIME  COMMAND',
      psRow(1, p.user, processCommand(container, image)),
      psRow(7, p.user, 'sh'),
      psRow(13, p.user, 'ps aux'),
    ],
  }
  // nginx's and postgres's docker-entrypoint.sh end in `exec "$@"` (postgres's first re-runs itself as postgres
  // through gosu when started as root): PID 1 then shows that program, not the script.
  if (argv[0]?.endsWith('.sh') && argv[0] === image?.entrypoint[0]) {
    step.note = `${argv[0]} execs its command: a real ps shows that program as PID 1`
  }
  return step
}

/** `ps -o pid,user`: who PID 1 runs as. */
export const psUserStep = (p: ProcessIdentity): ShellStep => ({
  kind: 'ps',
  command: 'ps -o pid,user',
  output: ['PID   USER', `    1 ${p.user}`],
})

/** The file the transcript creates in a volume. */
export const testFile = (v: VolumeOwnership) => `${v.mountPath.replace(/\/$/, '')}/testfile`

/** One busybox `ls -l` line (coreutils/ls.c display_single), the date shown as `…`. */
export function lsLine(
  mode: string,
  links: number,
  owner: string,
  group: string,
  size: number,
  path: string,
) {
  const cols = [mode.padEnd(10), String(links).padStart(4), name8(owner).padEnd(8), name8(group).padEnd(8)]
  return `${cols.join(' ')} ${String(size).padStart(9)} … ${path}`
}

/** `ls -ld <mountPath>`: the mount point as the kubelet left it (an empty directory: 2 links). */
export function lsStep(v: VolumeOwnership, image?: ImageModel): ShellStep {
  const command = `ls -ld ${v.mountPath}`
  if (v.mode === null || v.group === null || v.size === undefined) {
    return { kind: 'ls', command, output: [], note: v.why }
  }
  const line = lsLine(v.mode, 2, userName(0, image), groupName(v.group, image), v.size, v.mountPath)
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
  return { kind: 'write', command, output: [lsLine(mode, 1, owner, group, 6, file)], note: v.why }
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

/** What the transcript reads of a container's effective model. */
export type ShellSource = Pick<ContainerEffective, 'process' | 'volumes' | 'image'>

/** `ls -ld` and the write of every mount, in order. */
export function volumeSteps(c: ShellSource): ShellStep[] {
  const image = modelOf(c.image)
  return c.volumes.flatMap((v) => [lsStep(v, image), writeStep(v)])
}

/** The process's SELinux label, as the runtime writes it (lsm.ts); none: the node's unconfined spc_t. */
export function seLinuxStep(p: ProcessIdentity): ShellStep {
  const command = 'cat /proc/1/attr/current'
  const label = p.seLinuxProcessLabel
  if (label === null) {
    const note = 'no label from the runtime: not confined'
    return { kind: 'lsm', command, output: ['system_u:system_r:spc_t:s0'], note }
  }
  return label.endsWith(ALLOCATED_LEVEL)
    ? {
        kind: 'lsm',
        command,
        output: [label],
        note: 'no level set: the runtime picks a random pair for this pod',
      }
    : { kind: 'lsm', command, output: [label] }
}

/** The process's AppArmor profile, as the runtime writes it (lsm.ts). */
export function appArmorStep(c: ContainerEffective, p: ProcessIdentity): ShellStep {
  const command = 'cat /proc/1/attr/apparmor/current'
  if (p.apparmorProfile === null) return { kind: 'lsm', command, output: ['unconfined'] }
  const unset = (c.fields['appArmorProfile.type']?.value ?? null) === null
  const output = [`${p.apparmorProfile} (enforce)`]
  return unset
    ? { kind: 'lsm', command, output, note: 'unset: the runtime default, when the node has AppArmor' }
    : { kind: 'lsm', command, output }
}

/** The transcript of the walkthrough's commands for one container; none when no Linux process runs. */
export function shellSteps(c: ShellSource, container?: JsonValue): ShellStep[] {
  const p = c.process
  if (!p) return []
  const image = modelOf(c.image)
  return [idStep(p), psStep(p, container, image), ...volumeSteps(c), statusStep(p)]
}

/** The whole transcript as plain text (for copying). */
export function shellText(steps: readonly ShellStep[]): string {
  return steps.map((s) => [`$ ${s.command}`, ...s.output].join('\n')).join('\n') + '\n'
}
