import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import type { JsonValue } from '../../core/types'
import { DraftInput } from './DraftInput'
import { FieldDoc } from './FieldDoc'
import { useForm, useFormSlice } from './FormContext'
import { getIn, isObject, replaceItem, showValue } from './values'

const text = (v: JsonValue | undefined) => (v === undefined ? '' : typeof v === 'string' ? v : showValue(v))
const REQUIRED = 'required: remove the row instead'

/** sysctls: rows of name and value (both strings), editable in place, removable, and a row to add one. */
export function SysctlsField({ spec }: { spec: FieldSpec }) {
  const { readOnly, set, level } = useForm()
  const docId = useId()
  const [fresh, setFresh] = useState({ name: '', value: '' })
  const [freshError, setFreshError] = useState<string | null>(null)
  const stored = useFormSlice((d) => getIn(d.sc, spec.path))
  const items = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored]

  const edit = (i: number, key: 'name' | 'value', raw: string) => {
    if (raw === '') return REQUIRED
    const item = items[i]
    set(spec.path, replaceItem(stored, i, { ...(isObject(item) ? item : {}), [key]: raw }))
    return null
  }
  const add = () => {
    if (!fresh.name.trim() || fresh.value === '') return setFreshError('type a name and a value first')
    set(spec.path, [...items, { name: fresh.name.trim(), value: fresh.value }])
    setFresh({ name: '', value: '' })
    setFreshError(null)
  }
  // Remove unmounts its own button: focus goes to the add row rather than falling back to the page.
  const freshName = useRef<HTMLInputElement>(null)
  const remove = (i: number) => {
    set(spec.path, replaceItem(stored, i, undefined))
    freshName.current?.focus()
  }
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    add()
  }

  return (
    <fieldset className="field-group list-field">
      <legend>{spec.label}</legend>
      {stored !== undefined && !Array.isArray(stored) ? (
        <p className="field-note">Shown as written: not a list.</p>
      ) : null}
      <ol className="list-rows">
        {items.map((item, i) => (
          <li key={i} className="sysctl-row">
            {(['name', 'value'] as const).map((key) => (
              <DraftInput
                key={key}
                label={`sysctls ${key} ${i + 1}`}
                current={text(getIn(item, [key]))}
                placeholder={key}
                readOnly={readOnly}
                describedBy={docId}
                commit={(raw) => edit(i, key, raw)}
              />
            ))}
            <button
              type="button"
              className="row-button"
              aria-label={`Remove sysctl ${i + 1}`}
              disabled={readOnly}
              onClick={() => remove(i)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="list-add sysctl-row">
        {(['name', 'value'] as const).map((key) => (
          <input
            key={key}
            ref={key === 'name' ? freshName : undefined}
            className="field-input"
            aria-label={`New sysctl ${key}`}
            aria-describedby={docId}
            placeholder={key === 'name' ? 'net.ipv4.ip_unprivileged_port_start' : 'value'}
            value={fresh[key]}
            disabled={readOnly}
            onChange={(e) => {
              setFresh({ ...fresh, [key]: e.target.value })
              setFreshError(null)
            }}
            onKeyDown={onEnter}
          />
        ))}
        <button type="button" className="row-button" disabled={readOnly} onClick={add}>
          Add sysctl
        </button>
        {freshError ? <span className="field-error">{freshError}</span> : null}
      </div>
      <FieldDoc spec={spec} level={level} id={docId} />
    </fieldset>
  )
}
