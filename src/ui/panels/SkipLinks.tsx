import './panels.css'

/** Where each skip link goes: the first control of the forms, Monaco's input, the selected side tab. */
const TARGETS = [
  {
    label: 'Skip to the forms',
    selector: '.forms-pane :is(input, select, button, a[href]):not([disabled], [tabindex="-1"])',
  },
  { label: 'Skip to the YAML editor', selector: '.editor-pane [role="textbox"], .editor-pane textarea' },
  { label: 'Skip to effective settings, problems and lessons', selector: '.side-tab[aria-selected="true"]' },
] as const

/**
 * Skip links, hidden until focused: the page's first Tab stops. The forms alone hold about eighty controls, so
 * without them a keyboard user tabs through every field to reach the editor or the Problems list.
 */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <button
          key={t.label}
          type="button"
          onClick={() => document.querySelector<HTMLElement>(t.selector)?.focus()}
        >
          {t.label}
        </button>
      ))}
    </nav>
  )
}
