import type { AppState, AppStore } from '../../state/store'
import { parseView, viewOf, type View } from './view'

/** localStorage key of the saved view (options, side tab, selection), beside the autosaved text (autosave.ts). */
export const VIEW_KEY = 'secctx:view'

/** Storage may be missing or throw (private mode, quota, disabled cookies): every access is guarded. */
type Store = Pick<Storage, 'getItem' | 'setItem'>

/** The saved view (only its valid entries), or {} when there is none or it does not parse. */
export function loadView(storage: Store | null): View {
  let raw: string | null
  try {
    raw = storage?.getItem(VIEW_KEY) ?? null
  } catch {
    return {}
  }
  if (raw === null) return {}
  let saved: unknown
  try {
    saved = JSON.parse(raw)
  } catch {
    return {}
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return {}
  const record = saved as Record<string, unknown>
  return parseView((k) => {
    const v = record[k]
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined
  })
}

export function saveView(storage: Store | null, view: View): void {
  try {
    storage?.setItem(VIEW_KEY, JSON.stringify(view))
  } catch {
    // nothing to do: the view is a convenience
  }
}

const sameView = (a: AppState, b: AppState) =>
  a.options === b.options &&
  a.sideTab === b.sideTab &&
  a.selectedResource === b.selectedResource &&
  a.selectedContainer === b.selectedContainer

/** Saves the view whenever it changes (a few bytes: no debounce needed); returns a function that stops. */
export function startViewSave(store: AppStore, storage: Store | null): () => void {
  let last = JSON.stringify(viewOf(store.getState()))
  return store.subscribe((s, prev) => {
    if (sameView(s, prev)) return
    const view = viewOf(s)
    const json = JSON.stringify(view)
    if (json === last) return
    last = json
    saveView(storage, view)
  })
}
