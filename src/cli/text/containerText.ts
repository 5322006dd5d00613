/**
 * `effective` as people read it: per container the field table, then the Simulated shell's transcript (core
 * effective/transcript.ts: `id`, `ps`, `ls -ld` and `ls -l` of each mount, the /proc/1/status lines), wrapped.
 */
import { shellSteps, type ShellStep } from '../../core/effective/transcript'
import type { ContainerEffective, Effective, JsonValue } from '../../core/types'
import { showEffective } from '../format'
import { wrapTable } from './table'
import { wrap } from './wrap'

/**
 * What the text needs of a container. `process` is null when no Linux process runs: then `refusal` says who
 * refuses it and why, and `windows` holds a Windows container's identity (Effective entries and a `why`).
 */
export interface ContainerView extends Pick<
  ContainerEffective,
  'name' | 'type' | 'fields' | 'process' | 'volumes' | 'assumptions' | 'image'
> {
  refusal?: { by: string; message: string } | null
  windows?: object | null
  /** The container's object in the pod spec (its command and args: what `ps` shows). */
  spec?: JsonValue
}

const REFUSER = new Map([
  ['apiserver', 'the API server rejects this resource'],
  ['kubelet', 'the kubelet refuses to start this container'],
  ['runtime', 'the container runtime refuses to create this container'],
])
/** The Windows identity shown (the GMSA credential spec itself is long JSON; the field table has it). */
const WINDOWS_KEYS = ['runAsUserName', 'gmsaCredentialSpecName', 'hostProcess']

const own = (o: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined
const isEffective = (v: unknown): v is Effective =>
  typeof v === 'object' && v !== null && 'value' in v && typeof own(v, 'source') === 'string'

const IND = '    '
const HANG = '      '

function fieldTable(c: ContainerView, width: number): string[] {
  const rows = [['FIELD', 'VALUE', 'SOURCE', 'WHY']]
  for (const [key, e] of Object.entries(c.fields)) {
    // The capability list is long: the table shows its size, the /proc lines below show the set.
    const value =
      key === 'capabilities' && Array.isArray(e.value) ? `${e.value.length} (CapBnd)` : showEffective(e)
    rows.push([key, value, e.sccName ? `SCC ${e.sccName}` : e.source, e.why ?? ''])
  }
  return wrapTable(rows, { width, indent: IND, minLast: 40, belowPrefix: 'why: ' })
}

/** A container that does not run as a Linux process: the refusal, or its Windows identity. */
function noProcessLines(c: ContainerView, width: number): string[] {
  const out: string[] = []
  if (c.refusal) {
    const who = REFUSER.get(c.refusal.by) ?? `refused by ${c.refusal.by}`
    out.push(...wrap(`${who}: ${c.refusal.message}`, width, IND, HANG))
  }
  if (c.windows) {
    const why = own(c.windows, 'why')
    // No uid, groups or capability lines exist there: its identity is the Windows user.
    const head = `a Windows container${typeof why === 'string' ? ` (${why})` : ''}, running as:`
    out.push(...wrap(head, width, IND, HANG))
    const rows = WINDOWS_KEYS.flatMap((key) => {
      const e = own(c.windows!, key)
      return isEffective(e) ? [[key, showEffective(e), e.source, e.why ?? '']] : []
    })
    out.push(
      ...wrapTable([['', '', '', ''], ...rows], { width, indent: HANG, belowPrefix: 'why: ' }).slice(1),
    )
  }
  if (out.length === 0) out.push(`${IND}(no process: the container does not run)`)
  return out
}

/**
 * The transcript, each command after `$ ` and its output as the shell prints it (columns and tabs kept). A step that prints nothing shows its note; mounts whose ownership Kubernetes does not manage (hostPath,
 * NFS, ...) and that say the same thing share one `ls -ld` and one note, where the first of them is.
 */
function transcriptLines(c: ContainerView, width: number): string[] {
  const steps = shellSteps(c, c.spec)
  const silent = (s: ShellStep) => s.output.length === 0 && s.note !== undefined
  const shared = new Map<string, string[]>()
  for (const s of steps) {
    if (s.kind === 'ls' && silent(s))
      shared.set(s.note!, [...(shared.get(s.note!) ?? []), s.command.slice(7)])
  }
  const out: string[] = []
  const printed = new Set<string>()
  for (const s of steps) {
    let command = s.command
    if (silent(s) && (s.kind === 'ls' || s.kind === 'write')) {
      // One `ls -ld` for the mounts that share a note; their writes say nothing more.
      if (s.kind === 'write' || printed.has(s.note!)) continue
      printed.add(s.note!)
      command = `ls -ld ${shared.get(s.note!)!.join(' ')}`
    }
    out.push(...wrap(`$ ${command}`, width, IND, `${HANG}  `))
    // Output keeps its columns and tabs; only a line wider than the terminal is broken (at spaces).
    for (const l of s.output)
      out.push(...(IND.length + l.length <= width ? [`${IND}${l}`] : wrap(l, width, IND, HANG)))
    if (s.note) out.push(...wrap(`# ${s.note}`, width, IND, HANG))
  }
  return out
}

/** The lines under a container's `  name (type)` heading. */
export function containerBody(c: ContainerView, width: number): string[] {
  const out = fieldTable(c, width)
  out.push(...(c.process ? transcriptLines(c, width) : noProcessLines(c, width)))
  out.push(...wrap(`assumes: ${c.assumptions.join('; ')}`, width, IND, HANG))
  return out
}

export const containerHeading = (c: Pick<ContainerView, 'name' | 'type'>) => `${c.name} (${c.type})`
