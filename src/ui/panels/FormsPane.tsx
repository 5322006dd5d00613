import { selectBroken, selectReadOnly, selectShown } from '../../state/selectors'
import { useAppStore } from '../../state/useAppStore'
import { ContainerPanel } from './ContainerPanel'
import { PodPanel } from './PodPanel'
import './panels.css'

/** Pod and container securityContext forms of the selected resource and container. */
export function FormsPane() {
  const shown = useAppStore(selectShown)
  const readOnly = useAppStore(selectReadOnly)
  const broken = useAppStore(selectBroken)
  const selectedResource = useAppStore((s) => s.selectedResource)
  const selectedContainer = useAppStore((s) => s.selectedContainer)
  const ra = shown.resources[selectedResource]
  return (
    <section className="forms-pane" aria-label="Forms">
      {readOnly ? (
        <p className="readonly-note" role="note">
          {broken
            ? 'The YAML has a syntax error: fix it in the editor first. The forms show the last valid YAML, read-only.'
            : 'A large text is still being analysed: the forms are read-only for a moment.'}
        </p>
      ) : null}
      {ra ? (
        <>
          <PodPanel ra={ra} index={selectedResource} readOnly={readOnly} />
          <ContainerPanel ra={ra} index={selectedResource} selected={selectedContainer} readOnly={readOnly} />
        </>
      ) : (
        <section className="sc-panel" aria-label="Pod securityContext">
          <h2>Pod securityContext</h2>
          <p className="panel-sub">
            No Pod or workload (Deployment, Job, CronJob …) in the YAML yet: paste or write one in the editor.
          </p>
        </section>
      )}
    </section>
  )
}
