import { Fragment, useId } from 'react'
import './fields.css'

interface Props {
  label: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange(value: string): void
}

/** A labelled native select (a combobox named by its label). */
export function Picker({ label, value, options, onChange }: Props) {
  const id = useId()
  return (
    <span className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {/* A new count mounts the options afresh, in one insertion: React placing thousands of new options one by
            one among each other is quadratic (a 3000-document paste spent ~80 ms there). */}
        <Fragment key={options.length}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Fragment>
      </select>
    </span>
  )
}
