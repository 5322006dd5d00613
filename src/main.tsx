import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createAppStore } from './state/store'
import { StoreContext } from './state/useAppStore'
import { App } from './ui/App'
import { loadAutosaved, startAutosave } from './ui/files/autosave'
import { clearHash, startHashRouter } from './ui/files/hashRouter'
import { lessonIdFromHash, pickStartText, setStartOrigin } from './ui/files/startup'
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

const store = createAppStore(start.text)
startAutosave(store, storage, { events: window })
startLessonHighlighter(store)
startHashRouter(store)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
)
