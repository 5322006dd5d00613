import type { AppStore } from '../../state/store'

/** The name of the file the store's text was opened from (per store, never a key of a plain object). */
const names = new WeakMap<AppStore, string>()

/** Records the file the text now comes from; null (an example, a share link, a lesson, a reset) forgets it. */
export function setDocumentName(store: AppStore, name: string | null): void {
  if (name) names.set(store, name)
  else names.delete(store)
}

/** The name of the file the text was opened from, or null. Edits since keep it: it is still that file. */
export function documentName(store: AppStore): string | null {
  return names.get(store) ?? null
}
