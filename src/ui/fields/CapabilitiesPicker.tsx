import { useId, useState } from 'react'
import { CAPABILITIES } from '../../core/k8s/capabilities'
import type { FieldSpec } from '../../core/k8s/fields'
import type { JsonValue } from '../../core/types'
import { FieldDoc } from './FieldDoc'
import { useForm, useFormSlice } from './FormContext'
import { useRovingGrid } from './useRovingGrid'
import { getIn, matchesFilter, sameItem, showValue, toggleItem } from './values'

interface Row {
  /** The exact list item the checkboxes add or remove. */
  item: JsonValue
  name: string
  description: string
}

const ALL_ROW: Row = {
  item: 'ALL',
  name: 'ALL',
  description: 'Every capability (drop ALL, then add back what is needed).',
}
const KNOWN: readonly Row[] = [
  ALL_ROW,
  ...CAPABILITIES.map((c) => ({ item: c.k8sName, name: c.k8sName, description: c.description })),
]
const KNOWN_NAMES = new Set(KNOWN.map((r) => r.name))

const listOf = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])

/**
 * capabilities add / drop: every Linux capability (names without CAP_, as Kubernetes wants) plus ALL, with a
 * description and one checkbox per list. Items written otherwise (CAP_NET_ADMIN, net_admin) get their own rows,
 * so they are shown as written and can be removed.
 */
export function CapabilitiesPicker({ specs }: { specs: readonly FieldSpec[] }) {
  const { readOnly, set, level } = useForm()
  const [filter, setFilter] = useState('')
  const base = useId()
  const { add, drop } = useFormSlice((d) => ({
    add: getIn(d.sc, ['capabilities', 'add']),
    drop: getIn(d.sc, ['capabilities', 'drop']),
  }))
  const extra: Row[] = []
  for (const item of [...listOf(add), ...listOf(drop)]) {
    const name = showValue(item)
    if (typeof item === 'string' && KNOWN_NAMES.has(item)) continue
    if (!extra.some((r) => r.name === name)) {
      extra.push({
        item,
        name,
        description: 'Written this way in the YAML; Kubernetes wants e.g. NET_ADMIN.',
      })
    }
  }
  const [all, ...caps] = KNOWN
  const rows = [all!, ...extra, ...caps].filter((r) => matchesFilter(filter, r.name, r.description))
  const grid = useRovingGrid<HTMLTableElement>(rows.length, 2)
  const toggle = (which: 'add' | 'drop', item: JsonValue, on: boolean) =>
    set(['capabilities', which], toggleItem(which === 'add' ? add : drop, item, on))
  const summary = (v: JsonValue | undefined) =>
    v === undefined ? 'unset' : listOf(v).map(showValue).join(', ')

  return (
    <fieldset className="field-group caps-picker">
      <legend>capabilities</legend>
      <p className="caps-summary">
        add: <code>{summary(add)}</code> · drop: <code>{summary(drop)}</code>
      </p>
      {specs.map((s) => (
        <FieldDoc key={s.label} spec={s} level={level} id={`${base}${s.path[1]}`} />
      ))}
      <label className="caps-filter">
        Filter capabilities <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <p className="caps-keys" id={`${base}keys`}>
        Keyboard: the table is one Tab stop; arrow keys move, Space ticks.
      </p>
      <div className="caps-scroll">
        <table className="caps-table" onKeyDown={grid.onKeyDown} onFocus={grid.onFocus}>
          <thead>
            <tr>
              <th scope="col">add</th>
              <th scope="col">drop</th>
              <th scope="col">capability</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.name} className={KNOWN_NAMES.has(r.name) ? undefined : 'caps-extra'}>
                {(['add', 'drop'] as const).map((which, col) => (
                  <td key={which}>
                    <input
                      type="checkbox"
                      aria-label={`${which} ${r.name}`}
                      aria-describedby={`${base}r${i} ${base}${which}${i === 0 ? ` ${base}keys` : ''}`}
                      tabIndex={grid.tabIndex(i, col)}
                      data-row={i}
                      data-col={col}
                      checked={listOf(which === 'add' ? add : drop).some((x) => sameItem(x, r.item))}
                      disabled={readOnly}
                      onChange={(e) => toggle(which, r.item, e.target.checked)}
                    />
                  </td>
                ))}
                <th scope="row">
                  <span className="cap-name">{r.name}</span>
                  <span className="cap-desc" id={`${base}r${i}`}>
                    {r.description}
                  </span>
                </th>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="caps-none">No capability matches “{filter}”.</p> : null}
      </div>
    </fieldset>
  )
}
