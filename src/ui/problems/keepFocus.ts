/**
 * After a fix, the button that had focus is gone (its problem is solved) or disabled (the level fix): the
 * browser drops focus on <body> and a keyboard user starts over from the top of the page. Move it to the
 * problem now at the same place in the list (its first fix, else its "line N" button), else to the heading.
 *
 * The fix reaches the list only after the editor's change has been analysed, which on a busy machine takes
 * more than a frame: until the button that had focus is gone or disabled, keep waiting (about two seconds at
 * most); if the user moves focus elsewhere meanwhile, leave it there.
 */
const MAX_FRAMES = 120

export function keepFocusAfterFix(
  list: HTMLElement | null,
  heading: HTMLElement | null,
  index: number,
): void {
  const had = document.activeElement
  let frames = 0
  const step = () => {
    const active = document.activeElement
    const dropped = !active || active === document.body || (active as HTMLButtonElement).disabled
    if (!dropped) {
      // Still on the button that was pressed (not re-rendered yet): wait; anywhere else: the user moved on.
      if (active === had && had?.isConnected && ++frames < MAX_FRAMES) requestAnimationFrame(step)
      return
    }
    const items = list ? Array.from(list.querySelectorAll<HTMLElement>('li.problem')) : []
    const item = items[Math.min(index, items.length - 1)]
    const target =
      item?.querySelector<HTMLElement>('.problem-fix:not(:disabled)') ??
      item?.querySelector<HTMLElement>('.problem-reveal') ??
      heading
    target?.focus()
  }
  requestAnimationFrame(step)
}
