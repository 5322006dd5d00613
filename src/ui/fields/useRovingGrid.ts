import { useState, type FocusEvent, type KeyboardEvent } from 'react'

const MOVES: Record<string, readonly [row: number, col: number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/** Where a key moves the active cell of a rows × cols grid, or null when the key is not a grid move. */
export function moveCell(
  key: string,
  [row, col]: readonly [number, number],
  rows: number,
  cols: number,
): [number, number] | null {
  if (rows === 0) return null
  if (key === 'Home') return [0, col]
  if (key === 'End') return [rows - 1, col]
  const move = MOVES[key]
  if (!move) return null
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v))
  return [clamp(row + move[0], rows), clamp(col + move[1], cols)]
}

/**
 * Roving tabindex over controls marked `data-row` / `data-col` inside the element that gets the handlers:
 * the whole grid is one Tab stop (the last cell used), arrow keys move between cells, Home / End jump to the
 * first / last row.
 * Keeps a 42-row checkbox table from costing a keyboard user 84 Tab presses.
 */
export function useRovingGrid<E extends HTMLElement>(rows: number, cols: number) {
  const [cell, setCell] = useState<readonly [number, number]>([0, 0])
  const active: [number, number] = [Math.min(cell[0], Math.max(rows - 1, 0)), cell[1]]
  return {
    tabIndex: (row: number, col: number) => (row === active[0] && col === active[1] ? 0 : -1),
    onFocus: (e: FocusEvent<E>) => {
      const { row, col } = (e.target as HTMLElement).dataset
      if (row !== undefined && col !== undefined) setCell([Number(row), Number(col)])
    },
    onKeyDown: (e: KeyboardEvent<E>) => {
      const next = moveCell(e.key, active, rows, cols)
      if (!next) return
      e.preventDefault()
      e.currentTarget.querySelector<HTMLElement>(`[data-row="${next[0]}"][data-col="${next[1]}"]`)?.focus()
    },
  }
}
