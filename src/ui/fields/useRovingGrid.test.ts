import { describe, expect, it } from 'vitest'
import { moveCell } from './useRovingGrid'

describe('moveCell', () => {
  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(moveCell('ArrowDown', [0, 0], 42, 2)).toEqual([1, 0])
    expect(moveCell('ArrowRight', [3, 0], 42, 2)).toEqual([3, 1])
    expect(moveCell('ArrowRight', [3, 1], 42, 2)).toEqual([3, 1])
    expect(moveCell('ArrowUp', [0, 1], 42, 2)).toEqual([0, 1])
    expect(moveCell('ArrowDown', [41, 0], 42, 2)).toEqual([41, 0])
  })

  it('jumps to the first and last row, keeping the column', () => {
    expect(moveCell('Home', [20, 1], 42, 2)).toEqual([0, 1])
    expect(moveCell('End', [2, 0], 42, 2)).toEqual([41, 0])
  })

  it('leaves other keys (Space, Tab) and empty grids alone', () => {
    expect(moveCell(' ', [0, 0], 42, 2)).toBeNull()
    expect(moveCell('Tab', [0, 0], 42, 2)).toBeNull()
    expect(moveCell('ArrowDown', [0, 0], 0, 2)).toBeNull()
  })
})
