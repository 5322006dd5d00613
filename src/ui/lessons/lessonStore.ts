import { createStore } from 'zustand/vanilla'
import type { Analysis } from '../../core/analyze'
import type { Range } from '../../core/types'
import { rangeOf } from '../../core/yaml'
import type { AppStore } from '../../state/store'
import { replaceText } from '../files/replaceText'
import { LESSON_PREFIX, lessonIdFromHash } from '../files/startup'
import { STEPS, stepById } from './index'
import type { LessonStep } from './types'

export interface LessonState {
  /** The open step, or null when no lesson runs. */
  stepId: string | null
}

export type LessonStore = ReturnType<typeof createLessonStore>

export function createLessonStore(stepId: string | null = null) {
  return createStore<LessonState>()(() => ({ stepId }))
}

/** The page's lesson state (outside React, so tabs that unmount the panel keep the step). */
export const lessonStore = createLessonStore()

function setHash(hash: string): void {
  if (typeof window === 'undefined' || window.location.hash === hash) return
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', pathname + search + hash)
}

/** Opens a step: loads its manifest as one undoable edit and puts `#lesson=<id>` in the address bar. */
export function openStep(app: AppStore, id: string, lessons: LessonStore = lessonStore): boolean {
  const step = stepById(id)
  if (!step) return false
  lessons.setState({ stepId: step.id })
  replaceText(app, step.manifest)
  setHash(LESSON_PREFIX + encodeURIComponent(step.id))
  return true
}

/** Moves by `delta` steps (Previous -1, Next +1), staying inside the path. */
export function moveStep(app: AppStore, delta: number, lessons: LessonStore = lessonStore): void {
  const i = STEPS.findIndex((s) => s.id === lessons.getState().stepId)
  const next = STEPS[Math.min(Math.max(0, i + delta), STEPS.length - 1)]
  if (next) openStep(app, next.id, lessons)
}

export function exitLessons(lessons: LessonStore = lessonStore): void {
  lessons.setState({ stepId: null })
  if (typeof window !== 'undefined' && lessonIdFromHash(window.location.hash) !== null) setHash('')
}

/** The ranges of the fields a step is about, in the current text (nearest existing ancestor when missing). */
export function stepRanges(analysis: Analysis, step: LessonStep): Range[] {
  if (analysis.stream.documentCount === 0) return []
  return step.highlight.map((p) => rangeOf(analysis.stream, 0, p)).filter(([a, b]) => b > a)
}

/**
 * Keeps the editor's lesson highlight in step with the open step and the text (outside React).
 * Returns a function that stops and clears the highlight.
 */
export function startLessonHighlighter(app: AppStore, lessons: LessonStore = lessonStore): () => void {
  let shown = '[]'
  let bridge = app.getState().bridge
  const update = () => {
    const s = app.getState()
    const id = lessons.getState().stepId
    const step = id === null ? undefined : stepById(id)
    const ranges = step ? stepRanges(s.analysis, step) : []
    const key = JSON.stringify(ranges)
    if (key === shown && s.bridge === bridge) return
    shown = key
    bridge = s.bridge
    bridge?.highlight?.(ranges)
  }
  const stopApp = app.subscribe(update)
  const stopLessons = lessons.subscribe(update)
  update()
  return () => {
    stopApp()
    stopLessons()
    app.getState().bridge?.highlight?.([])
  }
}
