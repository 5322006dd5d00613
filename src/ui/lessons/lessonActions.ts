import type { Analysis } from '../../core/analyze'
import type { Range } from '../../core/types'
import { rangeOf } from '../../core/yaml'
import type { AppStore } from '../../state/store'
import { STEPS, stepById } from './index'
import type { LessonStep } from './types'
import { backToYours, lessonHash, openBorrowed, setHash, showPlatform } from './workspace'

/** The workspace every lesson step runs in (the user's manifest is kept beside it). */
export const LESSON_WORKSPACE = { kind: 'lesson', label: 'the lessons' } as const

/**
 * Opens a step: loads its manifest in the lesson workspace as one undoable edit (the user's manifest is kept)
 * and puts `#lesson=<id>` in the address bar. `text`: the step's manifest as the user left it (reopened).
 */
export function openStep(app: AppStore, id: string, text?: string): boolean {
  const step = stepById(id)
  if (!step) return false
  openBorrowed(app, LESSON_WORKSPACE, text ?? step.manifest)
  showPlatform(app, step.platform)
  app.getState().setLessonStep(step.id)
  setHash(lessonHash(step.id))
  return true
}

/** Moves by `delta` steps (Previous -1, Next +1), staying inside the path. */
export function moveStep(app: AppStore, delta: number): void {
  const i = STEPS.findIndex((s) => s.id === app.getState().lessonStep)
  const next = STEPS[Math.min(Math.max(0, i + delta), STEPS.length - 1)]
  if (next) openStep(app, next.id)
}

/** Exit lessons: the user's manifest comes back. */
export function exitLessons(app: AppStore): void {
  backToYours(app)
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
export function startLessonHighlighter(app: AppStore): () => void {
  let shown = '[]'
  const update = () => {
    const s = app.getState()
    const id = s.lessonStep
    const step = id === null ? undefined : stepById(id)
    const ranges = step ? stepRanges(s.analysis, step) : []
    const key = JSON.stringify(ranges)
    if (key === shown) return
    shown = key
    s.highlight(ranges)
  }
  const stop = app.subscribe(update)
  update()
  return () => {
    stop()
    app.getState().highlight([])
  }
}
