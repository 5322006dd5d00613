import { describe, expect, it } from 'vitest'
import { fakeClock } from './fakeClock'
import { REHEARSALS, REHEARSE_AFTER_MS, rehearse, rehearseAnalysis } from './rehearse'
import { SMALL_TEXT } from './scheduler'
import { createAppStore } from './store'
import { DEFAULT_OPTIONS } from '../core/types'

describe('rehearse', () => {
  it('waits for the page to settle, then runs once per task until it has run the given number of times', () => {
    const { clock, advance, pending } = fakeClock()
    let runs = 0
    rehearse(clock, () => ++runs > 0, 5)
    advance(REHEARSE_AFTER_MS - 10)
    expect(runs).toBe(0)
    advance(10)
    // Each run leaves the next to a task of its own (a zero-delay timer): advance runs them all.
    expect(runs).toBe(5)
    expect(pending()).toBe(0)
  })

  it('stops once the runs have taken the budget in all', () => {
    const { clock, advance } = fakeClock()
    let runs = 0
    // The fake clock moves 1 ms per read, and the run reads it 9 times: 10 ms per run.
    rehearse(clock, () => (Array.from({ length: 9 }, () => clock.now()), ++runs > 0), 100, 45)
    advance(REHEARSE_AFTER_MS)
    expect(runs).toBe(5)
  })

  it('stops when the run says so, and when cancelled', () => {
    const a = fakeClock()
    let runs = 0
    rehearse(a.clock, () => ++runs < 3, 10)
    a.advance(REHEARSE_AFTER_MS)
    expect(runs).toBe(3)

    const b = fakeClock()
    let more = 0
    const cancel = rehearse(b.clock, () => ++more > 0, 10)
    cancel()
    b.advance(REHEARSE_AFTER_MS * 2)
    expect(more).toBe(0)
  })

  it('analyses the text the page loaded with, not one the user has written since, and skips a big text', () => {
    const { clock, advance } = fakeClock()
    const store = createAppStore('kind: Pod\nspec:\n  containers:\n  - name: a\n', DEFAULT_OPTIONS, { clock })
    const before = store.getState()
    let reads = 0
    rehearseAnalysis(clock, () => (reads++, store.getState()))
    advance(REHEARSE_AFTER_MS)
    expect(reads).toBe(REHEARSALS + 1) // one to name the text, one per run
    expect(store.getState()).toBe(before)

    const typed = { text: 'a', options: DEFAULT_OPTIONS }
    let edits = 0
    rehearseAnalysis(clock, () => (edits++ === 3 ? (typed.text += 'b') : null, typed))
    advance(REHEARSE_AFTER_MS)
    expect(edits).toBe(4) // the first read names the text; two runs; the third sees the edit and stops

    let bigReads = 0
    rehearseAnalysis(clock, () => (bigReads++, { text: ' '.repeat(SMALL_TEXT), options: DEFAULT_OPTIONS }))
    advance(REHEARSE_AFTER_MS)
    expect(bigReads).toBe(2) // named, then refused
  })
})
