/**
 * Editor ⇄ store: keystrokes → store.textChanged; a text the store holds that the model does not → one
 * undoable edit (never setValue); the analysis' problems → markers and their quick fixes.
 */
import type { Problem } from '../core/types'
import { diffEdit } from '../core/yaml'
import type { AppState, AppStore } from '../state/store'
import type { BulkEditor } from './bulkEdit'
import { registerFixActions } from './codeActions'
import { toEditOperations } from './convert'
import { markProblems, showMarkers, type MarkedProblem } from './markers'
import { monaco } from './setupMonaco'

/** performance.measure name of the last keystroke → store round (synchronous: analysis and markers included). */
export const CHANGE_MEASURE = 'secctx:textChanged'

/**
 * While the user types, the problem markers wait for a pause this long; meanwhile Monaco moves the ones it shows
 * with the text. Replacing markers re-renders every visible line: several ms a keystroke when a problem sits on
 * the value being typed (a low runAsUser, say), on the editor's next frame.
 */
export const MARKER_PAUSE_MS = 300

/** Above this many characters the editor offers no folding (see foldingFits). */
export const FOLDING_MAX_CHARS = 2_000_000

type Editor = monaco.editor.IStandaloneCodeEditor
type Model = monaco.editor.ITextModel

export interface StoreConnection extends monaco.IDisposable {
  /** The model's text as last read (getValue of a 10 MB model costs tens of ms: read it once per change). */
  value(): string
  /** The text changed (a keystroke, or a whole big paste once it is in): tell the store. */
  textChanged(): void
  /** Replaces [start, end) of the model's text, with undo stops around it when asked (one undo step). */
  execute(start: number, end: number, text: string, undoStops: boolean): void
}

export function connectStore(
  editor: Editor,
  model: Model,
  store: AppStore,
  bulk: BulkEditor,
): StoreConnection {
  let seen = { version: model.getVersionId(), text: model.getValue() }
  const value = () => {
    if (seen.version !== model.getVersionId())
      seen = { version: model.getVersionId(), text: model.getValue() }
    return seen.text
  }
  // A keystroke in a 1 MB text: the new text is the last one with the change applied (two slices and the typed
  // text), not getValue's string of the model's pieces, whose first reader pays for joining them (ms per MB).
  const follow = (e: monaco.editor.IModelContentChangedEvent) => {
    if (e.isFlush || seen.version !== e.versionId - 1) return
    let text = seen.text
    // The changes run from the end of the text to its start: each offset is still right when it is applied.
    for (const c of e.changes) {
      text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength)
    }
    if (text.length === model.getValueLength()) seen = { version: e.versionId, text }
  }

  /** Edits of the store's (forms, fixes, whole texts) are not typing: their markers show at once. */
  let ownEdits = 0
  /** When the user last changed the text (typing, paste, undo). */
  let typedAt = -Infinity

  // Offsets in edits refer to the model's current text; both undo stops make the edit one undo step.
  const execute = (start: number, end: number, text: string, undoStops: boolean) => {
    const ops = toEditOperations([{ offset: start, length: end - start, text }], (o) =>
      model.getPositionAt(o),
    )
    ownEdits++
    try {
      if (undoStops) editor.pushUndoStop()
      editor.executeEdits('secctx', ops)
      if (undoStops) editor.pushUndoStop()
    } finally {
      ownEdits--
    }
  }

  // Indentation folding rescans every line after each change (about 10 ms per MB, on the main thread): off for
  // texts so big that it would stall typing.
  let folding = true
  const foldingFits = () => {
    const fits = model.getValueLength() <= FOLDING_MAX_CHARS
    if (fits !== folding) editor.updateOptions({ folding: (folding = fits) })
  }

  const textChanged = () => {
    foldingFits()
    store.getState().textChanged(value())
  }

  const changes = model.onDidChangeContent((e) => {
    follow(e)
    if (ownEdits === 0 && !e.isFlush) typedAt = performance.now()
    if (bulk.active) return // a big paste tells the store once, when it is all in
    const start = performance.now()
    textChanged()
    // Keystroke → store (analysis, forms' state, markers): the last figure only, for tests and the bench.
    performance.clearMeasures(CHANGE_MEASURE)
    performance.measure(CHANGE_MEASURE, { start })
  })

  /** The analysis' problems, of the model's text at version `problemsAt`. */
  let problems: readonly Problem[] = []
  let problemsAt = -1
  /** Those problems as markers (made when needed: a 1 MB stream may have thousands), and what Monaco shows. */
  let marked: MarkedProblem[] = []
  let markedFor: readonly Problem[] | null = null
  let shown: readonly monaco.editor.IMarkerData[] = []
  const currentMarked = () => {
    // Positions of an older text would point at the wrong places: until the next analysis, the last ones stay.
    if (markedFor !== problems && problemsAt === model.getVersionId()) {
      marked = markProblems(model, problems)
      markedFor = problems
    }
    return marked
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const showWhenPaused = () => {
    clearTimeout(timer)
    const wait = typedAt + MARKER_PAUSE_MS - performance.now()
    if (wait > 0) timer = setTimeout(showWhenPaused, wait)
    else if (problemsAt === model.getVersionId()) shown = showMarkers(monaco, model, currentMarked(), shown)
  }

  const sync = (s: AppState) => {
    if (bulk.active) return // the store still holds the text from before the paste
    // Text set while the editor was not listening (or by a store caller): push it as an undoable edit.
    let current = value()
    if (s.text !== current) {
      const d = diffEdit(current, s.text)
      if (d) execute(d.offset, d.offset + d.length, d.text, true)
      current = value()
    }
    if (s.analysis.text === current) {
      problems = s.analysis.problems
      problemsAt = model.getVersionId()
      showWhenPaused()
    }
  }
  sync(store.getState())
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text || s.analysis !== prev.analysis) sync(s)
  })
  const actions = registerFixActions(monaco, model, store, currentMarked)

  return {
    value,
    textChanged,
    execute,
    dispose() {
      clearTimeout(timer)
      actions.dispose()
      unsubscribe()
      changes.dispose()
      monaco.editor.setModelMarkers(model, 'secctx', [])
    },
  }
}
