import type { AppStore } from '../../state/store'

/** localStorage key of the autosaved editor text. */
export const AUTOSAVE_KEY = 'secctx:text'

/** Storage may be missing or throw (private mode, quota, disabled cookies): every access is guarded. */
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function loadAutosaved(storage: Store | null): string | null {
  try {
    return storage?.getItem(AUTOSAVE_KEY) ?? null
  } catch {
    return null
  }
}

export function saveText(storage: Store | null, text: string): boolean {
  try {
    storage?.setItem(AUTOSAVE_KEY, text)
    return storage !== null
  } catch {
    return false
  }
}

export function clearAutosaved(storage: Store | null): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY)
  } catch {
    // nothing to clear
  }
}

export interface AutosaveOptions {
  /** Debounce in ms after the last change. */
  delay?: number
  /** Where `pagehide` is listened for, to flush a pending save when the page goes away. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
}

/** Saves the store's text to storage, debounced; returns a function that stops (and flushes). */
export function startAutosave(
  store: AppStore,
  storage: Store | null,
  options: AutosaveOptions = {},
): () => void {
  const delay = options.delay ?? 300
  let saved = store.getState().text
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    const { text } = store.getState()
    if (text === saved) return
    if (saveText(storage, text)) saved = text
    else clearAutosaved(storage) // too big for storage: better no restore than a stale one
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text === prev.text) return
    clearTimeout(timer)
    timer = setTimeout(flush, delay)
  })
  options.events?.addEventListener('pagehide', flush)
  return () => {
    unsubscribe()
    options.events?.removeEventListener('pagehide', flush)
    flush()
  }
}
