/** `effective`: what each container really gets (merged fields, identity, /proc status, volumes). */
import { list, own } from '../../core/json'
import { runtimeSpec, type OciSpecParts } from '../../core/runtime'
import type { ContainerEffective, ContainerImage, JsonObject, JsonValue, Runtime } from '../../core/types'
import { DEFAULT_OPTIONS } from '../../core/types'
import type { Input } from '../inputs'
import { load } from '../load'
import { platformAnalyzeOptions, sccEntry, sccLine, type PlatformOptions } from '../platform'
import type { Io } from '../io'
import { effectiveReport } from '../text/effectiveReport'
import { textWidth } from '../text/wrap'

export interface EffectiveCliOptions {
  runtime: Runtime
  imageUser: number
  /** `--image NAME`: the assumed image for containers whose own image is not a known one (absent: custom). */
  image?: string
  json: boolean
  /** `--oci`: with json, each container gets `oci`, its runtime spec parts (null where nothing runs). */
  oci?: boolean
  /** `--platform` and the OpenShift flags (default kubernetes). */
  platform?: PlatformOptions
}

/** The container's image model (`image` in --json, README "CLI"): its reference, the model, whether it is known. */
function imageJson(i: ContainerImage) {
  const { ref, model, known, user, uid, entrypoint, cmd } = i
  return { ref, model, known, user, uid, entrypoint, cmd }
}

/**
 * A container as the CLI's JSON contract has it (name, type, fields, process, volumes; `image` when set); a
 * container that does not run as a Linux process has `process: null` and, besides, `refusal` ({ by, message })
 * and/or `windows` (its identity).
 * With `oci` given (`--oci`), the container also has `oci`: its runtime spec parts, or null.
 */
export function containerJson(c: ContainerEffective, oci?: OciSpecParts | null) {
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
    ...(c.image ? { image: imageJson(c.image) } : {}),
    ...(c.windows ? { windows: c.windows } : {}),
    volumes: c.volumes.map((v) => ({
      name: v.name,
      mountPath: v.mountPath,
      group: v.group,
      mode: v.mode,
      newFile: v.newFile,
    })),
    ...(oci === undefined ? {} : { oci }),
  }
}

/** The container's object in the pod spec (its command and args decide what `ps` shows). */
function containerSpec(podSpec: JsonObject, c: ContainerEffective): JsonValue | undefined {
  return list(own(podSpec, c.kind))[c.index]
}

export function effective(inputs: readonly Input[], o: EffectiveCliOptions, io: Io): number {
  const options = {
    ...DEFAULT_OPTIONS,
    runtime: o.runtime,
    imageUser: o.imageUser,
    ...(o.image === undefined ? {} : { image: o.image }),
    ...platformAnalyzeOptions(o.platform),
  }
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
        const containers = r.effective.map((c) =>
          containerJson(c, o.oci ? (runtimeSpec(r.resource, c, o.runtime)?.spec ?? null) : undefined),
        )
        return { kind, name, namespace, document, ...sccEntry(r), containers }
      }),
    }))
    io.stdout(`${JSON.stringify({ files }, null, 2)}\n`)
  } else {
    const files = loaded.map(({ file, analysis }) => ({
      file,
      resources:
        analysis?.resources.map((r) => ({
          ...r.resource,
          scc: sccLine(r),
          containers: r.effective.map((c) => ({ ...c, spec: containerSpec(r.resource.podSpec, c) })),
        })) ?? null,
    }))
    const out = effectiveReport(files, textWidth(io.columns))
    if (out.length) io.stdout(`${out.join('\n')}\n`)
  }
  return bad ? 2 : 0
}
