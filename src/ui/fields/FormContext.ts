import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore } from 'react'
import type { JsonValue } from '../../core/types'

/** What a panel's fields read: its securityContext as written and the pod values a container inherits. */
export interface FormData {
  /** The securityContext value of the target, as written (may be missing or not even a map). */
  sc: JsonValue | undefined
  /** The pod value a container field shows greyed when it does not set its own; undefined at pod level. */
  inherited(path: readonly string[]): JsonValue | undefined
}

/** The panel's data as a tiny external store: each field subscribes to its own slice of it. */
export interface FormSource {
  current: FormData
  subscribe(listener: () => void): () => void
}

/** What every field control of one panel (pod or container) needs; stable while the panel's data changes. */
export interface FormContextValue {
  level: 'pod' | 'container'
  readOnly: boolean
  /** Sets (or with undefined clears) a path inside the target's securityContext: one minimal, undoable edit. */
  set(path: readonly (string | number)[], value: JsonValue | undefined): void
  source: FormSource
}

export const FormContext = createContext<FormContextValue | null>(null)

export function useForm(): FormContextValue {
  const ctx = useContext(FormContext)
  if (!ctx) throw new Error('field control outside <FormContext.Provider>')
  return ctx
}

/**
 * A panel's FormSource over `data`: fields rendered in the same pass read the new data at once, and the others
 * are told after the commit, re-rendering only when their own slice changed (useFormSlice). So a keystroke in the
 * YAML re-renders the one field whose value it changed, not the whole form.
 */
export function useFormSource(data: FormData): FormSource {
  const ref = useRef<(FormSource & { listeners: Set<() => void> }) | null>(null)
  // A memo fed during render, as useStable's: the newest data is what the fields of this render read (an external
  // store the panel feeds; the listeners hear after the commit).
  if (ref.current === null) ref.current = createSource(data)
  // eslint-disable-next-line react-hooks/refs
  ref.current.current = data
  // eslint-disable-next-line react-hooks/refs
  const source = ref.current
  useLayoutEffect(() => {
    for (const listener of [...source.listeners]) listener()
  }, [source, data])
  return source
}

function createSource(data: FormData): FormSource & { listeners: Set<() => void> } {
  const listeners = new Set<() => void>()
  return {
    current: data,
    listeners,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/** The field's slice of its panel's data, kept while it is the same JSON: the field re-renders when it changes. */
export function useFormSlice<T>(select: (data: FormData) => T): T {
  const { source } = useForm()
  const last = useRef<{ json: string; value: T } | null>(null)
  const read = () => {
    const value = select(source.current)
    const json = JSON.stringify(value) ?? 'undefined'
    if (last.current !== null && last.current.json === json) return last.current.value
    last.current = { json, value }
    return value
  }
  return useSyncExternalStore(source.subscribe, read)
}
