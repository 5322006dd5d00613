import { createStore } from 'zustand/vanilla'
import type { AppStore } from '../../state/store'
import { replaceText } from './replaceText'

/**
 * Opening a share link never silently replaces other work (issue 13): the text it replaced is kept here, one click
 * ("Restore your previous text") away, until restored or dismissed.
 */
export interface OpenedShareState {
  /** The text a share link replaced, or null when nothing worth keeping was replaced. */
  previous: string | null
  /** A share link replaced `previous` with `opened`; worth keeping unless it is empty, the same, or `fallback`. */
  opened(previous: string | null, opened: string, fallback: string): void
  /** Puts the previous text back as one undoable edit. */
  restore(app: AppStore): void
  dismiss(): void
}

/** Whether replacing `previous` by `opened` loses anything (the untouched example is no loss). */
export function worthKeeping(previous: string | null, opened: string, fallback: string): previous is string {
  return previous !== null && previous.trim() !== '' && previous !== opened && previous !== fallback
}

export const openedShare = createStore<OpenedShareState>()((set, get) => ({
  previous: null,
  opened(previous, opened, fallback) {
    set({ previous: worthKeeping(previous, opened, fallback) ? previous : null })
  },
  restore(app) {
    const { previous } = get()
    if (previous === null) return
    set({ previous: null })
    replaceText(app, previous)
  },
  dismiss() {
    set({ previous: null })
  },
}))
