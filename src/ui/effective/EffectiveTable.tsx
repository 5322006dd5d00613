import { memo } from 'react'
import type { ContainerEffective, Effective, JsonValue } from '../../core/types'
import { FieldName } from './FieldName'
import { formatValue, rowWhy } from './format'
import { SourceBadge } from './SourceBadge'

const LONG_LIST = 4

/** A value; a long list (the capability set) folds into "14 items" that opens to the names. */
function Value({ v }: { v: JsonValue | null }) {
  if (Array.isArray(v) && v.length > LONG_LIST) {
    return (
      <details className="value-list">
        <summary>
          <code className="value">{v.length} items</code>
        </summary>
        <code className="value">{formatValue(v)}</code>
      </details>
    )
  }
  return <code className={v === null ? 'value unset' : 'value'}>{formatValue(v)}</code>
}

/** The value cell: the effective value, and the pod value a container value overrides struck through. */
export function EffectiveValue({ e }: { e: Effective }) {
  return (
    <>
      <Value v={e.value} />
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

/** The same effective value, source and why (values are small JSON: compared as text). */
function sameEffective(a: Effective, b: Effective): boolean {
  return (
    a.source === b.source &&
    a.why === b.why &&
    a.sccName === b.sccName &&
    JSON.stringify([a.value, a.overridden]) === JSON.stringify([b.value, b.overridden])
  )
}

/** One field's row: re-rendered only when what it shows changed (a keystroke changes one or two rows). */
const Row = memo(
  function Row({ name, e }: { name: string; e: Effective }) {
    const why = rowWhy(name, e)
    return (
      <tr className={`src-${e.source}`}>
        <th scope="row">
          <FieldName name={name} />
        </th>
        <td>
          <EffectiveValue e={e} />
          {why && <div className="why">{why}</div>}
        </td>
        <td>
          <SourceBadge source={e.source} sccName={e.sccName} />
        </td>
      </tr>
    )
  },
  (a, b) => a.name === b.name && sameEffective(a.e, b.e),
)

/** Table "Effective settings": every field that reaches the container, its value (with the why) and source. */
export function EffectiveTable({ c }: { c: ContainerEffective }) {
  const rows = Object.entries(c.fields)
  return (
    <table className="eff-table">
      <caption>Effective settings</caption>
      <colgroup>
        <col className="col-field" />
        <col />
        <col className="col-source" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Effective value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, e]) => (
          <Row key={name} name={name} e={e} />
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
