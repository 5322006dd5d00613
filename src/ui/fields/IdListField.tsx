import { useRef, useState } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import { DraftInput } from './DraftInput'
import { ListField } from './ListField'
import { useListField } from './useListField'
import { parseId, showValue } from './values'

/**
 * A list of group IDs (supplementalGroups): edit a row in place (empty removes it), remove a row, or add one.
 * Items the form cannot read as numbers are shown as written.
 */
export function IdListField({ spec }: { spec: FieldSpec }) {
  const addInput = useRef<HTMLInputElement>(null)
  const list = useListField(spec, addInput)
  const [fresh, setFresh] = useState('')
  const name = spec.label

  const add = () => {
    const parsed = parseId(fresh)
    if (!parsed.ok) return list.setError(parsed.error)
    if (parsed.value === undefined) return list.setError('type a group ID first')
    list.append(parsed.value)
    setFresh('')
    list.setError(null)
  }

  return (
    <ListField
      list={list}
      row={(item, i) => (
        <DraftInput
          label={`${name} item ${i + 1}`}
          type={typeof item === 'number' ? 'number' : 'text'}
          current={typeof item === 'number' ? String(item) : showValue(item)}
          readOnly={list.readOnly}
          describedBy={list.docId}
          commit={(raw) => {
            const parsed = parseId(raw)
            if (!parsed.ok) return parsed.error
            list.replace(i, parsed.value)
            return null
          }}
        />
      )}
      removeLabel={(i) => `Remove ${name} item ${i + 1}`}
      addInputs={
        <input
          ref={addInput}
          className="field-input"
          type="number"
          min={0}
          aria-label={`New ${name} item`}
          aria-describedby={list.docId}
          aria-invalid={list.error ? true : undefined}
          value={fresh}
          disabled={list.readOnly}
          onChange={(e) => {
            setFresh(e.target.value)
            list.setError(null)
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            add()
          }}
        />
      }
      addLabel={`Add to ${name}`}
      onAdd={add}
    />
  )
}
