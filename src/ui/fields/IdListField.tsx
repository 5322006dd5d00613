import { useId, useRef, useState } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import { DraftInput } from './DraftInput'
import { FieldDoc } from './FieldDoc'
import { useForm, useFormSlice } from './FormContext'
import { getIn, parseId, replaceItem, showValue } from './values'

/**
 * A list of group IDs (supplementalGroups): edit a row in place (empty removes it), remove a row, or add one.
 * The whole list is written as one edit; items the form cannot read as numbers are shown as written.
 */
export function IdListField({ spec }: { spec: FieldSpec }) {
  const { readOnly, set, level } = useForm()
  const docId = useId()
  const [fresh, setFresh] = useState('')
  const [freshError, setFreshError] = useState<string | null>(null)
  const stored = useFormSlice((d) => getIn(d.sc, spec.path))
  const items = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored]
  const name = spec.label
  // Remove unmounts its own button: focus goes to the add row rather than falling back to the page.
  const freshInput = useRef<HTMLInputElement>(null)
  const remove = (i: number) => {
    set(spec.path, replaceItem(stored, i, undefined))
    freshInput.current?.focus()
  }

  const add = () => {
    const parsed = parseId(fresh)
    if (!parsed.ok) return setFreshError(parsed.error)
    if (parsed.value === undefined) return setFreshError('type a group ID first')
    set(spec.path, [...items, parsed.value])
    setFresh('')
    setFreshError(null)
  }

  return (
    <fieldset className="field-group list-field">
      <legend>{name}</legend>
      {stored !== undefined && !Array.isArray(stored) ? (
        <p className="field-note">Shown as written: not a list.</p>
      ) : null}
      <ol className="list-rows">
        {items.map((item, i) => (
          <li key={i}>
            <DraftInput
              label={`${name} item ${i + 1}`}
              type={typeof item === 'number' ? 'number' : 'text'}
              current={typeof item === 'number' ? String(item) : showValue(item)}
              readOnly={readOnly}
              describedBy={docId}
              commit={(raw) => {
                const parsed = parseId(raw)
                if (!parsed.ok) return parsed.error
                set(spec.path, replaceItem(stored, i, parsed.value))
                return null
              }}
            />
            <button
              type="button"
              className="row-button"
              aria-label={`Remove ${name} item ${i + 1}`}
              disabled={readOnly}
              onClick={() => remove(i)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="list-add">
        <input
          ref={freshInput}
          className="field-input"
          type="number"
          min={0}
          aria-label={`New ${name} item`}
          aria-describedby={docId}
          aria-invalid={freshError ? true : undefined}
          value={fresh}
          disabled={readOnly}
          onChange={(e) => {
            setFresh(e.target.value)
            setFreshError(null)
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            add()
          }}
        />
        <button type="button" className="row-button" disabled={readOnly} onClick={add}>
          Add to {name}
        </button>
        {freshError ? <span className="field-error">{freshError}</span> : null}
      </div>
      <FieldDoc spec={spec} level={level} id={docId} />
    </fieldset>
  )
}
