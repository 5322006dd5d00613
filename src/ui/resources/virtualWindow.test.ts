import { describe, expect, it } from 'vitest'
import { moveIndex, scrollToShow, visibleRange } from './virtualWindow'

describe('visibleRange', () => {
  it('renders the rows in view and a few around them, not 3,000', () => {
    expect(visibleRange(0, 500, 70, 3000, 4)).toEqual({ start: 0, end: 12 })
    // Scrolled to row 1000 (70 px each): rows 1000..1008 are in view.
    expect(visibleRange(70_000, 500, 70, 3000, 4)).toEqual({ start: 996, end: 1012 })
    expect(visibleRange(3000 * 70 - 500, 500, 70, 3000, 4)).toEqual({ start: 2988, end: 3000 })
  })
  it('stays within the list for short lists, odd scroll positions and an unmeasured viewport', () => {
    expect(visibleRange(0, 500, 70, 3)).toEqual({ start: 0, end: 3 })
    expect(visibleRange(-20, 500, 70, 3)).toEqual({ start: 0, end: 3 })
    expect(visibleRange(99_999, 500, 70, 3)).toEqual({ start: 0, end: 3 })
    expect(visibleRange(0, 0, 70, 3000, 2)).toEqual({ start: 0, end: 3 })
    expect(visibleRange(0, 500, 70, 0)).toEqual({ start: 0, end: 0 })
  })
})

describe('moveIndex', () => {
  it('moves by one, by a page and to the ends, clamped', () => {
    expect(moveIndex('ArrowDown', 0, 3, 5)).toBe(1)
    expect(moveIndex('ArrowDown', 2, 3, 5)).toBe(2)
    expect(moveIndex('ArrowUp', 0, 3, 5)).toBe(0)
    expect(moveIndex('PageDown', 10, 3000, 7)).toBe(17)
    expect(moveIndex('PageUp', 3, 3000, 7)).toBe(0)
    expect(moveIndex('Home', 1500, 3000, 7)).toBe(0)
    expect(moveIndex('End', 0, 3000, 7)).toBe(2999)
  })
  it('leaves other keys (Enter, Space, Tab) to the row and does nothing in an empty list', () => {
    expect(moveIndex('Enter', 1, 3, 5)).toBeNull()
    expect(moveIndex(' ', 1, 3, 5)).toBeNull()
    expect(moveIndex('Tab', 1, 3, 5)).toBeNull()
    expect(moveIndex('ArrowDown', 0, 0, 5)).toBeNull()
  })
})

describe('scrollToShow', () => {
  it('scrolls the least that shows the whole row', () => {
    expect(scrollToShow(0, 70, 0, 500)).toBeNull()
    expect(scrollToShow(10, 70, 0, 500)).toBe(770 - 500)
    expect(scrollToShow(2, 70, 700, 500)).toBe(140)
    expect(scrollToShow(2999, 70, 0, 500)).toBe(3000 * 70 - 500)
  })
})
