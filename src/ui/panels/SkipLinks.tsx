import './panels.css'

const CONTROL =
  ':is(input, select, button, textarea, a[href], [tabindex="0"]):not([disabled], [tabindex="-1"])'

/** Where each skip link goes: the first control of the forms, the container form, Monaco's input, the side tab. */
const TARGETS = [
  { label: 'Skip to the forms', selector: `.forms-pane .form-section-body ${CONTROL}` },
  {
    label: 'Skip to the container form',
    selector: `[aria-label="Container securityContext"] .form-section-body ${CONTROL}`,
  },
  { label: 'Skip to the YAML editor', selector: '.editor-pane [role="textbox"], .editor-pane textarea' },
  { label: 'Skip to effective settings, problems and lessons', selector: '.side-tab[aria-selected="true"]' },
] as const

/** The first element matching `selector` that is on screen (a folded section's fields are not). */
function focusFirst(selector: string) {
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (!el.checkVisibility()) continue
    el.focus()
    if (document.activeElement === el) return
  }
}

/**
 * Skip links, hidden until focused: the page's first Tab stops. The forms alone hold about eighty controls, so
 * without them a keyboard user tabs through every field to reach the editor or the Problems list.
 */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <button key={t.label} type="button" onClick={() => focusFirst(t.selector)}>
          {t.label}
        </button>
      ))}
    </nav>
  )
}
