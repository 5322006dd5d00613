import { setLayout, useLayout } from './useLayout'

/** The presentation mode switch (YAML, simulated shell and layering picture only, large type; remembered). */
export function PresentationToggle() {
  const { present } = useLayout()
  return (
    <button
      type="button"
      className="present-toggle"
      aria-pressed={present}
      onClick={() => setLayout({ present: !present })}
    >
      Presentation mode
    </button>
  )
}
