/**
 * After a fix, the button that had focus is gone (its problem is solved) or disabled (the level fix): the
 * browser drops focus on <body> and a keyboard user starts over from the top of the page. Move it to the
 * problem now at the same place in the list (its first fix, else its "line N" button), else to the heading.
 */
export function keepFocusAfterFix(
  list: HTMLElement | null,
  heading: HTMLElement | null,
  index: number,
): void {
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (active && active !== document.body && !(active as HTMLButtonElement).disabled) return
    const items = list ? Array.from(list.querySelectorAll<HTMLElement>('li.problem')) : []
    const item = items[Math.min(index, items.length - 1)]
    const target =
      item?.querySelector<HTMLElement>('.problem-fix:not(:disabled)') ??
      item?.querySelector<HTMLElement>('.problem-reveal') ??
      heading
    target?.focus()
  })
}
