import { useId, useState, type RefObject } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import type { JsonValue } from '../../core/types'
import { useForm, useFormSlice } from './FormContext'
import { getIn, replaceItem } from './values'

/**
 * The state of a list field (supplementalGroups, sysctls): its items (a value that is not a list is one item,
 * shown as written), each edited in place or removed, and a row to add one (`addInput`, focused after a
 * removal); the whole list is written as one edit.
 */
export function useListField(spec: FieldSpec, addInput: RefObject<HTMLInputElement | null>) {
  const { readOnly, set, level } = useForm()
  const docId = useId()
  const [error, setError] = useState<string | null>(null)
  const stored = useFormSlice((d) => getIn(d.sc, spec.path))
  const items = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored]
  return {
    spec,
    readOnly,
    level,
    docId,
    stored,
    items,
    error,
    setError,
    /** Writes item i; undefined removes it. */
    replace: (i: number, value: JsonValue | undefined) => set(spec.path, replaceItem(stored, i, value)),
    append: (value: JsonValue) => set(spec.path, [...items, value]),
    /** Removes item i. Remove unmounts its own button: focus goes to the add row, not back to the page. */
    remove: (i: number) => {
      set(spec.path, replaceItem(stored, i, undefined))
      addInput.current?.focus()
    },
  }
}
