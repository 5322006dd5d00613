import type { JsonValue } from '../../core/types'
import { selectReadOnly, selectResourceAnalysis } from '../../state/selectors'
import { useAppStore } from '../../state/useAppStore'
import { AllContainers } from './AllContainers'
import { CapabilityCalculator } from './CapabilityCalculator'
import { EffectiveTable } from './EffectiveTable'
import { LayerDiagram } from './LayerDiagram'
import { NotApplied } from './NotApplied'
import { RuntimeSpec } from './RuntimeSpec'
import { SimulatedShell } from './SimulatedShell'
import './effective.css'

/** The container's own entry in the pod spec (for its command line in `ps`). */
function containerSpec(podSpec: JsonValue, kind: string, index: number): JsonValue | undefined {
  if (!podSpec || typeof podSpec !== 'object' || Array.isArray(podSpec)) return undefined
  const list = podSpec[kind]
  return Array.isArray(list) ? list[index] : undefined
}

/** Effective settings of the selected container, the simulated shell, all containers, the calculator (issue 4). */
export function EffectivePanel() {
  const ra = useAppStore(selectResourceAnalysis)
  const selected = useAppStore((s) => s.selectedContainer)
  const readOnly = useAppStore(selectReadOnly)
  const c = ra?.effective[selected]

  return (
    <section className="effective-panel" aria-label="Effective">
      <h2>
        {c ? (
          <>
            {c.name} <span className="eff-target">({c.type}): what it really gets</span>
          </>
        ) : (
          'Effective settings'
        )}
      </h2>
      {readOnly && (
        <p className="eff-note" role="status">
          The YAML has errors: showing the last valid version.
        </p>
      )}
      {!ra && <p className="eff-note">No Pod or workload with a pod template in the editor.</p>}
      {ra && !c && <p className="eff-note">This {ra.resource.kind} has no containers.</p>}
      {ra && c && (
        <>
          <LayerDiagram c={c} />
          <NotApplied ra={ra} c={c} />
          <EffectiveTable c={c} />
          <SimulatedShell c={c} container={containerSpec(ra.resource.podSpec, c.kind, c.index)} />
          <RuntimeSpec ra={ra} c={c} />
          <AllContainers ra={ra} />
        </>
      )}
      <CapabilityCalculator
        container={c?.name}
        capEff={c?.process?.status.CapEff}
        capBnd={c?.process?.status.CapBnd}
      />
    </section>
  )
}
