import type { FieldSpec } from '../../core/k8s/fields'
import { numberSource } from '../../core/yaml'
import { FieldShell } from './FieldShell'
import { useForm, useFormSlice } from './FormContext'
import { useDraft } from './useDraft'
import { getIn, parseId, parseText, showValue } from './values'

interface Props {
  spec: FieldSpec
  /** 'int': a uid/gid (0..2147483647); 'string': free text. */
  kind: 'int' | 'string'
}

/**
 * A number (uid/gid) or text field, written on blur or Enter; empty clears the key. A value the field cannot
 * represent (a string where a number belongs) is shown as written and stays until the user types over it.
 */
export function InputField({ spec, kind }: Props) {
  const { readOnly, set } = useForm()
  const { stored, written, inh } = useFormSlice((d) => ({
    stored: getIn(d.sc, spec.path),
    // A number JavaScript cannot hold exactly (beyond 2^53) is shown with the digits written in the YAML.
    written: numberSource(getIn(d.sc, spec.path.slice(0, -1)), spec.path.at(-1)!),
    inh: d.inherited(spec.path),
  }))
  const fits =
    written === undefined &&
    (stored === undefined ||
      (kind === 'int' ? typeof stored === 'number' && Number.isInteger(stored) : typeof stored === 'string'))
  const current = stored === undefined ? '' : (written ?? (fits ? String(stored) : showValue(stored)))

  const draft = useDraft(
    current,
    (raw) => {
      const parsed = kind === 'int' ? parseId(raw) : parseText(raw)
      if (!parsed.ok) return parsed.error
      if (parsed.value !== undefined || stored !== undefined) set(spec.path, parsed.value)
      return null
    },
    readOnly,
  )

  const note = fits
    ? null
    : written !== undefined
      ? 'Shown as written: not a valid ID (the API server rejects it).'
      : `Shown as written: ${kind === 'int' ? 'not a number' : 'not a string'}.`
  return (
    <FieldShell spec={spec} error={draft.error} note={note}>
      {({ control, describedBy, errorId }) => (
        <input
          id={control}
          className="field-input"
          type={kind === 'int' && fits ? 'number' : 'text'}
          inputMode={kind === 'int' ? 'numeric' : undefined}
          min={kind === 'int' ? 0 : undefined}
          step={kind === 'int' ? 1 : undefined}
          value={draft.value}
          placeholder={inh === undefined ? 'unset' : `${showValue(inh)} (from pod)`}
          disabled={readOnly}
          aria-describedby={describedBy}
          aria-invalid={draft.error ? true : undefined}
          aria-errormessage={draft.error ? errorId : undefined}
          onChange={draft.onChange}
          onBlur={draft.onBlur}
          onKeyDown={draft.onKeyDown}
        />
      )}
    </FieldShell>
  )
}
