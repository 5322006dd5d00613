import { describe, expect, it } from 'vitest'
import { THREE_RESOURCES } from '../core/testdata/three'
import { selectOverview } from './overview'
import { createAppStore } from './store'

describe('selectOverview', () => {
  it('gives the same object until the analysis changes, and follows the level', () => {
    const store = createAppStore(THREE_RESOURCES)
    const first = selectOverview(store.getState())
    expect(selectOverview(store.getState())).toBe(first)
    expect(first.failing).toEqual([1, 2])
    store.getState().selectResource(1)
    expect(selectOverview(store.getState())).toBe(first)
    store.getState().setOptions({ level: 'baseline' })
    const next = selectOverview(store.getState())
    expect(next).not.toBe(first)
    expect(next.failing).toEqual([2])
  })

  it('is computed afresh for a new analysis', () => {
    const store = createAppStore(THREE_RESOURCES)
    const first = selectOverview(store.getState())
    store.getState().textChanged(THREE_RESOURCES.replace('name: backup', 'name: backup2'))
    const next = selectOverview(store.getState())
    expect(next).not.toBe(first)
    expect(next.verdicts).toEqual(first.verdicts)
  })
})
