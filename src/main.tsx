import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_OPTIONS } from './core/types'
import { createAppStore } from './state/store'
import { StoreContext } from './state/useAppStore'
import { App } from './ui/App'
import { loadAutosaved, startAutosave } from './ui/files/autosave'
import { clearHash, startHashRouter } from './ui/files/hashRouter'
import { openedShare } from './ui/files/openedShare'
import { sharedFromHash } from './ui/files/share'
import { lessonIdFromHash, pickStartText, setStartOrigin } from './ui/files/startup'
import { applyView, optionsOf, startView } from './ui/files/view'
import { loadView, startViewSave } from './ui/files/viewStorage'
import { applyLargeText, applyTheme, initialTheme, safeLocalStorage, storedLargeText } from './ui/files/theme'
import { INITIAL_TEXT } from './ui/initialText'
import { stepById } from './ui/lessons'
import { lessonStore, startLessonHighlighter } from './ui/lessons/lessonStore'
import './ui/app.css'
import './ui/theme.css'

const storage = safeLocalStorage()
applyTheme(initialTheme(storage, window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false))
applyLargeText(storedLargeText(storage))

// The first text: a share link `#y=...` > a lesson deep link `#lesson=<id>` > autosaved work > the example.
const hash = window.location.hash
const start = pickStartText({
  hash,
  saved: loadAutosaved(storage),
  lessonText: (id) => stepById(id)?.manifest,
  fallback: INITIAL_TEXT,
})
setStartOrigin(start.origin)
if (start.origin === 'share') clearHash() // a reload then restores the (autosaved) work, not the link
if (start.origin === 'lesson')
  lessonStore.setState({ stepId: stepById(lessonIdFromHash(hash) ?? '')?.id ?? null })

// The view: a share link's own > the saved one (options, tab; the selection when the saved text is the one shown).
const shared = start.origin === 'share' ? sharedFromHash(hash) : null
const view = startView(start.origin, loadView(storage), shared?.view ?? null)
// A share link replaced the autosaved work: it stays one click away ("Restore your previous text").
if (start.origin === 'share') openedShare.getState().opened(loadAutosaved(storage), start.text, INITIAL_TEXT)

const store = createAppStore(start.text, { ...DEFAULT_OPTIONS, ...optionsOf(view) })
applyView(store, view)
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
