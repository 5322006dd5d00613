import type { Platform } from '../../core/types'
import type { Workspace } from '../../state/lessonsSlice'
import type { AppStore } from '../../state/store'
import { worthKeeping } from '../files/openedShare'
import { replaceText } from '../files/replaceText'
import { LESSON_PREFIX, lessonIdFromHash } from '../files/startup'
import { INITIAL_TEXT } from '../initialText'

/** Puts `hash` in the address bar without a navigation ('' drops it). */
export function setHash(hash: string): void {
  if (typeof window === 'undefined' || window.location.hash === hash) return
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', pathname + search + hash)
}

/**
 * Shows borrowed text (a lesson step, an example, a share link) as one undoable edit, keeping the user's
 * manifest: "Back to your manifest" brings it back and the autosave keeps it meanwhile (issue 15 §6). When there
 * is nothing of the user's to keep (the untouched starting example, an empty editor), an example or a shared
 * manifest simply becomes the user's text; a lesson always runs in its own workspace.
 */
export function openBorrowed(app: AppStore, workspace: Workspace, text: string): void {
  const s = app.getState()
  const mine = s.workspace === null ? s.text : s.yours
  if (workspace.kind !== 'lesson' && !worthKeeping(mine, text, INITIAL_TEXT)) {
    leaveLesson(app)
    replaceText(app, text)
    app.getState().adopt()
    return
  }
  s.borrow(workspace)
  if (workspace.kind !== 'lesson') leaveLesson(app)
  replaceText(app, text)
}

/**
 * A lesson step about a platform (the OpenShift lesson) switches the Platform picker through the store; a step
 * about none, or leaving the lessons, puts the user's platform back.
 */
export function showPlatform(app: AppStore, platform: Platform | undefined): void {
  const s = app.getState()
  const current = s.options.platform ?? 'kubernetes'
  const before = s.platformBefore
  if (platform && before === null && platform !== current) s.setPlatformBefore(current)
  if (!platform && before !== null) s.setPlatformBefore(null)
  const want = platform ?? before ?? current
  if (want !== current) s.setOptions({ platform: want })
}

function leaveLesson(app: AppStore): void {
  showPlatform(app, undefined)
  app.getState().setLessonStep(null)
  if (typeof window !== 'undefined' && lessonIdFromHash(window.location.hash) !== null) setHash('')
}

/** "Back to your manifest": the user's exact text again, as one undoable edit; lessons close. */
export function backToYours(app: AppStore): void {
  const { yours, workspace } = app.getState()
  leaveLesson(app)
  if (workspace === null) return
  if (yours !== null) replaceText(app, yours)
  app.getState().adopt()
}

/** The user's own text replaces the editor's (Open file, drag and drop): it is their manifest from now on. */
export function openOwn(app: AppStore, text: string, fileName: string | null): void {
  leaveLesson(app)
  replaceText(app, text, fileName)
  app.getState().adopt()
}

/** Re-enters a lesson step at `#lesson=<id>` (for the deep link and "Reopen the lesson"). */
export function lessonHash(id: string): string {
  return LESSON_PREFIX + encodeURIComponent(id)
}
