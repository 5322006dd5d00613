import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createAppStore } from './state/store'
import { StoreContext } from './state/useAppStore'
import { App } from './ui/App'
import { INITIAL_TEXT } from './ui/initialText'
import './ui/app.css'

const store = createAppStore(INITIAL_TEXT)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
)
