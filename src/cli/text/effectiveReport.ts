/**
 * `effective` as people read it, for every file: `FILE: Kind/name (document N)`, then each container. A container
 * whose text is the same as one printed before in the file says so instead of printing it again.
 */
import { resourceTitle } from '../format'
import { displayName } from '../inputs'
import { containerBody, containerHeading, type ContainerView } from './containerText'
import { wrap } from './wrap'

export interface EffectiveFile {
  file: string
  /** null when the file could not be used (its error is on stderr). */
  resources:
    | readonly {
        kind: string
        name: string | null
        namespace: string | null
        document: number
        /** Under --platform openshift: `admitted by restricted-v2`, or the rejection. */
        scc?: string | null
        containers: readonly ContainerView[]
      }[]
    | null
}

export function effectiveReport(files: readonly EffectiveFile[], width: number): string[] {
  const out: string[] = []
  for (const f of files) {
    const name = displayName(f.file)
    if (!f.resources) continue
    if (f.resources.length === 0) out.push(...wrap(`${name}: no workloads`, width, '', '  '))
    // Container text already printed in this file → where it was.
    const seen = new Map<string, { heading: string; title: string }>()
    for (const r of f.resources) {
      const title = resourceTitle(r)
      out.push(...wrap(`${name}: ${title}${r.scc ? ` (${r.scc})` : ''}`, width, '', '  '))
      for (const c of r.containers) {
        const heading = containerHeading(c)
        const body = containerBody(c, width)
        const key = body.join('\n')
        const earlier = seen.get(key)
        if (earlier) {
          const where = earlier.title === title ? '' : ` in ${earlier.title}`
          out.push(...wrap(`${heading}: same as ${earlier.heading}${where}`, width, '  ', '      '))
          continue
        }
        seen.set(key, { heading, title })
        out.push(...wrap(heading, width, '  ', '    '), ...body)
      }
    }
  }
  return out
}
