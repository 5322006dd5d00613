import type { KeyboardEvent, PointerEvent } from 'react'
import { clampPane, PANE_MAX, PANE_MIN } from './layoutPrefs'
import { getLayout, setLayout, useLayout } from './useLayout'

interface Props {
  /** The pane this gutter sizes: the forms (left of it) or the side pane (right of it). */
  pane: 'forms' | 'side'
  /** The pane's name in the controls' names: "forms pane", "side pane". */
  name: string
  /** Id of the pane (aria-controls). */
  controls: string
}

const STEP = 2

/**
 * A gutter between two panes: a collapse/expand button and a window splitter (WAI-ARIA separator: arrows resize,
 * Home/End go to the smallest/largest width, Enter folds or unfolds; the pointer drags). Sizes in percent of the
 * page width, remembered (useLayout).
 */
export function Splitter({ pane, name, controls }: Props) {
  const layout = useLayout()
  const collapsedKey = pane === 'forms' ? 'formsCollapsed' : 'sideCollapsed'
  const collapsed = layout[collapsedKey]
  const width = layout[pane]
  // The forms grow to the right, the side pane to the left.
  const grow = pane === 'forms' ? 'ArrowRight' : 'ArrowLeft'
  const shrink = pane === 'forms' ? 'ArrowLeft' : 'ArrowRight'

  const resize = (to: number) => setLayout({ [pane]: clampPane(to), [collapsedKey]: false })
  const toggle = () => setLayout({ [collapsedKey]: !getLayout()[collapsedKey] })

  const onKeyDown = (e: KeyboardEvent) => {
    const now = getLayout()[pane]
    if (e.key === grow || e.key === 'ArrowUp') resize(now + STEP)
    else if (e.key === shrink || e.key === 'ArrowDown') resize(now - STEP)
    else if (e.key === 'Home') resize(PANE_MIN)
    else if (e.key === 'End') resize(PANE_MAX)
    else if (e.key === 'Enter') toggle()
    else return
    e.preventDefault()
  }

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return
    e.currentTarget.setPointerCapture(e.pointerId)
    e.preventDefault()
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return
    const main = e.currentTarget.closest('.app-main')?.getBoundingClientRect()
    if (!main || main.width === 0) return
    const x = pane === 'forms' ? e.clientX - main.left : main.right - e.clientX
    resize((x / main.width) * 100)
  }

  return (
    <div className={`gutter gutter-${pane}`}>
      <button
        type="button"
        className="gutter-toggle"
        aria-expanded={!collapsed}
        aria-controls={controls}
        onClick={toggle}
        title={`${collapsed ? 'Expand' : 'Collapse'} the ${name}`}
      >
        <span aria-hidden="true">{(pane === 'forms') === collapsed ? '›' : '‹'}</span>
        <span className="visually-hidden">{`${collapsed ? 'Expand' : 'Collapse'} the ${name}`}</span>
      </button>
      <div
        role="separator"
        tabIndex={0}
        className="gutter-handle"
        aria-orientation="vertical"
        aria-label={`Resize the ${name}`}
        aria-controls={controls}
        aria-valuemin={0}
        aria-valuemax={PANE_MAX}
        aria-valuenow={collapsed ? 0 : width}
        aria-valuetext={collapsed ? 'folded' : `${width}% of the page width`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onDoubleClick={toggle}
      />
    </div>
  )
}
