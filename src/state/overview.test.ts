import { describe, expect, it } from 'vitest'
import { analyze } from '../core/analyze'
import { THREE_RESOURCES } from '../core/testdata/three'
import { DEFAULT_OPTIONS } from '../core/types'
import { overviewFor, selectOverview } from './overview'
import { createAppStore } from './store'

// (Store actions may finish an analysis in a later task on a loaded machine: these tests use synchronous analyses.)
describe('selectOverview', () => {
  it('gives the same object while the analysis is the same (a safe zustand selector)', () => {
    const store = createAppStore(THREE_RESOURCES)
    const first = selectOverview(store.getState())
    expect(selectOverview(store.getState())).toBe(first)
    expect(first.failing).toEqual([1, 2])
    store.getState().selectResource(1)
    expect(selectOverview(store.getState())).toBe(first)
  })

  it('is computed afresh for a new analysis, at its level', () => {
    const a = analyze(THREE_RESOURCES)
    const b = analyze(THREE_RESOURCES, { ...DEFAULT_OPTIONS, level: 'baseline' })
    expect(overviewFor(a)).toBe(overviewFor(a))
    expect(overviewFor(b)).not.toBe(overviewFor(a))
    expect(overviewFor(b).failing).toEqual([2])
    expect(overviewFor(analyze(THREE_RESOURCES)).verdicts).toEqual(overviewFor(a).verdicts)
  })
})
