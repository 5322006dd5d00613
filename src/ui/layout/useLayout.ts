/** The layout as a tiny external store (no app-store field: it is the page's, not the manifest's). */
import { useSyncExternalStore } from 'react'
import { APPEARANCE_EVENT, safeLocalStorage } from '../files/theme'
import { loadLayout, saveLayout, type LayoutPrefs } from './layoutPrefs'

let prefs: LayoutPrefs = loadLayout(safeLocalStorage())
const listeners = new Set<() => void>()

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Presentation mode on <html data-layout="present">: the page's type and the editor's font follow it. */
function applyPresent(root: HTMLElement = document.documentElement) {
  const present = prefs.present ? 'present' : undefined
  if (root.dataset.layout === present) return
  if (present) root.dataset.layout = present
  else delete root.dataset.layout
  window.dispatchEvent(new Event(APPEARANCE_EVENT))
}

export function setLayout(patch: Partial<LayoutPrefs>): void {
  prefs = { ...prefs, ...patch }
  saveLayout(safeLocalStorage(), prefs)
  applyPresent()
  listeners.forEach((l) => l())
}

export function getLayout(): LayoutPrefs {
  return prefs
}

export function useLayout(): LayoutPrefs {
  return useSyncExternalStore(subscribe, getLayout)
}

// Before the first render (this module loads with App), like the theme in main.tsx.
if (typeof document !== 'undefined') applyPresent()

/** True while the media query matches (e.g. the phone layout, `(max-width: 600px)`). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const media = window.matchMedia(query)
      media.addEventListener('change', listener)
      return () => media.removeEventListener('change', listener)
    },
    () => window.matchMedia(query).matches,
  )
}

export type NarrowPane = 'forms' | 'editor' | 'side'
let narrowPane: NarrowPane | null = null
const narrowListeners = new Set<() => void>()

/** The pane shown on a phone; null until chosen (the app picks a default). */
export function setNarrowPane(pane: NarrowPane): void {
  narrowPane = pane
  narrowListeners.forEach((l) => l())
}

export function useNarrowPane(): NarrowPane | null {
  return useSyncExternalStore(
    (listener) => {
      narrowListeners.add(listener)
      return () => narrowListeners.delete(listener)
    },
    () => narrowPane,
  )
}
