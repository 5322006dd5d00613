/**
 * Presentation only: turns what the core computed (ContainerEffective) into the text the walkthrough's
 * commands print in a busybox container. No Kubernetes rule lives here; every value comes from the core.
 */
import type { ContainerEffective, JsonValue, VolumeOwnership } from '../../core/types'

export interface ShellStep {
  /** The command as typed after `$ `. */
  command: string
  /** Lines the command prints. */
  output: string[]
  /** An explanation shown under the output (not printed by the command). */
  note?: string
}

/** busybox `ls`/`ps` print numeric ids except for root, which the image's /etc/passwd and /etc/group name. */
export const idName = (id: number | string): string => (String(id) === '0' ? 'root' : String(id))

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

const psRow = (pid: number, user: string, command: string) =>
  `${String(pid).padStart(5)} ${user.padEnd(8)} ${'0:00'.padStart(5)} ${command}`

function lsStep(v: VolumeOwnership): ShellStep {
  const command = `ls -ld ${v.mountPath}`
  if (v.mode === null || v.group === null) {
    return { command, output: [], note: v.why }
  }
  return { command, output: [`${v.mode} 2 root ${idName(v.group)} 4096 ... ${v.mountPath}`] }
}

function writeStep(v: VolumeOwnership): ShellStep {
  const file = `${v.mountPath.replace(/\/$/, '')}/testfile`
  const command = `echo hello > ${file}; ls -l ${file}`
  if (v.readOnly) {
    return {
      command,
      output: [`sh: can't create ${file}: Read-only file system`, `ls: ${file}: No such file or directory`],
      note: v.why,
    }
  }
  if (v.newFile === null) return { command, output: [], note: v.why }
  const [mode = '', owner = '', group = ''] = v.newFile.split(/\s+/)
  return { command, output: [`${mode} 1 ${idName(owner)} ${idName(group)} 6 ... ${file}`] }
}

/** The transcript of the walkthrough's commands for one container; none when no Linux process runs. */
export function shellSteps(c: ContainerEffective, container?: JsonValue): ShellStep[] {
  const p = c.process
  if (!p) return []
  const user = p.user
  const steps: ShellStep[] = [
    { command: 'id', output: [p.id] },
    {
      command: 'ps aux',
      output: [
        'PID   USER     TIME  COMMAND',
        psRow(1, user, processCommand(container)),
        psRow(7, user, 'sh'),
        psRow(13, user, 'ps aux'),
      ],
    },
  ]
  for (const v of c.volumes) steps.push(lsStep(v), writeStep(v))
  const s = p.status
  steps.push({
    command: "grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status",
    output: [
      `CapInh:\t${s.CapInh}`,
      `CapPrm:\t${s.CapPrm}`,
      `CapEff:\t${s.CapEff}`,
      `CapBnd:\t${s.CapBnd}`,
      `CapAmb:\t${s.CapAmb}`,
      `NoNewPrivs:\t${p.noNewPrivs ? 1 : 0}`,
      `Seccomp:\t${p.seccompMode}`,
    ],
  })
  return steps
}

/** The whole transcript as plain text (for copying). */
export function shellText(steps: readonly ShellStep[]): string {
  return steps.map((s) => [`$ ${s.command}`, ...s.output].join('\n')).join('\n') + '\n'
}
