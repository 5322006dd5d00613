import { useId } from 'react'
import { useDraft } from './useDraft'

interface Props {
  /** Accessible name of the input. */
  label: string
  current: string
  type?: 'number' | 'text'
  /** Writes the typed text; returns an inline error instead, or null. */
  commit(raw: string): string | null
  readOnly: boolean
  describedBy?: string
  placeholder?: string
  id?: string
  title?: string
}

/** A bare input for list rows: written on blur or Enter like the other fields, error shown beside it. */
export function DraftInput(props: Props) {
  const { label, current, type = 'text', commit, readOnly, describedBy, placeholder, id, title } = props
  const draft = useDraft(current, commit, readOnly)
  const errorId = useId()
  return (
    <span className="draft-input">
      <input
        className="field-input"
        id={id}
        title={title}
        aria-label={label}
        type={type}
        min={type === 'number' ? 0 : undefined}
        value={draft.value}
        placeholder={placeholder}
        disabled={readOnly}
        aria-describedby={
          [draft.error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={draft.error ? true : undefined}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      {draft.error ? (
        <span className="field-error" id={errorId}>
          {draft.error}
        </span>
      ) : null}
    </span>
  )
}
