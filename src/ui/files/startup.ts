import { textFromHash } from './share'

/** Where the text the page starts with came from. */
export type StartOrigin = 'share' | 'lesson' | 'autosave' | 'default'

export interface StartInput {
  hash: string
  /** The autosaved text, or null. */
  saved: string | null
  /** The manifest of a lesson step id (for `#lesson=<id>`), or undefined. */
  lessonText(id: string): string | undefined
  fallback: string
}

export const LESSON_PREFIX = '#lesson='

/** The lesson step id a `#lesson=<id>` hash names, or null. */
export function lessonIdFromHash(hash: string): string | null {
  if (!hash.startsWith(LESSON_PREFIX)) return null
  try {
    return decodeURIComponent(hash.slice(LESSON_PREFIX.length)) || null
  } catch {
    return null
  }
}

/** Share link hash > lesson deep link > autosaved text > the default example. */
export function pickStartText(input: StartInput): { text: string; origin: StartOrigin } {
  const shared = textFromHash(input.hash)
  if (shared !== null) return { text: shared, origin: 'share' }
  const lesson = lessonIdFromHash(input.hash)
  const lessonText = lesson === null ? undefined : input.lessonText(lesson)
  if (lessonText !== undefined) return { text: lessonText, origin: 'lesson' }
  if (input.saved !== null && input.saved !== input.fallback) return { text: input.saved, origin: 'autosave' }
  return { text: input.fallback, origin: 'default' }
}

let startOrigin: StartOrigin = 'default'

/** Remembered by main.tsx so the file menu can say "Restored your last session". */
export function setStartOrigin(origin: StartOrigin): void {
  startOrigin = origin
}

export function getStartOrigin(): StartOrigin {
  return startOrigin
}
