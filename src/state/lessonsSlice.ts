/**
 * Lessons and workspaces (issue 15 §6, issue 12): the open lesson step, and what the editor holds when it is not
 * the user's own manifest. A lesson step, an example or a share link is "borrowed" text: the user's manifest is
 * kept in `yours` (and in the autosave, which a borrowed text never replaces) until "Back to your manifest".
 * A slice of the app store (see createAppStore); state and setters only: the text itself is replaced by the UI
 * (ui/lessons/workspace.ts) through the editor, so the switch is one undoable edit.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { Platform } from '../core/types'
import type { AppState } from './store'

export type WorkspaceKind = 'lesson' | 'example' | 'share'

/** What the editor holds instead of the user's manifest. */
export interface Workspace {
  kind: WorkspaceKind
  /** For people: "the lesson", "the example Hardened Deployment", "a shared manifest". */
  label: string
}

export interface LessonsSlice {
  /** The open lesson step's id, or null when no lesson runs. */
  lessonStep: string | null
  /** null: the editor holds the user's own manifest; else the borrowed text's kind. */
  workspace: Workspace | null
  /** The user's manifest, kept while the editor holds borrowed text (null in the user's own workspace). */
  yours: string | null
  /** The user's platform while a lesson step shows another one (the OpenShift lesson), else null. */
  platformBefore: Platform | null
  setLessonStep(id: string | null): void
  setPlatformBefore(platform: Platform | null): void
  /** The editor is about to hold borrowed text: the user's text is kept (once: borrowing again keeps it). */
  borrow(workspace: Workspace): void
  /** The editor's text is the user's own again (after "Back to your manifest", or an opened file). */
  adopt(): void
  /** At startup: the workspace the page opens in, and the user's manifest kept beside it. */
  startIn(workspace: Workspace | null, yours: string | null, lessonStep: string | null): void
}

type SetState = StoreApi<AppState>['setState']

export function createLessonsSlice(set: SetState, get: () => AppState): LessonsSlice {
  return {
    lessonStep: null,
    workspace: null,
    yours: null,
    platformBefore: null,
    setLessonStep(lessonStep) {
      if (lessonStep !== get().lessonStep) set({ lessonStep })
    },
    setPlatformBefore(platformBefore) {
      if (platformBefore !== get().platformBefore) set({ platformBefore })
    },
    borrow(workspace) {
      const { workspace: now, yours, text } = get()
      set({ workspace, yours: now === null ? text : yours })
    },
    adopt() {
      if (get().workspace !== null || get().yours !== null) set({ workspace: null, yours: null })
    },
    startIn(workspace, yours, lessonStep) {
      set({ workspace, yours: workspace === null ? null : yours, lessonStep })
    },
  }
}
