import { useId } from 'react'
import type { LayerCell, LayerView } from '../../core/effective/layers'
import { formatValue } from './format'
import { fieldSentence, LAYER_NAME } from './layerText'

const FIELD_W = 142
const COL_W = 104
const HEAD_H = 30
const ROW_H = 26
/** Characters that fit a cell at the picture's 12 px monospace (about 7.2 px each). */
const CELL_CHARS = 13
const FIELD_CHARS = 19
const CHAR_W = 7.2

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

function CellMark({ cell, x, y, note }: { cell: LayerCell; x: number; y: number; note: string | null }) {
  const mid = y + ROW_H / 2
  if (cell.state === 'unset' || cell.state === 'na')
    return (
      <text x={x + 8} y={mid} className={`layer-svg-${cell.state}`} dominantBaseline="central">
        {cell.state === 'na' ? 'n/a' : '—'}
      </text>
    )
  const full = formatValue(cell.value) + (note && cell.state === 'wins' ? ` · ${note}` : '')
  const shown = clip(full, CELL_CHARS)
  return (
    <g className={`layer-svg-${cell.state}`}>
      {cell.state === 'wins' && (
        <rect x={x + 2} y={y + 2} width={COL_W - 4} height={ROW_H - 4} rx={4} className="layer-svg-win" />
      )}
      <text x={x + 8} y={mid} dominantBaseline="central">
        {shown !== full && <title>{full}</title>}
        {shown}
      </text>
      {cell.state === 'lost' && (
        <line x1={x + 6} x2={x + 10 + shown.length * CHAR_W} y1={mid} y2={mid} className="layer-svg-strike" />
      )}
    </g>
  )
}

/**
 * The layering picture (issue 15 §2): columns are the layers from the runtime default (left) to the container
 * (right), each overriding those to its left; rows are the fields some layer sets. The winning value is boxed,
 * the values it overrides struck through. role="img" with a title and a description; the table is the full text.
 */
export function LayerSvg({ view, container }: { view: LayerView; container: string }) {
  const id = useId()
  const width = FIELD_W + view.layers.length * COL_W
  const height = HEAD_H + Math.max(1, view.fields.length) * ROW_H + 4
  const colX = (i: number) => FIELD_W + i * COL_W
  const desc = view.fields.length
    ? `${view.fields.map(fieldSentence).join('. ')}.`
    : 'Neither the container nor the pod sets a field: the runtime default applies to all.'
  return (
    <svg
      className="layer-svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title
        id={`${id}-t`}
      >{`Who decides, for ${container}: ${view.layers.map((l) => LAYER_NAME[l]).join(', then ')}`}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {view.layers.map((l, i) => (
        <g key={l}>
          <rect
            x={colX(i) + 6}
            y={1}
            width={COL_W - 7}
            height={HEAD_H - 6}
            rx={4}
            className={`layer-svg-head-${l}`}
          />
          <text
            x={colX(i) + COL_W / 2 + 3}
            y={HEAD_H / 2 - 2}
            textAnchor="middle"
            dominantBaseline="central"
            className="layer-svg-head"
          >
            {LAYER_NAME[l]}
          </text>
          {i > 0 && (
            <text
              x={colX(i) + 2}
              y={HEAD_H / 2 - 2}
              textAnchor="middle"
              dominantBaseline="central"
              className="layer-svg-arrow"
            >
              ›
            </text>
          )}
        </g>
      ))}
      {view.fields.map((f, r) => {
        const y = HEAD_H + r * ROW_H
        return (
          <g key={f.key}>
            <line x1={0} x2={width} y1={y + ROW_H} y2={y + ROW_H} className="layer-svg-rule" />
            <text x={4} y={y + ROW_H / 2} dominantBaseline="central" className="layer-svg-field">
              {clip(f.key, FIELD_CHARS)}
            </text>
            {view.layers.map((l, i) => (
              <CellMark
                key={l}
                cell={f.cells[l]}
                x={colX(i)}
                y={y}
                note={l === 'scc' ? f.sccName : f.origin}
              />
            ))}
          </g>
        )
      })}
    </svg>
  )
}
