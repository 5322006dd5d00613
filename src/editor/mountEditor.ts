/**
 * Creates the Monaco editor over the store (design §2): keystrokes → store.textChanged, store edits → undoable
 * executeEdits (never setValue), markers from analysis.problems, quick fixes, window.secctx.
 */
import { diffEdit } from '../core/yaml'
import type { Range } from '../core/types'
import type { AppState, AppStore, EditorBridge } from '../state/store'
import { registerFixActions } from './codeActions'
import { createBulkEditor } from './bulkEdit'
import { createEditFlash } from './editFlash'
import { startLockstep } from './lockstep'
import { toEditOperations, toRange } from './convert'
import { setProblemMarkers, type MarkedProblem } from './markers'
import { installSecctx } from './secctxGlobal'
import { MODEL_URI, monaco } from './setupMonaco'
import { SLICE_CHARS } from './slices'

/** performance.measure name of the last keystroke → store round (synchronous: analysis and markers included). */
export const CHANGE_MEASURE = 'secctx:textChanged'

/** Above this many characters the editor offers no folding (see foldingFits). */
export const FOLDING_MAX_CHARS = 2_000_000

export interface MountOptions {
  /** Keyboard-test mode: no suggestions popping up, no auto-indent (`?calm`). */
  calm?: boolean
  onCursor?(line: number, column: number): void
}

export interface MountedEditor {
  editor: monaco.editor.IStandaloneCodeEditor
  model: monaco.editor.ITextModel
  dispose(): void
}

