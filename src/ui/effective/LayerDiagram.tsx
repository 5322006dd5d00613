import type { ContainerEffective, Effective } from '../../core/types'
import { Breakable } from './FieldName'
import { fieldLevel, formatValue, SOURCE_LABEL } from './format'

type Layer = 'container' | 'pod' | 'base'

const winner = (e: Effective): Layer =>
  e.source === 'container' ? 'container' : e.source === 'pod' ? 'pod' : 'base'

function Cell({ name, e, layer }: { name: string; e: Effective; layer: Layer }) {
  const level = fieldLevel(name)
  const wins = winner(e) === layer
  if ((layer === 'container' && level === 'pod') || (layer === 'pod' && level === 'container')) {
    return (
      <td className="layer-cell na" title={`${name} cannot be set at ${layer} level`}>
        <span aria-hidden="true">╳</span>
        <span className="visually-hidden">not settable here</span>
      </td>
    )
  }
  if (wins) {
    const label = layer === 'base' ? ` (${SOURCE_LABEL[e.source]})` : ''
    return (
      <td className="layer-cell wins">
        <span className="visually-hidden">wins: </span>
        <code>{formatValue(e.value)}</code>
        {label && <span className="layer-origin">{label}</span>}
      </td>
    )
  }
  if (layer === 'pod' && e.overridden !== undefined) {
    return (
      <td className="layer-cell lost">
        <del>
          <span className="visually-hidden">overridden: </span>
          <code>{formatValue(e.overridden)}</code>
        </del>
      </td>
    )
  }
  return <td className="layer-cell empty">{layer === 'base' ? '…' : 'unset'}</td>
}

/**
 * A picture of the layering: each field is read from the first layer that sets it, container, then pod,
 * then the runtime default (or the image, or what other settings imply). Fields nobody sets are summed up.
 */
export function LayerDiagram({ c }: { c: ContainerEffective }) {
  const all = Object.entries(c.fields)
  const shown = all.filter(([, e]) => e.source !== 'default')
  const defaults = all.length - shown.length
  return (
    <figure className="layers">
      <figcaption>
        <strong>Who decides?</strong> Each field comes from the first layer that sets it:
        <span className="layer-flow">
          <span className="layer-chip layer-container">container</span>→
          <span className="layer-chip layer-pod">pod</span>→
          <span className="layer-chip layer-base">runtime default</span>
        </span>
      </figcaption>
      <table className="layer-table" aria-label="Layers">
        <colgroup>
          <col className="col-field" />
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col" className="layer-container">
              1 · Container
            </th>
            <th scope="col" className="layer-pod">
              2 · Pod
            </th>
            <th scope="col" className="layer-base">
              3 · Default / image
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map(([name, e]) => (
            <tr key={name}>
              <th scope="row">
                <code>
                  <Breakable name={name} />
                </code>
              </th>
              <Cell name={name} e={e} layer="container" />
              <Cell name={name} e={e} layer="pod" />
              <Cell name={name} e={e} layer="base" />
            </tr>
          ))}
        </tbody>
      </table>
      {defaults > 0 && (
        <p className="layer-rest">
          The other {defaults} fields are set by neither the container nor the pod: the runtime default
          applies (see the table above).
        </p>
      )}
    </figure>
  )
}
