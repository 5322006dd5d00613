import type { KeyboardEvent } from 'react'
import type { NarrowPane } from './useLayout'

const NARROW_PANES: readonly { id: NarrowPane; label: string }[] = [
  { id: 'forms', label: 'Forms' },
  { id: 'editor', label: 'YAML' },
  { id: 'side', label: 'Details' },
]

interface Props {
  active: NarrowPane
  onSelect(pane: NarrowPane): void
}

/** On a phone (≤ 600 px) one pane at a time: these tabs pick it (WAI-ARIA tabs, automatic activation). */
export function NarrowTabs({ active, onSelect }: Props) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = NARROW_PANES.findIndex((p) => p.id === active)
    const n = NARROW_PANES.length
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : -1
    if (next < 0) return
    e.preventDefault()
    const id = NARROW_PANES[next]!.id
    onSelect(id)
    document.getElementById(`narrow-tab-${id}`)?.focus()
  }
  return (
    <div className="narrow-tabs" role="tablist" aria-label="Panes" onKeyDown={onKeyDown}>
      {NARROW_PANES.map((p) => (
        <button
          key={p.id}
          type="button"
          role="tab"
          id={`narrow-tab-${p.id}`}
          aria-selected={active === p.id}
          aria-controls={`pane-${p.id}`}
          tabIndex={active === p.id ? 0 : -1}
          className="narrow-tab"
          onClick={() => onSelect(p.id)}
        >
          {p.label}
        </button>
      ))}
    </div>
  )
}
