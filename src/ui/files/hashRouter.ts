import type { AppStore } from '../../state/store'
import { exitLessons, openStep } from '../lessons/lessonStore'
import { replaceText } from './replaceText'
import { INITIAL_TEXT } from '../initialText'
import { openedShare } from './openedShare'
import { sharedFromHash } from './share'
import { applyView } from './view'
import { lessonIdFromHash } from './startup'

/** Drops the hash from the address bar (keeps path and query) without a navigation. */
export function clearHash(): void {
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', pathname + search)
}

/**
 * Follows hash changes in an open page: a pasted share link loads its text (one undoable edit, the text it replaced
 * kept one click away) and its view, then the hash is dropped so a reload restores the autosaved work;
 * `#lesson=<id>` opens that step.
 */
export function startHashRouter(app: AppStore): () => void {
  const follow = () => {
    const hash = window.location.hash
    const shared = sharedFromHash(hash)
    if (shared !== null) {
      exitLessons()
      openedShare.getState().opened(app.getState().text, shared.text, INITIAL_TEXT)
      replaceText(app, shared.text)
      applyView(app, shared.view)
      clearHash()
      return
    }
    const lesson = lessonIdFromHash(hash)
    if (lesson !== null) openStep(app, lesson)
  }
  window.addEventListener('hashchange', follow)
  return () => window.removeEventListener('hashchange', follow)
}
