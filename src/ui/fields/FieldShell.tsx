import { useId, type ReactNode } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import { FieldDoc } from './FieldDoc'
import { useForm } from './FormContext'

interface Props {
  spec: FieldSpec
  error?: string | null
  /** A note under the control, e.g. a value shown as written because the form cannot represent it. */
  note?: string | null
  children: (ids: { control: string; describedBy: string; errorId: string }) => ReactNode
}

/** Label (the field's YAML name), control, inline error and doc of one leaf field. */
export function FieldShell({ spec, error, note, children }: Props) {
  const { level } = useForm()
  const base = useId()
  const ids = { control: `${base}c`, doc: `${base}d`, errorId: `${base}e`, note: `${base}n` }
  const describedBy = [error ? ids.errorId : '', note ? ids.note : '', ids.doc].filter(Boolean).join(' ')
  return (
    <div className="field" data-field={spec.path.join('.')}>
      <label className="field-label" htmlFor={ids.control}>
        {spec.label}
      </label>
      {children({ control: ids.control, describedBy, errorId: ids.errorId })}
      {error ? (
        <p className="field-error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
      {note ? (
        <p className="field-note" id={ids.note}>
          {note}
        </p>
      ) : null}
      <FieldDoc spec={spec} level={level} id={ids.doc} />
    </div>
  )
}
