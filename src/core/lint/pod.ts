import type { Finding } from '../findings'
import type { JsonObject } from '../types'
import { finding, type LintContext } from './context'
import { gatedFields } from './gates'
import { supportedValues } from '../k8s/fields'
import { list as arr, obj } from '../json'
import { joinQuote } from '../quote'

/** Volume sources whose ownership the kubelet always changes to fsGroup, whatever the policy. */
const ALWAYS = new Set(['emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected', 'gitRepo'])
/** Volume sources whose ownership the kubelet never manages. */
const NEVER = new Set(['hostPath', 'nfs', 'image'])

function volumeType(v: JsonObject): string {
  return Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir'
}

function fsGroupChangePolicy(ctx: LintContext): Finding[] {
  const policy = ctx.pod.sc?.fsGroupChangePolicy
  if (policy === undefined) return []
  const path = [...ctx.pod.scPath, 'fsGroupChangePolicy']
  if (ctx.pod.sc?.fsGroup === undefined) {
    return [
      finding(ctx, 'LINT_FS_GROUP_CHANGE_POLICY', path, 'fsGroupChangePolicy has no effect without fsGroup'),
    ]
  }
  const volumes = arr(ctx.pod.spec.volumes).flatMap((v) => {
    const o = obj(v)
    return o ? [{ name: String(o.name ?? ''), type: volumeType(o) }] : []
  })
  if (volumes.some((v) => !ALWAYS.has(v.type) && !NEVER.has(v.type))) return []
  const list = (vs: typeof volumes) =>
    `${vs.length === 1 ? 'volume' : 'volumes'} ${joinQuote(vs.map((v) => v.name))} (${[...new Set(vs.map((v) => v.type))].join(', ')})`
  const always = volumes.filter((v) => ALWAYS.has(v.type))
  const never = volumes.filter((v) => NEVER.has(v.type))
  const parts = [
    ...(always.length
      ? [`${list(always)} always ${always.length === 1 ? 'gets' : 'get'} fsGroup ownership`]
      : []),
    ...(never.length ? [`${list(never)} never ${never.length === 1 ? 'gets' : 'get'} it`] : []),
  ]
  const message =
    volumes.length === 0
      ? 'fsGroupChangePolicy has no effect: the pod has no volumes'
      : `fsGroupChangePolicy has no effect: ${parts.join(' and ')}`
  return [finding(ctx, 'LINT_FS_GROUP_CHANGE_POLICY', path, message)]
}

function mountOption(ctx: LintContext): Finding[] {
  const accepted = supportedValues('seLinuxChangePolicy', ctx.minor).includes('MountOption')
  if (!accepted || ctx.pod.sc?.seLinuxChangePolicy !== 'MountOption') return []
  const path = [...ctx.pod.scPath, 'seLinuxChangePolicy']
  const message =
    'seLinuxChangePolicy: MountOption is the default; API servers from v1.32 to v1.36 reject it (supported values: "Recursive") unless the SELinuxMount feature gate is on'
  return [finding(ctx, 'LINT_SELINUX_MOUNT_OPTION', path, message)]
}

/** Pod-level advice: fsGroupChangePolicy, fields older clusters drop, seLinuxChangePolicy portability. */
export function podLints(ctx: LintContext): Finding[] {
  return [...fsGroupChangePolicy(ctx), ...gatedFields(ctx), ...mountOption(ctx)]
}
