import { useId } from 'react'
import './scope.css'
import type { ProblemScope } from './scope'

interface Props {
  scope: ProblemScope
  onChange(scope: ProblemScope): void
}

const SCOPES: readonly { value: ProblemScope; label: string }[] = [
  { value: 'resource', label: 'This resource' },
  { value: 'all', label: 'All resources' },
]

/** Two radio buttons, "This resource" / "All resources" (arrow keys move between them, as radios do). */
export function ScopeSwitch({ scope, onChange }: Props) {
  const name = useId()
  return (
    <div className="problems-scope" role="radiogroup" aria-label="Show problems of">
      {SCOPES.map((s) => (
        <label key={s.value} className="problems-scope-option">
          <input
            type="radio"
            name={name}
            value={s.value}
            checked={scope === s.value}
            onChange={() => onChange(s.value)}
          />
          {s.label}
        </label>
      ))}
    </div>
  )
}
