import { describe, expect, it } from 'vitest'
import { initialTheme, rememberLargeText, rememberTheme, storedLargeText, storedTheme } from './theme'

const memory = () => {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }
}

describe('theme choice', () => {
  it('follows prefers-color-scheme until the user picks one', () => {
    const s = memory()
    expect(initialTheme(s, true)).toBe('dark')
    expect(initialTheme(s, false)).toBe('light')
    rememberTheme(s, 'light')
    expect(initialTheme(s, true)).toBe('light')
    expect(storedTheme(s)).toBe('light')
  })

  it('ignores a stored value that is no theme, and a missing storage', () => {
    const s = memory()
    s.setItem('secctx:theme', 'purple')
    expect(initialTheme(s, true)).toBe('dark')
    expect(initialTheme(null, false)).toBe('light')
  })

  it('remembers the large-text switch', () => {
    const s = memory()
    expect(storedLargeText(s)).toBe(false)
    rememberLargeText(s, true)
    expect(storedLargeText(s)).toBe(true)
  })
})
