import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import type { Verdicts } from '../../core/verdict'
import { ResourceRow } from './ResourceRow'
import { moveIndex, scrollToShow, visibleRange } from './virtualWindow'

interface Props {
  resources: readonly ResourceAnalysis[]
  verdicts: readonly Verdicts[]
  /** The resources to list, by index; null lists them all. */
  rows: readonly number[] | null
  selected: number
  onSelect(resource: number): void
}

/** A first guess until a row is measured (rows have a fixed height in em, see resources.css). */
const ROW_GUESS = 72

/**
 * The list named Resources, virtualised: only the rows in view (and a few around them) are in the DOM, so 3,000
 * resources cost what 20 do. One Tab stop (roving tabindex over the rows' buttons): arrow keys, Page Up / Page Down,
 * Home and End move it, Enter or Space selects. The active row is rendered even when scrolled away, so focus is
 * never lost; the selected resource's row takes the Tab stop and scrolls into view when the selection changes.
 */
export function ResourceList({ resources, verdicts, rows, selected, onSelect }: Props) {
  const count = rows ? rows.length : resources.length
  const scroller = useRef<HTMLDivElement>(null)
  const focusRow = useRef(false)
  /** The first row in view: a scroll within a row changes nothing, so it renders nothing. */
  const [firstRow, setFirstRow] = useState(0)
  const [viewport, setViewport] = useState(0)
  const [rowHeight, setRowHeight] = useState(ROW_GUESS)
  const [active, setActive] = useState(0)
  const selectedRow = rows ? rows.indexOf(selected) : selected < count ? selected : -1
  const [followed, setFollowed] = useState(-1)
  if (followed !== selectedRow) {
    setFollowed(selectedRow)
    if (selectedRow >= 0) setActive(selectedRow)
  }
  const current = Math.max(0, Math.min(active, count - 1))

  /** Scrolls so row k shows; the state follows at once so the row renders in this same update. */
  const show = (k: number) => {
    const el = scroller.current
    if (!el) return
    const to = scrollToShow(k, rowHeight, el.scrollTop, el.clientHeight)
    if (to === null) return
    el.scrollTop = to
    setFirstRow(Math.floor(el.scrollTop / rowHeight))
  }

  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    const measure = () => {
      setViewport(el.clientHeight)
      const row = el.querySelector<HTMLElement>('.resource-row')
      if (row && row.offsetHeight > 0) setRowHeight(row.offsetHeight)
    }
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  // A selection made elsewhere (picker, editor) scrolls its row into view.
  useLayoutEffect(() => {
    if (selectedRow >= 0) show(selectedRow)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the selection or the row height changes
  }, [selectedRow, rowHeight])

  useLayoutEffect(() => {
    if (!focusRow.current) return
    focusRow.current = false
    scroller.current?.querySelector<HTMLElement>(`[data-row="${current}"]`)?.focus()
  })

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1)
    const next = moveIndex(e.key, current, count, page)
    if (next === null) return
    e.preventDefault()
    setActive(next)
    focusRow.current = true
    show(next)
  }
  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const row = (e.target as HTMLElement).dataset.row
    if (row !== undefined) setActive(Number(row))
  }

  const { start, end } = visibleRange(firstRow * rowHeight, viewport + rowHeight, rowHeight, count)
  const shown: number[] = []
  if (current < start) shown.push(current)
  for (let k = start; k < end; k++) shown.push(k)
  if (current >= end && current < count) shown.push(current)

  return (
    <div
      className="resources-scroll"
      ref={scroller}
      onScroll={(e) => setFirstRow(Math.floor(e.currentTarget.scrollTop / rowHeight))}
    >
      <ul
        className="resources-list"
        aria-label="Resources"
        style={{ height: count * rowHeight }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {shown.map((k) => {
          const i = rows ? rows[k]! : k
          return (
            <ResourceRow
              key={i}
              ra={resources[i]!}
              verdicts={verdicts[i]!}
              resource={i}
              row={k}
              size={count}
              top={k * rowHeight}
              active={k === current}
              selected={i === selected}
              onSelect={onSelect}
            />
          )
        })}
      </ul>
    </div>
  )
}
