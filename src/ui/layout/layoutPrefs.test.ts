import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT, LAYOUT_KEY, loadLayout, saveLayout } from './layoutPrefs'

const memory = (init: Record<string, string> = {}) => {
  const data = new Map(Object.entries(init))
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  }
}

describe('layout preferences', () => {
  it('round-trips what was saved', () => {
    const storage = memory()
    const prefs = { forms: 20, side: 40, formsCollapsed: true, sideCollapsed: false, present: true }
    saveLayout(storage, prefs)
    expect(loadLayout(storage)).toEqual(prefs)
  })

  it('falls back to the default for nothing, garbage, and other JSON', () => {
    expect(loadLayout(null)).toEqual(DEFAULT_LAYOUT)
    expect(loadLayout(memory({ [LAYOUT_KEY]: '{nope' }))).toEqual(DEFAULT_LAYOUT)
    expect(loadLayout(memory({ [LAYOUT_KEY]: '[1,2]' }))).toEqual(DEFAULT_LAYOUT)
  })

  it('clamps widths into 15–50 % and ignores wrong types', () => {
    const stored = JSON.stringify({
      forms: 99,
      side: -3,
      formsCollapsed: 'yes',
      __proto__: { present: true },
    })
    expect(loadLayout(memory({ [LAYOUT_KEY]: stored }))).toEqual({ ...DEFAULT_LAYOUT, forms: 50, side: 15 })
  })
})
