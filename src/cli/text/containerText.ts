/** `effective` as people read it: per container the field table, `id`, /proc status lines and `ls -ld`, wrapped. */
import { groupName } from '../../core/effective'
import type { Effective, ProcessIdentity, VolumeOwnership } from '../../core/types'
import { showEffective } from '../format'
import { wrapTable } from './table'
import { wrap } from './wrap'

/** The process lines the text prints. */
type ProcessView = Pick<ProcessIdentity, 'id' | 'user' | 'noNewPrivs' | 'seccompMode' | 'status'>

/**
 * What the text needs of a container. `process` is null when no Linux process runs: then `refusal` says who
 * refuses it and why, and `windows` holds a Windows container's identity (Effective entries and a `why`).
 */
export interface ContainerView {
  name: string
  type: string
  fields: Readonly<Record<string, Effective>>
  process: ProcessView | null
  volumes: readonly VolumeOwnership[]
  assumptions: readonly string[]
  refusal?: { by: string; message: string } | null
  windows?: object | null
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

function processLines(p: ProcessView, width: number): string[] {
  const out = [`${IND}$ id`, ...wrap(p.id, width, IND, HANG), `${IND}(ps USER column: ${p.user})`]
  out.push(`${IND}$ grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status`)
  for (const [k, v] of Object.entries(p.status)) out.push(`${IND}${k}:\t${v}`)
  out.push(`${IND}NoNewPrivs:\t${p.noNewPrivs ? 1 : 0}`, `${IND}Seccomp:\t${p.seccompMode}`)
  return out
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
 * `ls -ld` of each mount. Mounts whose ownership Kubernetes does not manage (hostPath, NFS, ...) and that say the
 * same thing share one `ls -ld` and one note, where the first of them is.
 */
function volumeLines(vs: readonly VolumeOwnership[], width: number): string[] {
  const shared = (v: VolumeOwnership) => v.mode === null && v.newFile === null
  const unmanaged = new Map<string, string[]>()
  for (const v of vs.filter(shared)) {
    const paths = unmanaged.get(v.why)
    if (paths) paths.push(v.mountPath)
    else unmanaged.set(v.why, [v.mountPath])
  }
  const out: string[] = []
  for (const v of vs) {
    if (shared(v)) {
      const paths = unmanaged.get(v.why)
      if (!paths) continue
      unmanaged.delete(v.why)
      out.push(...wrap(`$ ls -ld ${paths.join(' ')}`, width, IND, `${HANG}  `))
      out.push(...wrap(`(${v.why})`, width, IND, HANG))
      continue
    }
    out.push(...wrap(`$ ls -ld ${v.mountPath}`, width, IND, `${HANG}  `))
    if (v.mode === null) out.push(...wrap(`(${v.why})`, width, IND, HANG))
    else out.push(`${IND}${v.mode} root ${v.group === null ? '?' : groupName(v.group)} ${v.mountPath}`)
    if (v.newFile !== null) out.push(...wrap(`new file: ${v.newFile} (${v.why})`, width, IND, HANG))
    else if (v.mode !== null) out.push(...wrap(`(${v.why})`, width, IND, HANG))
  }
  return out
}

/** The lines under a container's `  name (type)` heading. */
export function containerBody(c: ContainerView, width: number): string[] {
  const out = fieldTable(c, width)
  out.push(...(c.process ? processLines(c.process, width) : noProcessLines(c, width)))
  if (c.process) out.push(...volumeLines(c.volumes, width))
  out.push(...wrap(`assumes: ${c.assumptions.join('; ')}`, width, IND, HANG))
  return out
}

export const containerHeading = (c: Pick<ContainerView, 'name' | 'type'>) => `${c.name} (${c.type})`
