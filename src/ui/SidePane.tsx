import { Activity, memo, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { EffectivePanel } from './effective/EffectivePanel'
import { ErrorBoundary } from './ErrorBoundary'
import { LessonsPanel } from './lessons/LessonsPanel'
import { ProblemsPanel } from './problems/ProblemsPanel'
import { countInScope } from './problems/scope'
import { ResourcesPanel } from './resources/ResourcesPanel'
import { selectShown } from '../state/selectors'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import './effective/effective.css'

const TABS = [
  { id: 'resources', label: 'Resources' },
  { id: 'effective', label: 'Effective' },
  { id: 'problems', label: 'Problems' },
  { id: 'learn', label: 'Learn' },
] as const
type TabId = (typeof TABS)[number]['id']

// The panels read the store themselves: a re-render of the tab bar (a new problem count) leaves them be.
const Resources = memo(ResourcesPanel)
const Effective = memo(EffectivePanel)
const Problems = memo(ProblemsPanel)
const Lessons = memo(LessonsPanel)

/**
 * The tab is the store's `sideTab` (part of the view a share link carries and a reload keeps; a lesson deep link
 * `#lesson=<id>` starts on Learn, main.tsx): Effective when it names none of these tabs.
 */
const tabOf = (id: string): TabId => TABS.find((t) => t.id === id)?.id ?? 'effective'

/**
 * Effective settings, problems and lessons (issues 4–6) as tabs (WAI-ARIA tabs pattern, automatic activation).
 * Inactive panels stay mounted (hidden) so a lesson in progress or a scrolled list keeps its state.
 * Each panel has its own error boundary (test switch `?crash=effective|problems|learn`): a crash in one tab
 * leaves the tab bar and the other tabs working.
 */
export function SidePane() {
  const active = tabOf(useAppStore((s) => s.sideTab))
  const setActive = useAppStoreApi().getState().setSideTab
  // What the Problems list can show in its scope (this resource / all resources): the count and the list agree.
  const problemCount = useAppStore((s) =>
    countInScope(s.analysis, s.lastGood, s.problemsScope, s.selectedResource),
  )
  const resourceCount = useAppStore((s) => selectShown(s).resources.length)
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({})

  useEffect(() => {
    const onHash = () => {
      if (location.hash.startsWith('#lesson=')) setActive('learn')
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [setActive])

  const select = (id: TabId) => {
    setActive(id)
    refs.current[id]?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === active)
    const n = TABS.length
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1
    if (next < 0) return
    e.preventDefault()
    select(TABS[next]!.id)
  }

  const panels: Record<TabId, ReactNode> = {
    resources: (
      <Activity mode={active === 'resources' ? 'visible' : 'hidden'}>
        <Resources />
      </Activity>
    ),
    // Activity defers a hidden view's re-render (each keystroke would redo it) until its tab shows again; these
    // two have no effects to pause. Lessons stay live: a lesson step reacts to the text even while hidden.
    effective: (
      <Activity mode={active === 'effective' ? 'visible' : 'hidden'}>
        <Effective />
      </Activity>
    ),
    problems: (
      <Activity mode={active === 'problems' ? 'visible' : 'hidden'}>
        <Problems />
      </Activity>
    ),
    learn: <Lessons />,
  }

  return (
    <aside className="side-pane" aria-label="Details">
      <div className="side-tabs" role="tablist" aria-label="Details" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el
            }}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={active === t.id}
            aria-controls={`side-panel-${t.id}`}
            tabIndex={active === t.id ? 0 : -1}
            className="side-tab"
            onClick={() => setActive(t.id)}
          >
            {t.label}
            {t.id === 'problems' && problemCount > 0 && <span className="tab-count">{problemCount}</span>}
            {t.id === 'resources' && resourceCount > 1 && <span className="tab-count">{resourceCount}</span>}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`side-panel-${t.id}`}
          aria-labelledby={`side-tab-${t.id}`}
          hidden={active !== t.id}
          tabIndex={0}
          className="side-panel"
        >
          <ErrorBoundary view={t.id} label={t.label}>
            {panels[t.id]}
          </ErrorBoundary>
        </div>
      ))}
    </aside>
  )
}
