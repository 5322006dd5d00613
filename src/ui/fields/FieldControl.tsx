import { memo } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import { CapabilitiesPicker } from './CapabilitiesPicker'
import { IdListField } from './IdListField'
import { InputField } from './InputField'
import { ProfileField } from './ProfileField'
import { SelectField } from './SelectField'
import { SysctlsField } from './SysctlsField'
import './fields.css'

/** The control for one leaf field of the catalogue, by its type. */
export function LeafField({ spec }: { spec: FieldSpec }) {
  switch (spec.type) {
    case 'int':
      return <InputField spec={spec} kind="int" />
    case 'bool':
    case 'enum':
      return <SelectField spec={spec} />
    case 'intList':
      return <IdListField spec={spec} />
    case 'sysctls':
      return <SysctlsField spec={spec} />
    case 'capabilities':
      return <CapabilitiesPicker specs={[spec]} />
    default:
      return <InputField spec={spec} kind="string" />
  }
}

/** A leaf field, or a struct's sub-fields: capabilities as one picker, profiles with their type first. */
export const FieldControl = memo(function FieldControl({
  group,
  specs,
}: {
  group?: string
  specs: readonly FieldSpec[]
}) {
  if (!group) return specs[0] ? <LeafField spec={specs[0]} /> : null
  if (specs.every((s) => s.type === 'capabilities')) return <CapabilitiesPicker specs={specs} />
  if (specs.some((s) => s.path[1] === 'localhostProfile')) return <ProfileField group={group} specs={specs} />
  return (
    <fieldset className="field-group">
      <legend>{group}</legend>
      {specs.map((s) => (
        <LeafField key={s.label} spec={s} />
      ))}
    </fieldset>
  )
})
