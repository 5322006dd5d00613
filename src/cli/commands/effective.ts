/** `effective`: what each container really gets (merged fields, identity, /proc status, volumes). */
import { groupName } from '../../core/effective'
import type { ContainerEffective, Runtime } from '../../core/types'
import { DEFAULT_OPTIONS } from '../../core/types'
import { resourceTitle, showEffective, table } from '../format'
import { displayName, type Input } from '../inputs'
import { load } from '../load'
import type { Io } from '../run'

export interface EffectiveCliOptions {
  runtime: Runtime
  imageUser: number
  json: boolean
}

/**
 * A container as design §4.2 prints it (exactly the keys of its example); a container that does not run as a
 * Linux process has `process: null` and, besides, `refusal` ({ by, message }) and/or `windows` (its identity).
 */
export function containerJson(c: ContainerEffective) {
  const p = c.process
  return {
    name: c.name,
    type: c.type,
    fields: c.fields,
    process: p && {
      uid: p.uid,
      gid: p.gid,
      groups: p.groups,
      id: p.id,
      noNewPrivs: p.noNewPrivs,
      status: p.status,
    },
    ...(c.refusal ? { refusal: c.refusal } : {}),
    ...(c.windows ? { windows: c.windows } : {}),
    volumes: c.volumes.map((v) => ({
      name: v.name,
      mountPath: v.mountPath,
      group: v.group,
      mode: v.mode,
      newFile: v.newFile,
    })),
  }
}

/** What the walkthrough's commands print in the container, and the field table. */
export function containerText(c: ContainerEffective): string[] {
  const p = c.process
  const rows = [['FIELD', 'VALUE', 'SOURCE', 'WHY']]
  for (const [key, e] of Object.entries(c.fields)) {
    // The capability list is long: the table shows its size, the /proc lines below show the set.
    const value =
      key === 'capabilities' && Array.isArray(e.value) ? `${e.value.length} (CapBnd)` : showEffective(e)
    rows.push([key, value, e.source, e.why ?? ''])
  }
  const head = [`  ${c.name} (${c.type})`, ...table(rows, '    ')]
  if (!p) {
    const w = c.windows?.runAsUserName.value
    const why = c.refusal
      ? `refused by ${c.refusal.by}: ${c.refusal.message}`
      : `Windows container, runs as ${typeof w === 'string' ? w : "the image's user"}`
    return [...head, `    (no Linux process) ${why}`, `    assumes: ${c.assumptions.join('; ')}`]
  }
  const out = [...head, '    $ id', `    ${p.id}`]
  out.push(`    (ps USER column: ${p.user})`)
  out.push("    $ grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status")
  for (const [k, v] of Object.entries(p.status)) out.push(`    ${k}:\t${v}`)
  out.push(`    NoNewPrivs:\t${p.noNewPrivs ? 1 : 0}`, `    Seccomp:\t${p.seccompMode}`)
  for (const v of c.volumes) {
    out.push(`    $ ls -ld ${v.mountPath}`)
    out.push(
      v.mode === null
        ? `    (${v.why})`
        : `    ${v.mode} root ${v.group === null ? '?' : groupName(v.group)} ${v.mountPath}`,
    )
    if (v.newFile !== null) out.push(`    new file: ${v.newFile} (${v.why})`)
    else if (v.mode !== null) out.push(`    (${v.why})`)
  }
  out.push(`    assumes: ${c.assumptions.join('; ')}`)
  return out
}

export function effective(inputs: readonly Input[], o: EffectiveCliOptions, io: Io): number {
  const options = { ...DEFAULT_OPTIONS, runtime: o.runtime, imageUser: o.imageUser }
  const loaded = inputs.map((i) => load(i, options))
  let bad = false
  for (const l of loaded) {
    if (!l.error) continue
    bad = true
    io.stderr(`${l.error}\n`)
  }
  if (o.json) {
    const files = loaded.map(({ file, analysis, error }) => ({
      file,
      error,
      resources: (analysis?.resources ?? []).map((r) => {
        const { kind, name, namespace, document } = r.resource
        return { kind, name, namespace, document, containers: r.effective.map(containerJson) }
      }),
    }))
    io.stdout(`${JSON.stringify({ files }, null, 2)}\n`)
  } else {
    const out: string[] = []
    for (const { file, analysis } of loaded) {
      if (analysis && analysis.resources.length === 0) out.push(`${displayName(file)}: no workloads`)
      for (const r of analysis?.resources ?? []) {
        out.push(`${displayName(file)}: ${resourceTitle(r.resource)}`)
        for (const c of r.effective) out.push(...containerText(c))
      }
    }
    if (out.length) io.stdout(`${out.join('\n')}\n`)
  }
  return bad ? 2 : 0
}
