import { useRef } from 'react'

/**
 * The previous value while the new one is structurally equal (same JSON), so a keystroke elsewhere in the YAML,
 * which re-parses everything into new objects, does not re-render every field of the forms.
 */
export function useStable<T>(value: T): T {
  const ref = useRef<{ value: T; json: string } | null>(null)
  const json = JSON.stringify(value) ?? 'undefined'
  // eslint-disable-next-line react-hooks/refs -- a memo keyed by content: reading and writing it during render is the point
  if (ref.current === null || ref.current.json !== json) ref.current = { value, json }
  // eslint-disable-next-line react-hooks/refs
  return ref.current.value
}
