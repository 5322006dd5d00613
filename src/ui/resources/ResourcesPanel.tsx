import { useId, useState } from 'react'
import { summaryLine } from '../../core/verdict'
import { selectOverview } from '../../state/overview'
import { selectShown } from '../../state/selectors'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { ResourceList } from './ResourceList'
import './resources.css'

/**
 * Every resource in the text at a glance (issue 13 §1): kind/name, namespace, containers and the three verdicts
 * (API server, Pod Security at the chosen level and version, kubelet), a summary line and a filter to the failing
 * ones. Choosing a resource selects it everywhere (store.selectResource: the pickers, forms and views follow).
 */
export function ResourcesPanel() {
  const store = useAppStoreApi()
  const shown = useAppStore(selectShown)
  const overview = useAppStore(selectOverview)
  const selected = useAppStore((s) => s.selectedResource)
  const version = useAppStore((s) => s.options.version)
  const [onlyFailing, setOnlyFailing] = useState(false)
  const filterId = useId()
  const rows = onlyFailing ? overview.failing : null
  const count = rows ? rows.length : shown.resources.length

  return (
    <section className="resources-panel" aria-label="Resources overview">
      <h2>Resources</h2>
      <p className="resources-summary" role="status">
        {summaryLine(overview.summary)}
        {shown.resources.length > 0 && <span className="resources-version"> ({version})</span>}
      </p>
      {shown.resources.length > 0 && (
        <p className="resources-filter">
          <input
            id={filterId}
            type="checkbox"
            checked={onlyFailing}
            onChange={(e) => setOnlyFailing(e.target.checked)}
          />
          <label htmlFor={filterId}>Only failing resources</label>
          <span className="resources-filter-count"> ({overview.failing.length})</span>
        </p>
      )}
      {count === 0 ? (
        <p className="resources-empty">
          {shown.resources.length === 0
            ? 'No Pod or workload (Deployment, Job, CronJob …) in the YAML yet.'
            : 'No resource fails: every one is accepted, passes the level and starts.'}
        </p>
      ) : (
        <ResourceList
          resources={shown.resources}
          verdicts={overview.verdicts}
          rows={rows}
          selected={selected}
          onSelect={store.getState().selectResource}
        />
      )}
    </section>
  )
}
