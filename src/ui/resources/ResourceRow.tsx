import { memo } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import { verdictPhrases, type Verdicts } from '../../core/verdict'
import { resourceLabel } from '../fields/values'

interface Props {
  ra: ResourceAnalysis
  verdicts: Verdicts
  /** Position in the shown list (0-based) and the list's length, for assistive technology. */
  row: number
  size: number
  top: number
  /** Holds the list's one Tab stop. */
  active: boolean
  /** The resource selected everywhere (pickers, forms, effective view). */
  selected: boolean
  onSelect(resource: number): void
  resource: number
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** One resource of the overview: kind/name, namespace, containers, and its three verdicts. */
export const ResourceRow = memo(function ResourceRow(p: Props) {
  const { kind, name, namespace, containers } = p.ra.resource
  const v = p.verdicts
  const say = verdictPhrases(v)
  const init = containers.filter((c) => c.type === 'initContainer').length
  const mark = (ok: boolean) => (ok ? 'verdict-yes' : 'verdict-no')
  return (
    <li
      className={`resource-row${v.ok ? '' : ' resource-failing'}`}
      style={{ top: p.top }}
      aria-setsize={p.size}
      aria-posinset={p.row + 1}
    >
      <button
        type="button"
        className="resource-item"
        data-row={p.row}
        tabIndex={p.active ? 0 : -1}
        aria-current={p.selected ? 'true' : undefined}
        onClick={() => p.onSelect(p.resource)}
      >
        <span className="resource-line resource-title">
          <strong>{resourceLabel({ kind, name })}</strong>
          <span className="resource-meta">
            {' · '}
            {namespace ? `namespace ${namespace}` : 'no namespace'}
            {' · '}
            {plural(containers.length, 'container')}
            {init > 0 ? ` (${init} init)` : ''}
          </span>
        </span>
        {/* SCC admission runs inside the API server: its outcome shares that line (rows have a fixed height). */}
        <span className={`resource-line ${mark(v.api.accepts)}`}>
          API server: {say.api}
          {say.scc ? ` · ${say.scc}` : ''}
        </span>
        <span className={`resource-line ${mark(v.pss.meets)}`} title={`Pod Security: ${say.pss}`}>
          Pod Security: {say.pss}
        </span>
        <span className={`resource-line ${mark(v.kubelet?.starts === true)}`}>kubelet: {say.kubelet}</span>
      </button>
    </li>
  )
})
