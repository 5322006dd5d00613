import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_OPTIONS } from './core/types'
import { createAppStore } from './state/store'
import { StoreContext } from './state/useAppStore'
import { App } from './ui/App'
import { loadAutosaved, loadBorrowed, startAutosave } from './ui/files/autosave'
import { clearHash, startHashRouter } from './ui/files/hashRouter'
import { sharedFromHash } from './ui/files/share'
import { lessonIdFromHash, pickStartText, setStartOrigin } from './ui/files/startup'
import { applyView, optionsOf, startView } from './ui/files/view'
import { loadView, startViewSave } from './ui/files/viewStorage'
import { applyLargeText, applyTheme, initialTheme, safeLocalStorage, storedLargeText } from './ui/files/theme'
import { INITIAL_TEXT } from './ui/initialText'
import { stepById } from './ui/lessons'
import { startLessonHighlighter } from './ui/lessons/lessonActions'
import { showPlatform } from './ui/lessons/workspace'
import './ui/app.css'
import './ui/theme.css'

const storage = safeLocalStorage()
applyTheme(initialTheme(storage, window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false))
applyLargeText(storedLargeText(storage))

// The first text: a share link `#y=...` > a lesson deep link `#lesson=<id>` > autosaved work > the example.
// A share link or a lesson opens in its own workspace: the user's manifest is kept (and a reload brings it back).
const hash = window.location.hash
const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
const start = pickStartText({
  hash,
  saved: loadAutosaved(storage),
  borrowed: loadBorrowed(storage),
  reload: navigation?.type === 'reload',
  lessonText: (id) => stepById(id)?.manifest,
  fallback: INITIAL_TEXT,
})
setStartOrigin(start.origin, start.reopen)
if (start.origin === 'share') clearHash() // a reload then restores the user's manifest, not the link
if (start.origin === 'autosave' && lessonIdFromHash(hash) !== null) clearHash() // reloaded out of a lesson

// The view: a share link's own > the saved one (options, tab; the selection when the saved text is the one shown).
const shared = start.origin === 'share' ? sharedFromHash(hash) : null
const view = startView(start.origin, loadView(storage), shared?.view ?? null)

const store = createAppStore(start.text, { ...DEFAULT_OPTIONS, ...optionsOf(view) }, { planAhead: true, rehearse: true })
store.getState().startIn(start.workspace, start.yours, start.lessonStep)
applyView(store, view)
if (start.lessonStep !== null) showPlatform(store, stepById(start.lessonStep)?.platform)
startAutosave(store, storage, { events: window })
startViewSave(store, storage)
startLessonHighlighter(store)
startHashRouter(store)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
)
