import type { EffectiveSource } from '../../core/types'
import { SOURCE_HINT, SOURCE_LABEL } from './format'

/** Where a value came from, as a coloured badge (container / pod / runtime default / image / derived). */
export function SourceBadge({ source, sccName }: { source: EffectiveSource; sccName?: string }) {
  return (
    <span className={`badge badge-${source}`} title={SOURCE_HINT[source]}>
      {sccName ? `${SOURCE_LABEL[source]} ${sccName}` : SOURCE_LABEL[source]}
    </span>
  )
}
