import type { ContainerEffective, Effective } from '../../core/types'
import { FieldName } from './FieldName'
import { formatValue } from './format'
import { SourceBadge } from './SourceBadge'

/** The value cell: the effective value, and the pod value a container value overrides struck through. */
export function EffectiveValue({ e }: { e: Effective }) {
  return (
    <>
      <code className={e.value === null ? 'value unset' : 'value'}>{formatValue(e.value)}</code>
      {e.overridden !== undefined && (
        <>
          {' '}
          <del className="overridden" title="The pod value this container value overrides">
            <span className="visually-hidden">overrides pod value </span>
            <code>{formatValue(e.overridden)}</code>
          </del>
        </>
      )}
    </>
  )
}

/** Table "Effective settings": every field that reaches the container, its value (with the why) and source. */
export function EffectiveTable({ c }: { c: ContainerEffective }) {
  const rows = Object.entries(c.fields)
  return (
    <table className="eff-table">
      <caption>Effective settings</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Effective value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, e]) => (
          <tr key={name} className={`src-${e.source}`}>
            <th scope="row">
              <FieldName name={name} />
            </th>
            <td>
              <EffectiveValue e={e} />
              {e.why && <div className="why">{e.why}</div>}
            </td>
            <td>
              <SourceBadge source={e.source} />
            </td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={3}>No securityContext field reaches this container.</td>
          </tr>
        )}
      </tbody>
    </table>
  )
}
