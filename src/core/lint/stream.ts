import type { Finding } from '../findings'
import type { AnalyzeOptions, Resource } from '../types'
import { finding, lintContext } from './context'
import { obj } from '../json'

const describe = (r: Resource) => `${r.kind} "${r.name ?? ''}"`

/** SELinux MCS levels that several workloads of the stream share (each may read the others' volumes). */
export function sharedSeLinuxLevels(
  resources: readonly Resource[],
  options: AnalyzeOptions,
): (Finding & { resource: number })[] {
  const byLevel = new Map<string, { resource: number; finding: Finding }[]>()
  resources.forEach((resource, index) => {
    const ctx = lintContext(resource, options)
    const seen = new Set<string>()
    const candidates = [
      { sc: ctx.pod.sc, path: ctx.pod.scPath, c: undefined },
      ...ctx.pod.containers.map((c) => ({ sc: c.sc, path: c.scPath, c })),
    ]
    for (const { sc, path, c } of candidates) {
      const level = obj(sc?.seLinuxOptions)?.level
      if (typeof level !== 'string' || level === '' || seen.has(level)) continue
      seen.add(level)
      const f = finding(ctx, 'LINT_SELINUX_LEVEL_SHARED', [...path, 'seLinuxOptions', 'level'], '', c)
      byLevel.set(level, [...(byLevel.get(level) ?? []), { resource: index, finding: f }])
    }
  })
  const out: (Finding & { resource: number })[] = []
  for (const [level, hits] of byLevel) {
    if (hits.length < 2) continue
    for (const hit of hits) {
      const others = hits.filter((h) => h !== hit).map((h) => describe(resources[h.resource]!))
      const message = `SELinux level "${level}" is also used by ${others.join(', ')}: pods with the same level can read and write each other's volumes`
      out.push({ ...hit.finding, message, resource: hit.resource })
    }
  }
  return out.sort((a, b) => a.resource - b.resource)
}
