/** Light / dark theme and the large-text (projector) mode, on <html data-theme data-text-size>. */
export type Theme = 'light' | 'dark'

export const THEME_KEY = 'secctx:theme'
export const LARGE_TEXT_KEY = 'secctx:large-text'
/**
 * Fired on window when the theme or the text size changes, for the editor to follow: read
 * `document.documentElement.dataset.theme` ('light' | 'dark') and `.dataset.textSize` ('large' or unset).
 */
export const APPEARANCE_EVENT = 'secctx-appearance'

type Store = Pick<Storage, 'getItem' | 'setItem'>

function read(storage: Store | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(storage: Store | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // the choice just is not remembered
  }
}

/** The remembered choice, or null when the user never chose (then prefers-color-scheme decides). */
export function storedTheme(storage: Store | null): Theme | null {
  const v = read(storage, THEME_KEY)
  return v === 'light' || v === 'dark' ? v : null
}

export function initialTheme(storage: Store | null, prefersDark: boolean): Theme {
  return storedTheme(storage) ?? (prefersDark ? 'dark' : 'light')
}

export function rememberTheme(storage: Store | null, theme: Theme): void {
  write(storage, THEME_KEY, theme)
}

export function storedLargeText(storage: Store | null): boolean {
  return read(storage, LARGE_TEXT_KEY) === 'true'
}

export function rememberLargeText(storage: Store | null, on: boolean): void {
  write(storage, LARGE_TEXT_KEY, String(on))
}

/** Puts the theme on the root element and tells listeners (the editor picks its Monaco theme from it). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme
  window.dispatchEvent(new Event(APPEARANCE_EVENT))
}

export function applyLargeText(on: boolean, root: HTMLElement = document.documentElement): void {
  if (on) root.dataset.textSize = 'large'
  else delete root.dataset.textSize
  window.dispatchEvent(new Event(APPEARANCE_EVENT))
}

export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
