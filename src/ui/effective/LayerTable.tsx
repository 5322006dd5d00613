import type { LayerCell, LayerView } from '../../core/effective/layers'
import { Breakable } from './FieldName'
import { formatValue } from './format'
import { LAYER_NAME } from './layerText'

function Cell({ cell, origin }: { cell: LayerCell; origin: string | null }) {
  switch (cell.state) {
    case 'na':
      return (
        <td className="layer-cell na">
          <span aria-hidden="true">╳</span>
          <span className="visually-hidden">cannot be set here</span>
        </td>
      )
    case 'unset':
      return <td className="layer-cell empty">unset</td>
    case 'lost':
      return (
        <td className="layer-cell lost">
          <del>
            <span className="visually-hidden">overridden: </span>
            <code>{formatValue(cell.value)}</code>
          </del>
        </td>
      )
    case 'wins':
      return (
        <td className="layer-cell wins">
          <span className="visually-hidden">wins: </span>
          <code>{formatValue(cell.value)}</code>
          {origin && <span className="layer-origin"> ({origin})</span>}
        </td>
      )
  }
}

/** The layering as a table: the picture's text alternative (always in the accessibility tree). */
export function LayerTable({ view, hidden }: { view: LayerView; hidden: boolean }) {
  return (
    <table className={hidden ? 'layer-table visually-hidden' : 'layer-table'} aria-label="Layers">
      <thead>
        <tr>
          <th scope="col">Field</th>
          {view.layers.map((l, i) => (
            <th scope="col" key={l} className={`layer-${l}`}>
              {i + 1} · {LAYER_NAME[l]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.fields.map((f) => (
          <tr key={f.key}>
            <th scope="row">
              <code>
                <Breakable name={f.key} />
              </code>
            </th>
            {view.layers.map((l) => (
              <Cell key={l} cell={f.cells[l]} origin={l === 'scc' ? f.sccName : f.origin} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
