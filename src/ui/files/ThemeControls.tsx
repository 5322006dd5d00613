import { useEffect, useState } from 'react'
import {
  applyLargeText,
  applyTheme,
  rememberLargeText,
  rememberTheme,
  safeLocalStorage,
  storedTheme,
  type Theme,
} from './theme'

const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light')

/** Theme toggle ("Dark theme" / "Light theme", remembered) and the large-text switch for projectors. */
export function ThemeControls() {
  const [theme, setTheme] = useState<Theme>(currentTheme)
  const [large, setLarge] = useState(() => document.documentElement.dataset.textSize === 'large')

  useEffect(() => {
    // Until the user picks a theme, follow the system setting as it changes.
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    if (!media) return
    const follow = (e: MediaQueryListEvent) => {
      if (storedTheme(safeLocalStorage()) !== null) return
      const next: Theme = e.matches ? 'dark' : 'light'
      applyTheme(next)
      setTheme(next)
    }
    media.addEventListener('change', follow)
    return () => media.removeEventListener('change', follow)
  }, [])

  const toggleTheme = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark'
    rememberTheme(safeLocalStorage(), next)
    applyTheme(next)
    setTheme(next)
  }
  const toggleLarge = () => {
    rememberLargeText(safeLocalStorage(), !large)
    applyLargeText(!large)
    setLarge(!large)
  }

  return (
    <>
      <button type="button" onClick={toggleTheme}>
        {theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
      <button type="button" aria-pressed={large} onClick={toggleLarge}>
        Large text
      </button>
    </>
  )
}
