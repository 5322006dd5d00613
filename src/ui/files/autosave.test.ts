import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../state/store'
import { AUTOSAVE_KEY, loadAutosaved, loadBorrowed, startAutosave } from './autosave'
import { MemoryStorage } from './testKit'

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves the text 300 ms after the last change, once for a burst of keystrokes', () => {
    const store = createAppStore('a: 1\n')
    const storage = new MemoryStorage()
    startAutosave(store, storage)
    store.getState().textChanged('a: 12\n')
    vi.advanceTimersByTime(200)
    store.getState().textChanged('a: 123\n')
    vi.advanceTimersByTime(299)
    expect(storage.writes).toBe(0)
    vi.advanceTimersByTime(1)
    expect(storage.writes).toBe(1)
    expect(loadAutosaved(storage)).toBe('a: 123\n')
  })

  it('flushes a pending save when the page goes away', () => {
    const store = createAppStore('a: 1\n')
    const storage = new MemoryStorage()
    const events = new EventTarget()
    startAutosave(store, storage, { events })
    store.getState().textChanged('a: 2\n')
    events.dispatchEvent(new Event('pagehide'))
    expect(storage.items.get(AUTOSAVE_KEY)).toBe('a: 2\n')
  })

  it('does not write the unchanged start text', () => {
    const store = createAppStore('a: 1\n')
    const storage = new MemoryStorage()
    const stop = startAutosave(store, storage)
    vi.advanceTimersByTime(1000)
    stop()
    expect(storage.writes).toBe(0)
  })

  it('survives a storage that throws (quota exceeded, disabled storage)', () => {
    const store = createAppStore('a: 1\n')
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    startAutosave(store, broken)
    store.getState().textChanged('a: 2\n')
    expect(() => vi.advanceTimersByTime(300)).not.toThrow()
    expect(loadAutosaved(broken)).toBeNull()
    expect(store.getState().text).toBe('a: 2\n')
  })
})

describe('autosave when the text no longer fits', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('drops the older save instead of restoring stale text later', () => {
    const store = createAppStore('a: 1\n')
    const items = new Map<string, string>([[AUTOSAVE_KEY, 'old: work\n']])
    const full = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: (k: string) => void items.delete(k),
    }
    startAutosave(store, full)
    store.getState().textChanged('a: 2\n')
    vi.advanceTimersByTime(300)
    expect(loadAutosaved(full)).toBeNull()
  })
})

describe('the saved borrowed text', () => {
  it('reads only a well-formed record (storage is user-editable)', () => {
    const at = (v: string | null) => ({ getItem: () => v, setItem: () => {}, removeItem: () => {} })
    const ok = { kind: 'share', label: 'a shared manifest', text: 'a: 1\n', step: null }
    expect(loadBorrowed(at(JSON.stringify(ok)))).toEqual(ok)
    expect(loadBorrowed(at(JSON.stringify({ ...ok, kind: 'nope' })))).toBeNull()
    expect(loadBorrowed(at(JSON.stringify({ ...ok, text: 1 })))).toBeNull()
    expect(loadBorrowed(at('{"__proto__": {"kind": "share"}, "label": "x", "text": ""}'))).toBeNull()
    expect(loadBorrowed(at('not json'))).toBeNull()
    expect(loadBorrowed(at(null))).toBeNull()
  })
})
