import type { FieldSpec } from '../../core/k8s/fields'
import type { JsonValue } from '../../core/types'
import { FieldShell } from './FieldShell'
import { useForm, useFormSlice } from './FormContext'
import { getIn, showValue } from './values'

interface Props {
  spec: FieldSpec
  /** Called instead of the plain set when the field needs a different edit (profiles). */
  onPick?: (value: string | boolean | undefined) => void
}

const UNSET = ''
const AS_WRITTEN = '\u0000as-written'

/**
 * Tri-state booleans (unset / true / false: an explicit false overrides the pod) and enums (unset + values).
 * A value outside the choices is kept as an extra "as written" option and stays selected.
 */
export function SelectField({ spec, onPick }: Props) {
  const { readOnly, set } = useForm()
  const { stored, inh } = useFormSlice((d) => ({
    stored: getIn(d.sc, spec.path),
    inh: d.inherited(spec.path),
  }))
  const choices: readonly string[] = spec.type === 'bool' ? ['true', 'false'] : (spec.values ?? [])
  const storedKey = stored === undefined ? UNSET : keyOf(stored)
  const known = storedKey === UNSET || choices.includes(storedKey)
  const unsetLabel = inh === undefined ? 'unset' : `unset (${showValue(inh)} from pod)`

  const pick = (key: string) => {
    if (key === AS_WRITTEN) return
    const value = key === UNSET ? undefined : spec.type === 'bool' ? key === 'true' : key
    if (onPick) onPick(value)
    else set(spec.path, value)
  }

  return (
    <FieldShell spec={spec} note={known ? null : 'Shown as written: not one of the choices.'}>
      {({ control, describedBy }) => (
        <select
          id={control}
          className="field-select"
          value={known ? storedKey : AS_WRITTEN}
          disabled={readOnly}
          aria-describedby={describedBy}
          onChange={(e) => pick(e.target.value)}
        >
          <option value={UNSET}>{unsetLabel}</option>
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          {known ? null : (
            <option value={AS_WRITTEN}>{`${showValue(stored as JsonValue)} (as written)`}</option>
          )}
        </select>
      )}
    </FieldShell>
  )
}

/** The choice a stored value selects: booleans and enum strings by their text; anything else matches nothing. */
function keyOf(v: JsonValue): string {
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'string') return v === 'true' || v === 'false' ? `"${v}"` : v
  return `\u0000${JSON.stringify(v)}`
}
