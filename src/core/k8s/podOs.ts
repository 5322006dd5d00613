/**
 * Which operating system runs a pod: the one home of that fact.
 *
 * The API server knows only `spec.os.name` (validation's OS rules and Pod Security's Windows exemptions read
 * nothing else: declaredOs). A node runs the pod when the scheduler places it there and the kubelet admits it:
 * the scheduler honours `nodeSelector` and required node affinity on `kubernetes.io/os`, and the kubelet
 * rejects a pod whose `spec.os.name` differs from its own OS (k/k pkg/kubelet/lifecycle/predicate.go
 * rejectPodAdmissionBasedOnOSField, PodOSNotSupported). HostProcess containers exist only on Windows. Without
 * any of these, a pod that sets windowsOptions and no Linux-only securityContext field is taken as a Windows
 * pod, and said so.
 */
import { isObject, list, obj } from '../json'
import { CONTAINER_KINDS, type JsonObject, type JsonValue } from '../types'
import { FIELDS } from './fields'

export type PodOs = 'linux' | 'windows'

export interface PodOsReading {
  os: PodOs
  /** Why, in plain words ("spec.os.name is windows"). */
  why: string
  /** Whether a field says so (spec.os, nodeSelector, affinity, hostProcess) rather than a guess. */
  declared: boolean
}

const OS_LABEL = 'kubernetes.io/os'

/** `spec.os.name` when it is a string, else null (what the API server and Pod Security go by). */
export function declaredOs(podSpec: JsonObject): string | null {
  const name = obj(podSpec.os)?.name
  return typeof name === 'string' ? name : null
}

/** The OS every required node-affinity term pins with `kubernetes.io/os In [x]`, or null. */
function affinityOs(podSpec: JsonObject): string | null {
  const required = obj(
    obj(obj(podSpec.affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution,
  )
  const terms = list(required?.nodeSelectorTerms)
  const pinned = terms.map((t) => {
    const values = list(obj(t)?.matchExpressions)
      .map(obj)
      .filter((e) => e?.key === OS_LABEL && e.operator === 'In')
      .flatMap((e) => list(e?.values))
    return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined
  })
  const first = pinned[0]
  return typeof first === 'string' && pinned.every((v) => v === first) ? first : null
}

/** The securityContext maps of the pod and of every container. */
function contexts(podSpec: JsonObject): { level: 'pod' | 'container'; sc: JsonObject }[] {
  const pod = obj(podSpec.securityContext)
  const out: { level: 'pod' | 'container'; sc: JsonObject }[] = pod ? [{ level: 'pod', sc: pod }] : []
  for (const kind of CONTAINER_KINDS) {
    for (const c of list(podSpec[kind])) {
      const sc = obj(obj(c)?.securityContext)
      if (sc) out.push({ level: 'container', sc })
    }
  }
  return out
}

const set = (v: JsonValue | undefined) => v !== undefined && v !== null

/** Whether any Linux-only securityContext field (field catalogue `os: 'linux'`) is set, at its level. */
function linuxFieldSet(podSpec: JsonObject): boolean {
  return contexts(podSpec).some(({ level, sc }) =>
    FIELDS.some((f) => {
      if (f.os !== 'linux' || (f.level !== 'both' && f.level !== level)) return false
      const [head, sub] = f.path
      const v = head === undefined ? undefined : Object.hasOwn(sc, head) ? sc[head] : undefined
      return sub === undefined ? set(v) : isObject(v) && Object.hasOwn(v, sub) && set(v[sub])
    }),
  )
}

/** Which OS runs the pod, and why. */
export function podOs(podSpec: JsonObject): PodOsReading {
  const declared = declaredOs(podSpec)
  if (declared === 'windows' || declared === 'linux') {
    return { os: declared, why: `spec.os.name is ${declared}`, declared: true }
  }
  const selector = obj(podSpec.nodeSelector)
  const selected = selector && Object.hasOwn(selector, OS_LABEL) ? selector[OS_LABEL] : undefined
  if (selected === 'windows' || selected === 'linux') {
    return { os: selected, why: `nodeSelector ${OS_LABEL}: ${selected}`, declared: true }
  }
  const pinned = affinityOs(podSpec)
  if (pinned === 'windows' || pinned === 'linux') {
    return { os: pinned, why: `required node affinity ${OS_LABEL} In [${pinned}]`, declared: true }
  }
  const scs = contexts(podSpec)
  if (scs.some(({ sc }) => obj(sc.windowsOptions)?.hostProcess === true)) {
    return { os: 'windows', why: 'hostProcess containers run only on Windows', declared: true }
  }
  const windowsOptions = scs.some(({ sc }) => Object.values(obj(sc.windowsOptions) ?? {}).some(set))
  if (windowsOptions && !linuxFieldSet(podSpec)) {
    return {
      os: 'windows',
      why: 'windowsOptions is set and no Linux-only field is: taken as a Windows pod',
      declared: false,
    }
  }
  return { os: 'linux', why: 'no Windows setting', declared: false }
}
