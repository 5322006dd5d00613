import { memo, useDeferredValue, useMemo } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import { getIn } from '../../core/json'
import type { ContainerEffective, JsonValue } from '../../core/types'
import { selectReadOnly, selectResourceAnalysis } from '../../state/selectors'
import { useAppStore } from '../../state/useAppStore'
import { AllContainers } from './AllContainers'
import { CapabilityCalculator } from './CapabilityCalculator'
import { EffectiveTable } from './EffectiveTable'
import { LayerDiagram } from './LayerDiagram'
import { NotApplied } from './NotApplied'
import { RuntimeSpec } from './RuntimeSpec'
import { SimulatedShell } from './SimulatedShell'
import { useSettled } from './useSettled'
import './effective.css'

/** The container's own entry in the pod spec (for its command line in `ps`). */
const containerSpec = (ra: ResourceAnalysis, c: ContainerEffective): JsonValue | undefined =>
  getIn(ra.resource.podSpec, [c.kind, c.index])

interface Shown {
  ra: ResourceAnalysis
  c: ContainerEffective
}

/*
 * The parts around the Effective table (the layering picture, the shell, the runtime spec, all containers) render
 * from a settled, deferred value: a keystroke's frame shows the text, the forms and the table; these follow when
 * the typing pauses (SETTLE_MS), in a render of their own.
 */
const SETTLE_MS = 150
const Above = memo(function Above({ ra, c }: Shown) {
  return (
    <>
      <LayerDiagram ra={ra} c={c} />
      <NotApplied ra={ra} c={c} />
    </>
  )
})

const Below = memo(function Below({ ra, c }: Shown) {
  return (
    <>
      <SimulatedShell c={c} container={containerSpec(ra, c)} />
      <RuntimeSpec ra={ra} c={c} />
      <AllContainers ra={ra} />
    </>
  )
})

/** Effective settings of the selected container, the simulated shell, all containers, the calculator (issue 4). */
export function EffectivePanel() {
  const ra = useAppStore(selectResourceAnalysis)
  const selected = useAppStore((s) => s.selectedContainer)
  const readOnly = useAppStore(selectReadOnly)
  const c = ra?.effective[selected]
  const shown = useMemo(() => (ra && c ? { ra, c } : null), [ra, c])
  const resource = useAppStore((s) => s.selectedResource)
  const later = useDeferredValue(useSettled(shown, `${resource}/${selected}`, SETTLE_MS))

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
          {later && <Above ra={later.ra} c={later.c} />}
          <EffectiveTable c={c} />
          {later && <Below ra={later.ra} c={later.c} />}
        </>
      )}
      <CapabilityCalculator
        container={later?.c.name}
        capEff={later?.c.process?.status.CapEff}
        capBnd={later?.c.process?.status.CapBnd}
      />
    </section>
  )
}
