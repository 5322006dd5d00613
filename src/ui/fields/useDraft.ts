import { useState, type ChangeEvent, type KeyboardEvent } from 'react'

interface Draft {
  /** The stored value the draft started from: a draft is dropped when the stored value changes under it. */
  base: string
  text: string
  error: string | null
}

/**
 * Text typed into a field is kept locally and written once, on blur or Enter (so typing "1000" is one edit
 * and one undo step). `commit` returns an error message to show inline instead of writing, or null.
 * Escape drops the draft, and so does turning read-only (the field then shows the last good value).
 */
export function useDraft(current: string, commit: (raw: string) => string | null, readOnly = false) {
  const [draft, setDraft] = useState<Draft | null>(null)
  const live = draft && !readOnly && draft.base === current ? draft : null

  const flush = () => {
    if (!live) return
    if (live.text === current) return setDraft(null)
    const error = commit(live.text)
    setDraft(error ? { ...live, error } : null)
  }

  return {
    value: live ? live.text : current,
    error: live?.error ?? null,
    onChange: (e: ChangeEvent<HTMLInputElement>) =>
      setDraft({ base: current, text: e.target.value, error: null }),
    onBlur: flush,
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') {
        e.preventDefault()
        flush()
      } else if (e.key === 'Escape' && live) {
        e.preventDefault()
        setDraft(null)
      }
    },
  }
}
