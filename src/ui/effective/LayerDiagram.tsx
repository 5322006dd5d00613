import { useMemo, useState } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import { defaultLayer, layerView } from '../../core/effective/layers'
import type { ContainerEffective } from '../../core/types'
import { selectShown } from '../../state/selectors'
import { useAppStore } from '../../state/useAppStore'
import { LayerSvg } from './LayerSvg'
import { LayerTable } from './LayerTable'
import './LayerDiagram.css'

/**
 * The layering picture of one container (issue 15 §2): the runtime default, (on OpenShift) the SCC, the pod and
 * the container as layers, live with the text. The model is core's (core/effective/layers.ts); this only draws
 * it, as an SVG and, for screen readers always and on request for everyone, as a table.
 */
export function LayerDiagram({ ra, c }: { ra: ResourceAnalysis; c: ContainerEffective }) {
  const options = useAppStore((s) => selectShown(s).options)
  const [asTable, setAsTable] = useState(false)
  const bare = useMemo(() => defaultLayer(ra.resource, options), [ra, options])
  const index = ra.effective.indexOf(c)
  const openshift = options.platform === 'openshift'
  const view = useMemo(() => layerView(c, bare[index], openshift), [c, bare, index, openshift])
  return (
    <figure className="layers">
      <figcaption>
        <strong>Who decides?</strong> Each layer overrides the ones to its left; the boxed value wins, the
        struck-through ones are overridden.{' '}
        <button
          type="button"
          className="layer-toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          Show as table
        </button>
      </figcaption>
      {!asTable && <LayerSvg view={view} container={c.name} />}
      <LayerTable view={view} hidden={!asTable} />
      {view.rest > 0 && (
        <p className="layer-rest">
          The other {view.rest} fields are set by no layer above the runtime default: its value applies.
        </p>
      )}
    </figure>
  )
}
