import { useEffect, useState } from 'react'

/**
 * `value` once it has held still for `ms` (a trailing debounce), except that a new `key` (another container chosen)
 * shows at once. While the user types, the views behind it render once per pause instead of once per keystroke: each
 * render and the frame it costs (layout, paint) would otherwise follow every key.
 */
export function useSettled<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState({ value, key })
  // Adjusting state while rendering (React's pattern for "reset when a prop changes"): no stale frame in between.
  if (settled.key !== key) setSettled({ value, key })
  useEffect(() => {
    if (Object.is(settled.value, value)) return
    const timer = setTimeout(() => setSettled({ value, key }), ms)
    return () => clearTimeout(timer)
  }, [value, key, ms, settled.value])
  return settled.key === key ? settled.value : value
}
