/**
 * A real modal on a <dialog>: opened with showModal (the page behind is inert), Tab and Shift+Tab wrap within it,
 * Escape cancels (also when Monaco has focus), and on close focus goes back to the control that opened it, or to
 * `fallback` when that control is gone or disabled (the fix made it pass).
 */
import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react'

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'

const canFocus = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && !el.matches(':disabled') && el.getClientRects().length > 0

export function useModal(
  dialog: RefObject<HTMLDialogElement | null>,
  initial: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null> | undefined,
  onCancel: () => void,
) {
  useLayoutEffect(() => {
    const el = dialog.current
    if (!el) return
    const opener = document.activeElement
    const spare = fallback?.current
    if (!el.open) el.showModal()
    initial.current?.focus()
    const cancel = (e: Event) => {
      e.preventDefault()
      onCancel()
    }
    el.addEventListener('cancel', cancel)
    return () => {
      el.removeEventListener('cancel', cancel)
      if (el.open) el.close()
      // After the commit that closed it: an applied fix may just have disabled the opener.
      setTimeout(() => (canFocus(opener) ? opener : spare)?.focus(), 0)
    }
    // Opened once per mount; onCancel is read when it fires.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  /** For the dialog's onKeyDownCapture: Escape and the Tab wrap, before Monaco sees the key. */
  return (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      onCancel()
      return
    }
    if (e.key !== 'Tab') return
    const items = [...e.currentTarget.querySelectorAll(FOCUSABLE)].filter(canFocus)
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    const active = document.activeElement
    if (e.shiftKey && (active === first || !e.currentTarget.contains(active))) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && active === last) {
      e.preventDefault()
      first.focus()
    }
  }
}
