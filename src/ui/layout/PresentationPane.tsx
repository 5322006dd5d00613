import { LayerDiagram } from '../effective/LayerDiagram'
import { SimulatedShell } from '../effective/SimulatedShell'
import { getIn } from '../fields/values'
import { selectContainerEffective, selectResourceAnalysis } from '../../state/selectors'
import { useAppStore } from '../../state/useAppStore'

/**
 * Presentation mode's second pane: the selected container's simulated shell (first: it is the payoff) and the
 * layering picture, beside the YAML, in large type for a projector.
 */
export function PresentationPane() {
  const ra = useAppStore(selectResourceAnalysis)
  const c = useAppStore(selectContainerEffective)
  return (
    <section className="present-pane" aria-label="Presentation">
      {ra && c ? (
        <>
          <h2 className="present-title">
            {c.name} <span className="present-kind">({c.type})</span>
          </h2>
          <SimulatedShell c={c} container={getIn(ra.resource.podSpec, [c.kind, c.index])} />
          <LayerDiagram ra={ra} c={c} />
        </>
      ) : (
        <p>No Pod or workload with a container in the editor.</p>
      )}
    </section>
  )
}
