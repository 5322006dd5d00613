import type { AppStore } from '../../state/store'
import { diffEdit } from '../../core/yaml'

/**
 * Replaces the whole editor text as ONE undoable edit (through the editor bridge when Monaco is there,
 * else straight into the store). Only the span that differs is sent, so Ctrl+Z restores the old text.
 */
export function replaceText(store: AppStore, text: string): void {
  const edit = diffEdit(store.getState().text, text)
  if (edit) store.getState().applyEdits([edit])
}
