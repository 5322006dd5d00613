import { createContext, useContext } from 'react'
import type { JsonValue } from '../../core/types'

/** What every field control of one panel (pod or container) needs. */
export interface FormContextValue {
  level: 'pod' | 'container'
  /** The securityContext value of the target, as written (may be missing or not even a map). */
  sc: JsonValue | undefined
  readOnly: boolean
  /** Sets (or with undefined clears) a path inside the target's securityContext: one minimal, undoable edit. */
  set(path: readonly (string | number)[], value: JsonValue | undefined): void
  /** The pod value a container field shows greyed when it does not set its own; undefined at pod level. */
  inherited(path: readonly string[]): JsonValue | undefined
}

export const FormContext = createContext<FormContextValue | null>(null)

export function useForm(): FormContextValue {
  const ctx = useContext(FormContext)
  if (!ctx) throw new Error('field control outside <FormContext.Provider>')
  return ctx
}
