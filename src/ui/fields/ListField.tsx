import type { ReactNode } from 'react'
import type { JsonValue } from '../../core/types'
import { FieldDoc } from './FieldDoc'
import type { useListField } from './useListField'

/** The frame of a list field: its rows, each with a Remove button, the add row with its error, the field's doc. */
export function ListField(props: {
  list: ReturnType<typeof useListField>
  /** Extra class of the rows and of the add row. */
  rowClass?: string
  row: (item: JsonValue, i: number) => ReactNode
  removeLabel: (i: number) => string
  /** The inputs of the add row (one of them holds the ref given to useListField). */
  addInputs: ReactNode
  addLabel: string
  onAdd: () => void
}) {
  const { list, rowClass } = props
  return (
    <fieldset className="field-group list-field">
      <legend>{list.spec.label}</legend>
      {list.stored !== undefined && !Array.isArray(list.stored) ? (
        <p className="field-note">Shown as written: not a list.</p>
      ) : null}
      <ol className="list-rows">
        {list.items.map((item, i) => (
          <li key={i} className={rowClass}>
            {props.row(item, i)}
            <button
              type="button"
              className="row-button"
              aria-label={props.removeLabel(i)}
              disabled={list.readOnly}
              onClick={() => list.remove(i)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className={rowClass ? `list-add ${rowClass}` : 'list-add'}>
        {props.addInputs}
        <button type="button" className="row-button" disabled={list.readOnly} onClick={props.onAdd}>
          {props.addLabel}
        </button>
        {list.error ? <span className="field-error">{list.error}</span> : null}
      </div>
      <FieldDoc spec={list.spec} level={list.level} id={list.docId} />
    </fieldset>
  )
}
