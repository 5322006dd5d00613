import type { Workspace, WorkspaceKind } from '../../state/lessonsSlice'
import type { AppStore } from '../../state/store'

/** localStorage key of the user's own manifest (never a lesson's, an example's or a share link's: issue 15 §6). */
export const AUTOSAVE_KEY = 'secctx:text'
/** localStorage key of the borrowed text the editor held (with the user's edits), for "Reopen …" after a reload. */
export const BORROWED_KEY = 'secctx:borrowed'

/** Storage may be missing or throw (private mode, quota, disabled cookies): every access is guarded. */
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The borrowed text as saved: its workspace, its text and, for a lesson, the step. */
export interface SavedBorrowed extends Workspace {
  text: string
  step: string | null
}

export function loadAutosaved(storage: Store | null): string | null {
  try {
    return storage?.getItem(AUTOSAVE_KEY) ?? null
  } catch {
    return null
  }
}

export function saveText(storage: Store | null, text: string, key = AUTOSAVE_KEY): boolean {
  try {
    storage?.setItem(key, text)
    return storage !== null
  } catch {
    return false
  }
}

export function clearAutosaved(storage: Store | null, key = AUTOSAVE_KEY): void {
  try {
    storage?.removeItem(key)
  } catch {
    // nothing to clear
  }
}

const KINDS: readonly string[] = ['lesson', 'example', 'share'] satisfies WorkspaceKind[]

/** The saved borrowed text, or null (also for anything malformed: storage is user-editable). */
export function loadBorrowed(storage: Store | null): SavedBorrowed | null {
  let raw: unknown
  try {
    raw = JSON.parse(storage?.getItem(BORROWED_KEY) ?? 'null')
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const r = new Map(Object.entries(raw))
  const [kind, label, text, step] = ['kind', 'label', 'text', 'step'].map((k) => r.get(k))
  if (typeof kind !== 'string' || !KINDS.includes(kind)) return null
  if (typeof label !== 'string' || typeof text !== 'string') return null
  return { kind: kind as WorkspaceKind, label, text, step: typeof step === 'string' ? step : null }
}

export interface AutosaveOptions {
  /** Debounce in ms after the last change. */
  delay?: number
  /** Where `pagehide` is listened for, to flush a pending save when the page goes away. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
}

/**
 * Saves the user's manifest to storage, debounced; returns a function that stops (and flushes). While the editor
 * holds borrowed text the user's manifest (`yours`) stays saved, and the borrowed text is saved on its own key.
 */
export function startAutosave(
  store: AppStore,
  storage: Store | null,
  options: AutosaveOptions = {},
): () => void {
  const delay = options.delay ?? 300
  const first = store.getState()
  let saved = first.workspace === null ? first.text : first.yours
  let borrowed: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    const { text, workspace, yours, lessonStep } = store.getState()
    const mine = workspace === null ? text : yours
    if (mine !== null && mine !== saved) {
      if (saveText(storage, mine)) saved = mine
      else clearAutosaved(storage) // too big for storage: better no restore than a stale one
    }
    if (workspace === null) {
      if (borrowed !== null) clearAutosaved(storage, BORROWED_KEY)
      borrowed = null
      return
    }
    const record = JSON.stringify({ ...workspace, text, step: lessonStep } satisfies SavedBorrowed)
    if (record === borrowed) return
    if (saveText(storage, record, BORROWED_KEY)) borrowed = record
    else clearAutosaved(storage, BORROWED_KEY)
  }
  const unsubscribe = store.subscribe((s, prev) => {
    // Entering or leaving a workspace is saved at once: the user's manifest is safe before the text changes.
    if (s.workspace !== prev.workspace) return flush()
    if (s.text === prev.text && s.lessonStep === prev.lessonStep) return
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
