/**
 * Big replacements go into Monaco slice by slice, one task each, so a 10 MB paste never blocks the page: Monaco
 * spends about 50 ms per MB of inserted text (line starts, undo data, view lines) and a single 10 MB edit held
 * the main thread for over 400 ms. All slices land in one undo step (no undo stop between them); the editor is
 * read-only meanwhile, and anything that needs the whole text first finishes the load at once (`flush`).
 */
import type { editor as MonacoEditor } from 'monaco-editor'
import { toRange } from './convert'
import { SLICE_CHARS, sliceEnds } from './slices'

export interface BulkProgress {
  done: number
  total: number
}

export interface BulkEditor {
  /** True while a replacement is being sliced in. */
  readonly active: boolean
  /** The text the model will hold when the replacement ends (the model's own text when idle). */
  text(): string
  /** Replaces [start, end) with `text` as one undo step, in slices when it is long (end is clamped to the text). */
  replace(start: number, end: number, text: string, opts?: ReplaceOptions): void
  /** Inserts what is left of the running replacement now, synchronously. */
  flush(): void
  dispose(): void
}

export interface ReplaceOptions {
  /** Runs inside the undo step, before the text changes (e.g. a change of end-of-line sequence). */
  before?(): void
  /** Runs once all the text is in. */
  onDone?(): void
  /** Put the cursor after the inserted text (as a paste does). */
  cursorAfter?: boolean
}

export interface BulkHooks {
  /** A sliced replacement starts, makes progress, or ends (null). */
  onProgress(progress: BulkProgress | null): void
  /** Slice size (tests); default SLICE_CHARS. */
  sliceChars?: number
}

export function createBulkEditor(
  editor: MonacoEditor.IStandaloneCodeEditor,
  model: MonacoEditor.ITextModel,
  hooks: BulkHooks,
): BulkEditor {
  const size = hooks.sliceChars ?? SLICE_CHARS
  let job: {
    text: string
    start: number
    ends: number[]
    next: number
    final: string
    timer: ReturnType<typeof setTimeout> | undefined
    opts: ReplaceOptions
  } | null = null

  // Straight on the model: the editor refuses executeEdits while it is read-only, and the user must not type in
  // the middle of a load. Edits without an undo stop between them join the same undo step.
  const insert = (offset: number, endOffset: number, text: string) => {
    const range = toRange(offset, endOffset, (o) => model.getPositionAt(o))
    model.pushEditOperations(editor.getSelections(), [{ range, text, forceMoveMarkers: true }], () => null)
  }

  /** Inserts slice `job.next`; returns false when the job is complete. */
  const step = (): boolean => {
    const j = job!
    const from = j.next === 0 ? 0 : j.ends[j.next - 1]!
    insert(j.start + from, j.start + from, j.text.slice(from, j.ends[j.next]))
    j.next++
    return j.next < j.ends.length
  }

  const finish = () => {
    const j = job!
    job = null
    editor.pushUndoStop()
    editor.updateOptions({ readOnly: false })
    if (j.opts.cursorAfter) editor.setPosition(model.getPositionAt(j.start + j.text.length))
    hooks.onProgress(null)
    j.opts.onDone?.()
  }

  const tick = () => {
    const j = job
    if (!j) return
    j.timer = undefined
    if (step()) {
      hooks.onProgress({ done: j.ends[j.next - 1]!, total: j.text.length })
      j.timer = setTimeout(tick, 0)
    } else finish()
  }

  return {
    get active() {
      return job !== null
    },
    text: () => job?.final ?? model.getValue(),
    replace(start, end, text, opts = {}) {
      this.flush()
      editor.pushUndoStop()
      opts.before?.()
      end = Math.min(end, model.getValueLength())
      if (text.length <= size) {
        insert(start, end, text)
        editor.pushUndoStop()
        if (opts.cursorAfter) editor.setPosition(model.getPositionAt(start + text.length))
        opts.onDone?.()
        return
      }
      const current = model.getValue()
      const final = current.slice(0, start) + text + current.slice(end)
      job = { text, start, ends: sliceEnds(text, size), next: 0, final, timer: undefined, opts }
      editor.updateOptions({
        readOnly: true,
        readOnlyMessage: { value: 'A large text is still being loaded.' },
      })
      insert(start, end, '') // the removal is part of the same undo step
      hooks.onProgress({ done: 0, total: text.length })
      job.timer = setTimeout(tick, 0)
    },
    flush() {
      if (!job) return
      clearTimeout(job.timer)
      while (step());
      finish()
    },
    dispose() {
      if (job) clearTimeout(job.timer)
      job = null
    },
  }
}
