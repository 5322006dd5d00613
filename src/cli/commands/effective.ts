/** `effective`: what each container really gets (merged fields, identity, /proc status, volumes). */
import type { ContainerEffective, Runtime } from '../../core/types'
import { DEFAULT_OPTIONS } from '../../core/types'
import type { Input } from '../inputs'
import { load } from '../load'
import type { Io } from '../run'
import { effectiveReport } from '../text/effectiveReport'
import { textWidth } from '../text/wrap'

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
    const files = loaded.map(({ file, analysis }) => ({
      file,
      resources: analysis?.resources.map((r) => ({ ...r.resource, containers: r.effective })) ?? null,
    }))
    const out = effectiveReport(files, textWidth(io.columns))
    if (out.length) io.stdout(`${out.join('\n')}\n`)
  }
  return bad ? 2 : 0
}
