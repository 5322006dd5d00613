import { useState } from 'react'
import { useAppStoreApi } from '../state/useAppStore'
import { getStartOrigin } from './files/startup'
import { safeLocalStorage } from './files/theme'
import { setLayout, setNarrowPane } from './layout/useLayout'

const DISMISSED_KEY = 'secctx:welcome-dismissed'

const dismissed = () => {
  try {
    return safeLocalStorage()?.getItem(DISMISSED_KEY) === 'true'
  } catch {
    return true
  }
}

/**
 * What a newcomer sees first (issue 15): paste a manifest, or open the lessons. Shown on a first visit (the
 * example text, no autosaved work, no link) until dismissed; dismissing is remembered.
 */
export function Welcome() {
  const store = useAppStoreApi()
  const [shown, setShown] = useState(() => getStartOrigin() === 'default' && !dismissed())
  if (!shown) return null
  const dismiss = () => {
    try {
      safeLocalStorage()?.setItem(DISMISSED_KEY, 'true')
    } catch {
      // shown again next time
    }
    setShown(false)
  }
  const openLessons = () => {
    store.getState().setSideTab('learn')
    setLayout({ sideCollapsed: false, present: false })
    setNarrowPane('side')
    requestAnimationFrame(() => document.getElementById('side-tab-learn')?.focus())
  }
  const toEditor = () => {
    setLayout({ present: false })
    setNarrowPane('editor')
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.editor-pane textarea, .editor-pane [role="textbox"]')?.focus(),
    )
  }
  return (
    <section className="welcome" aria-label="Welcome">
      <p>
        <strong>New here?</strong> Paste your Pod or Deployment into the YAML editor (select all, then paste):
        the forms, effective settings and problems follow it. Or learn step by step.
      </p>
      <div className="welcome-actions">
        <button type="button" className="welcome-primary" onClick={openLessons}>
          Open the lessons
        </button>
        <button type="button" onClick={toEditor}>
          Go to the YAML editor
        </button>
        <button type="button" onClick={dismiss} aria-label="Dismiss the welcome">
          ×
        </button>
      </div>
    </section>
  )
}
