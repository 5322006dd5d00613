import type { Workspace } from '../../state/lessonsSlice'
import type { SavedBorrowed } from './autosave'
import { worthKeeping } from './openedShare'
import { textFromHash } from './share'

/** Where the text the page starts with came from. */
export type StartOrigin = 'share' | 'lesson' | 'autosave' | 'default'

export interface StartInput {
  hash: string
  /** The autosaved text (the user's own manifest), or null. */
  saved: string | null
  /** The borrowed text the page held when it went away (a lesson step, an example, a share), or null. */
  borrowed?: SavedBorrowed | null
  /** The page was reloaded (not opened from a link): the user's manifest comes back before a lesson link. */
  reload?: boolean
  /** The manifest of a lesson step id (for `#lesson=<id>`), or undefined. */
  lessonText(id: string): string | undefined
  fallback: string
}

export interface Start {
  text: string
  origin: StartOrigin
  /** The workspace the page opens in: null for the user's own manifest. */
  workspace: Workspace | null
  /** With a workspace: the user's manifest, kept one click away. */
  yours: string | null
  /** The open lesson step, or null. */
  lessonStep: string | null
  /** Borrowed text the user can reopen ("Reopen the lessons"), or null. */
  reopen: SavedBorrowed | null
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

/**
 * Share link hash > lesson deep link > autosaved text > the default example. A share link or a lesson opens in
 * its own workspace beside the user's manifest (never replacing the autosave); a reload brings the user's
 * manifest back (issue 15 §6) and offers to reopen what the page held.
 */
export function pickStartText(input: StartInput): Start {
  const { saved, fallback } = input
  const borrowed = input.borrowed ?? null
  const mine = saved !== null && saved !== fallback ? saved : null
  const shared = textFromHash(input.hash)
  if (shared !== null) {
    // Nothing of the user's to keep (a fresh page): the shared text is simply theirs.
    const keep = worthKeeping(mine, shared, fallback)
    const workspace: Workspace | null = keep ? { kind: 'share', label: 'a shared manifest' } : null
    return {
      text: shared,
      origin: 'share',
      workspace,
      yours: keep ? mine : null,
      lessonStep: null,
      reopen: null,
    }
  }
  const lesson = lessonIdFromHash(input.hash)
  const lessonText = lesson === null ? undefined : input.lessonText(lesson)
  if (lesson !== null && lessonText !== undefined) {
    const own = borrowed?.kind === 'lesson' && borrowed.step === lesson ? borrowed : null
    if (input.reload && mine !== null) {
      const reopen = own ?? { kind: 'lesson', label: 'the lessons', text: lessonText, step: lesson }
      return { text: mine, origin: 'autosave', workspace: null, yours: null, lessonStep: null, reopen }
    }
    const workspace: Workspace = { kind: 'lesson', label: 'the lessons' }
    const text = own?.text ?? lessonText
    return { text, origin: 'lesson', workspace, yours: mine ?? fallback, lessonStep: lesson, reopen: null }
  }
  if (mine !== null)
    return {
      text: mine,
      origin: 'autosave',
      workspace: null,
      yours: null,
      lessonStep: null,
      reopen: borrowed,
    }
  return {
    text: fallback,
    origin: 'default',
    workspace: null,
    yours: null,
    lessonStep: null,
    reopen: borrowed,
  }
}

let start: Pick<Start, 'origin' | 'reopen'> = { origin: 'default', reopen: null }

/** Remembered by main.tsx so the file menu can say "Restored your last session" and offer "Reopen …". */
export function setStartOrigin(origin: StartOrigin, reopen: SavedBorrowed | null = null): void {
  start = { origin, reopen }
}

export function getStartOrigin(): StartOrigin {
  return start.origin
}

export function getReopen(): SavedBorrowed | null {
  return start.reopen
}