export function mountEditor(container: HTMLElement, store: AppStore, opts: MountOptions = {}): MountedEditor {
  const uri = monaco.Uri.parse(MODEL_URI)
  monaco.editor.getModel(uri)?.dispose()
  const model = monaco.editor.createModel(store.getState().text, 'yaml', uri)
  model.updateOptions({ tabSize: 2, insertSpaces: true })
  const calm = opts.calm
    ? {
        quickSuggestions: false,
        suggestOnTriggerCharacters: false,
        acceptSuggestionOnEnter: 'off' as const,
        autoIndent: 'none' as const,
      }
    : {}
  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: 'YAML editor',
    automaticLayout: true,
    minimap: { enabled: false },
    tabSize: 2,
    insertSpaces: true,
    fixedOverflowWidgets: true,
    scrollBeyondLastLine: false,
    // Both come from the YAML worker's document symbols / folding ranges; on a 1 MB stream handling them took
    // 60–110 ms per keystroke on the main thread (bench, hostile e2e). Indentation folding costs nothing.
    stickyScroll: { enabled: false },
    foldingStrategy: 'indentation',
    ...calm,
  })

  // Follow the page's theme and text size (src/ui/theme.css fires `secctx-appearance` when either changes).
  const appearance = () => {
    const root = document.documentElement
    monaco.editor.setTheme(root.dataset.theme === 'dark' ? 'vs-dark' : 'vs')
    editor.updateOptions({ fontSize: root.dataset.textSize === 'large' ? 18 : 14 })
  }
  appearance()
  window.addEventListener('secctx-appearance', appearance)

  // Offsets in edits refer to the model's current text; both undo stops make the edit one undo step.
  const execute = (start: number, end: number, text: string, undoStops: boolean) => {
    const ops = toEditOperations([{ offset: start, length: end - start, text }], (o) =>
      model.getPositionAt(o),
    )
    if (undoStops) editor.pushUndoStop()
    editor.executeEdits('secctx', ops)
    if (undoStops) editor.pushUndoStop()
  }

  // A big paste goes in slice by slice (bulkEdit.ts); the store hears of it once, with the whole text.
  const bulk = createBulkEditor(editor, model, {
    onProgress: (progress) => store.getState().textLoading(progress),
  })
  /** The model's text as last read (getValue of a 10 MB model costs tens of ms: read it once per change). */
  let seen = { version: model.getVersionId(), text: model.getValue() }
  const value = () => {
    if (seen.version !== model.getVersionId())
      seen = { version: model.getVersionId(), text: model.getValue() }
    return seen.text
  }

  // Indentation folding rescans every line after each change (about 10 ms per MB, on the main thread): off for
  // texts so big that it would stall typing.
  let folding = true
  const foldingFits = () => {
    const fits = model.getValueLength() <= FOLDING_MAX_CHARS
    if (fits !== folding) editor.updateOptions({ folding: (folding = fits) })
  }

  /** The text changed (a keystroke, or a whole big paste once it is in): tell the store. */
  const textChanged = () => {
    foldingFits()
    store.getState().textChanged(value())
  }

  const changes = model.onDidChangeContent(() => {
    if (bulk.active) return
    const start = performance.now()
    textChanged()
    // Keystroke → store (analysis, forms' state, markers): the last figure only, for tests and the bench.
    performance.clearMeasures(CHANGE_MEASURE)
    performance.measure(CHANGE_MEASURE, { start })
  })

  // Cursor ↔ selection (lockstep.ts); an applied edit is shown and marked for a moment (editFlash.ts).
  const lockstep = startLockstep(editor, model, store)
  const flash = createEditFlash(editor, model)
  let decorations: string[] = []
  const bridge: EditorBridge = {
    applyEdits(edits) {
      bulk.flush()
      const ops = toEditOperations(edits, (o) => model.getPositionAt(o))
      lockstep.quietly(() => {
        editor.pushUndoStop()
        editor.executeEdits('secctx', ops)
        editor.pushUndoStop()
      })
      flash.show(edits)
    },
    reveal(offset) {
      const position = model.getPositionAt(offset)
      editor.setPosition(position)
      editor.revealPositionInCenterIfOutsideViewport(position)
      editor.focus()
    },
    highlight(ranges: readonly Range[]) {
      decorations = editor.deltaDecorations(
        decorations,
        ranges.map(([start, end]) => ({
          range: toRange(start, end, (o) => model.getPositionAt(o)),
          options: {
            isWholeLine: true,
            className: 'secctx-highlight-line',
            inlineClassName: 'secctx-highlight-inline',
          },
        })),
      )
    },
  }

  let marked: MarkedProblem[] = []
  const sync = (s: AppState) => {
    if (bulk.active) return // the store still holds the text from before the paste
    // Text set while the editor was not listening (or by a store caller): push it as an undoable edit.
    let current = value()
    if (s.text !== current) {
      const d = diffEdit(current, s.text)
      if (d) execute(d.offset, d.offset + d.length, d.text, true)
      current = value()
    }
    if (s.analysis.text === current) marked = setProblemMarkers(monaco, model, s.analysis.problems, marked)
  }
  sync(store.getState())
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text || s.analysis !== prev.analysis) sync(s)
  })
  const actions = registerFixActions(monaco, model, store, () => marked)

  const cursor = editor.onDidChangeCursorPosition((e) =>
    opts.onCursor?.(e.position.lineNumber, e.position.column),
  )
  const at = editor.getPosition()
  opts.onCursor?.(at?.lineNumber ?? 1, at?.column ?? 1)
  // Last: a reveal asked for while Monaco was loading happens now, and the cursor listener reports it.
  store.getState().setBridge(bridge)

  // A paste too big for one task: take it from Monaco and load it in slices (one undo step all the same).
  const onPaste = (e: ClipboardEvent) => {
    if (!(e.target instanceof Node) || !container.contains(e.target)) return
    const text = e.clipboardData?.getData('text/plain') ?? ''
    const selections = editor.getSelections() ?? []
    if (text.length <= SLICE_CHARS || selections.length !== 1 || bulk.active) return
    if (editor.getOption(monaco.editor.EditorOption.readOnly)) return
    e.preventDefault()
    e.stopPropagation()
    // Monaco turns every line break of a paste into the model's own.
    const eol = model.getEOL()
    const normal = eol === '\n' && !text.includes('\r') ? text : text.replace(/\r\n|\r|\n/g, eol)
    const range = selections[0]!
    const start = model.getOffsetAt(range.getStartPosition())
    bulk.replace(start, model.getOffsetAt(range.getEndPosition()), normal, {
      onDone: textChanged,
      cursorAfter: true,
    })
  }
  // On the window, capturing: Monaco's own paste handler captures on the container and stops the event there.
  window.addEventListener('paste', onPaste, true)

  const restore = installSecctx({
    // While a paste is being loaded, the text it will make (a script sees its own setText at once).
    getText: () => (bulk.active ? bulk.text() : value()),
    setText: (text) => {
      // Monaco keeps one end-of-line sequence per model: adopt the new text's so it comes back byte for byte.
      const eol = text.includes('\r\n')
        ? monaco.editor.EndOfLineSequence.CRLF
        : monaco.editor.EndOfLineSequence.LF
      bulk.replace(0, Infinity, text, {
        before: () => model.getEndOfLineSequence() !== eol && model.pushEOL(eol),
        onDone: textChanged,
      })
    },
    replaceRange: (start, end, text) => {
      bulk.flush()
      execute(start, end, text, false)
      editor.setPosition(model.getPositionAt(start + text.length))
    },
  })

  return {
    editor,
    model,
    dispose() {
      window.removeEventListener('secctx-appearance', appearance)
      window.removeEventListener('paste', onPaste, true)
      bulk.dispose()
      restore()
      cursor.dispose()
      lockstep.dispose()
      flash.dispose()
      actions.dispose()
      unsubscribe()
      if (store.getState().bridge === bridge) store.getState().setBridge(null)
      changes.dispose()
      monaco.editor.setModelMarkers(model, 'secctx', [])
      editor.dispose()
      model.dispose()
    },
  }
}
