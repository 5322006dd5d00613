import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../state/store'
import { AUTOSAVE_KEY, BORROWED_KEY, loadBorrowed, startAutosave } from '../files/autosave'
import { INITIAL_TEXT } from '../initialText'
import { STEPS } from './index'
import { exitLessons, moveStep, openStep } from './lessonActions'
import { backToYours, openBorrowed, openOwn } from './workspace'

const MINE =
  '# my work\napiVersion: v1\nkind: Pod\nmetadata: { name: mine }\nspec:\n  containers: [{ name: a }]\n'
const EXAMPLE = { kind: 'example', label: 'the example X' } as const

function memory() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

describe('no lost work (issue 15 §6)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('lessons keep the user’s manifest; the autosave never holds a lesson; Exit brings the exact text back', () => {
    const app = createAppStore(INITIAL_TEXT)
    const storage = memory()
    startAutosave(app, storage)
    // Pasted, then the lessons started at once (before the autosave's debounce): the paste is saved anyway.
    app.getState().textChanged(MINE)
    openStep(app, STEPS[0]!.id)
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(MINE)
    moveStep(app, 1)
    app.getState().textChanged(app.getState().text + '# a lesson edit\n')
    vi.advanceTimersByTime(1000)
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(MINE)
    expect(app.getState().yours).toBe(MINE)
    // The lesson text is saved on its own, with the step, to be reopened after a reload.
    expect(loadBorrowed(storage)).toEqual({
      kind: 'lesson',
      label: 'the lessons',
      text: STEPS[1]!.manifest + '# a lesson edit\n',
      step: STEPS[1]!.id,
    })
    exitLessons(app)
    expect(app.getState().text).toBe(MINE)
    expect(app.getState()).toMatchObject({ workspace: null, yours: null, lessonStep: null })
    vi.advanceTimersByTime(1000)
    expect(storage.items.has(BORROWED_KEY)).toBe(false)
  })

  it('an example over the user’s work is borrowed; Back to your manifest restores it byte for byte', () => {
    const crlf = MINE.replace(/\n/g, '\r\n')
    const app = createAppStore(INITIAL_TEXT)
    const storage = memory()
    startAutosave(app, storage)
    app.getState().textChanged(crlf)
    openBorrowed(app, EXAMPLE, 'kind: Pod\n')
    openBorrowed(app, { kind: 'share', label: 'a shared manifest' }, 'kind: Deployment\n')
    expect(app.getState().text).toBe('kind: Deployment\n')
    expect(app.getState().workspace).toEqual({ kind: 'share', label: 'a shared manifest' })
    vi.advanceTimersByTime(1000)
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(crlf)
    backToYours(app)
    expect(app.getState().text).toBe(crlf)
    expect(app.getState().workspace).toBeNull()
  })

  it('with nothing of the user’s to keep, an example simply becomes their text', () => {
    const app = createAppStore(INITIAL_TEXT)
    openBorrowed(app, EXAMPLE, 'kind: Pod\n')
    expect(app.getState()).toMatchObject({ text: 'kind: Pod\n', workspace: null, yours: null })
  })

  it('an example closes the lessons but keeps the user’s manifest from before them', () => {
    const app = createAppStore(MINE)
    openStep(app, 'drop-all')
    openBorrowed(app, EXAMPLE, 'kind: Pod\n')
    expect(app.getState()).toMatchObject({ lessonStep: null, workspace: EXAMPLE, yours: MINE })
  })

  it('an opened file is the user’s own: it replaces the workspace and is autosaved', () => {
    const app = createAppStore(MINE)
    const storage = memory()
    startAutosave(app, storage)
    openStep(app, 'drop-all')
    openOwn(app, 'kind: Pod # file\n', 'pod.yaml')
    vi.advanceTimersByTime(1000)
    expect(app.getState()).toMatchObject({ workspace: null, lessonStep: null })
    expect(storage.items.get(AUTOSAVE_KEY)).toBe('kind: Pod # file\n')
  })
})
