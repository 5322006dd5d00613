import type { FieldSpec } from '../../core/k8s/fields'
import { useForm, useFormSlice } from './FormContext'
import { InputField } from './InputField'
import { SelectField } from './SelectField'
import { getIn, isObject } from './values'

interface Props {
  /** seccompProfile or appArmorProfile. */
  group: string
  specs: readonly FieldSpec[]
}

/**
 * A profile struct: its type, and localhostProfile only when the type is Localhost (or when one is written anyway,
 * so it is never hidden). Leaving Localhost or unsetting the type also drops a localhostProfile the API would
 * reject, in the same single edit.
 */
export function ProfileField({ group, specs }: Props) {
  const { set } = useForm()
  const typeSpec = specs.find((s) => s.path[1] === 'type')
  const localSpec = specs.find((s) => s.path[1] === 'localhostProfile')
  const profile = useFormSlice((d) => getIn(d.sc, [group]))
  const onlyKnown =
    isObject(profile) && Object.keys(profile).every((k) => k === 'type' || k === 'localhostProfile')
  const hasLocal = getIn(profile, ['localhostProfile']) !== undefined

  const pick = (value: string | boolean | undefined) => {
    if (value === undefined && onlyKnown) set([group], undefined)
    else if (value !== 'Localhost' && value !== undefined && hasLocal && onlyKnown)
      set([group], { type: value })
    else set([group, 'type'], value)
  }

  return (
    <fieldset className="field-group">
      <legend>{group}</legend>
      {typeSpec ? <SelectField spec={typeSpec} onPick={pick} /> : null}
      {localSpec && (getIn(profile, ['type']) === 'Localhost' || hasLocal) ? (
        <InputField spec={localSpec} kind="string" />
      ) : null}
    </fieldset>
  )
}
