import type { AppStore } from '../../state/store'
import { openStep } from '../lessons/lessonActions'
import { openBorrowed } from '../lessons/workspace'
import { sharedFromHash } from './share'
import { applyView } from './view'
import { linkView } from './viewOpenShift'
import { lessonIdFromHash } from './startup'

/** Drops the hash from the address bar (keeps path and query) without a navigation. */
export function clearHash(): void {
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', pathname + search)
}

/**
 * Follows hash changes in an open page: a pasted share link loads its text (one undoable edit, in its own
 * workspace: the user's manifest kept one click away) and its view, then the hash is dropped so a reload restores
 * the user's manifest; `#lesson=<id>` opens that step.
 */
export function startHashRouter(app: AppStore): () => void {
  const follow = () => {
    const hash = window.location.hash
    const shared = sharedFromHash(hash)
    if (shared !== null) {
      openBorrowed(app, { kind: 'share', label: 'a shared manifest' }, shared.text)
      applyView(app, linkView(shared.view))
      clearHash()
      return
    }
    const lesson = lessonIdFromHash(hash)
    if (lesson !== null) openStep(app, lesson)
  }
  window.addEventListener('hashchange', follow)
  return () => window.removeEventListener('hashchange', follow)
}
