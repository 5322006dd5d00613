/**
 * The arithmetic of a virtualised list of equal-height rows: which rows to render for a scroll position, where a
 * key moves the active row, and how far to scroll to show a row. Pure, so the 3,000-row case is testable.
 */

/** Rows [start, end) to render: the ones in view plus `overscan` on each side, within [0, count). */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight)
  const start = Math.max(0, Math.min(first, count - 1) - overscan)
  const end = Math.min(count, Math.max(last, first + 1) + overscan)
  return { start, end }
}

/**
 * Where a key moves the active row of `count` rows (listbox keys: arrows one row, Page Up / Page Down `page`
 * rows, Home / End to the ends), or null when the key is not a move.
 */
export function moveIndex(key: string, index: number, count: number, page: number): number | null {
  if (count <= 0) return null
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i))
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1)
    case 'ArrowUp':
      return clamp(index - 1)
    case 'PageDown':
      return clamp(index + Math.max(1, page))
    case 'PageUp':
      return clamp(index - Math.max(1, page))
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** The scrollTop that brings row `index` fully into view with the least movement, or null when it is in view. */
export function scrollToShow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
): number | null {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport)
  return null
}
