import { createStore } from 'zustand/vanilla'
import { analyze, type Analysis, type AnalyzeProgress } from '../core/analyze'
import { securityContextPath } from '../core/target'
import { targetAt } from '../core/targetAt'
import { planFix, planLevelFix, type LevelFixReport } from '../core/fixes'
import type {
  AnalyzeOptions,
  JsonValue,
  Path,
  Problem,
  PssLevel,
  Range,
  Target,
  TextEdit,
} from '../core/types'
import { DEFAULT_OPTIONS } from '../core/types'
import { applyEdits, diffEdit, planSet } from '../core/yaml'
import { realClock, type Clock } from './clock'
import { createScheduler, STREAM } from './scheduler'
import { createLessonsSlice, type LessonsSlice } from './lessonsSlice'
import { createReviewSlice, type ReviewSlice } from './review'
import { rehearseAnalysis } from './rehearse'

/** A level fix's report (without its edits), for the resource and level it was made for. */
export type LevelFixOutcome = Omit<LevelFixReport, 'edits'> & { resource: number; level: PssLevel }

/**
 * How the store reaches the editor once it is mounted (a plain registry, not state: see setBridge): edits go
 * through Monaco so they land on its undo stack, and from then on Monaco is the only writer of the text.
 */
export interface EditorBridge {
  /** Applies edits (offsets into the current text) as one undoable step. */
  applyEdits(edits: readonly TextEdit[]): void
  /** Replaces the whole text as one undoable step (a big text goes in slice by slice). */
  setText?(text: string): void
  /** Replaces a range as typing would (UTF-16 offsets). */
  replaceRange?(start: number, end: number, text: string): void
  /** The text as the editor has it (ahead of the store while a big text is going in). */
  getText?(): string
  /** Moves the cursor to an offset and reveals it. */
  reveal?(offset: number): void
  /** Highlights ranges (lessons), replacing the previous highlight; [] clears. */
  highlight?(ranges: readonly Range[]): void
}

export interface AppState extends ReviewSlice, LessonsSlice {
  text: string
  analysis: Analysis
  /** The newest analysis of text without YAML errors; forms show it read-only while the text is broken. */
  lastGood: Analysis
  options: AnalyzeOptions
  /** Index into analysis.resources. */
  selectedResource: number
  /** Index into the selected resource's containers (visit order). */
  selectedContainer: number
  /**
   * Progress of the analysis still running for `text`, or null when `analysis` is up to date. Big pastes are
   * analysed in slices between frames so the page never freezes; forms are read-only meanwhile.
   */
  pending: AnalyzeProgress | null
  /** Characters of a big paste the editor has taken in so far, or null when no paste is being loaded. */
  loading: { done: number; total: number } | null
  /** What the last "make this resource pass" did: its changes and what it left, for that resource (null: none). */
  levelFix: LevelFixOutcome | null

  /** The editor's text changed (typing, paste, undo, or an applied edit). */
  textChanged(text: string): void
  /** The editor is loading a big paste slice by slice (null: done; textChanged follows with the whole text). */
  textLoading(progress: { done: number; total: number } | null): void
  setOptions(options: Partial<AnalyzeOptions>): void
  selectResource(index: number): void
  selectContainer(index: number): void
  /** The editor's cursor moved to an offset: the resource and container under it become the selected ones. */
  cursorMoved(offset: number): void
  /** The side pane's tab (`effective`, `problems`, `learn`, ...): part of the view a share link carries. */
  sideTab: string
  setSideTab(tab: string): void
  /** What the Problems list (and its tab's count) covers: the selected resource, or every resource. */
  problemsScope: 'resource' | 'all'
  setProblemsScope(scope: 'resource' | 'all'): void
  /** Sets (or with undefined clears) a securityContext field of a target, as one minimal edit. */
  setField(target: Target, field: Path, value: JsonValue | undefined): void
  /** Applies quick fix `id` to a problem as one undoable edit. */
  applyFix(problem: Problem, id: string): void
  /** Makes a resource pass a Pod Security level with one undoable edit, and keeps its report in levelFix. */
  applyLevelFix(resource: number, level: PssLevel): void
  /** Applies planned edits: through the editor when it is there, else directly. */
  applyEdits(edits: readonly TextEdit[]): void
  /** Moves the editor's cursor to an offset; asked before the editor has loaded, it happens once it has. */
  reveal(offset: number): void
  /** Replaces the whole text as one undoable edit (open file, lessons, examples, share links, window.secctx). */
  replaceText(text: string): void
  /** Replaces a range of the text as typing would (window.secctx.replaceRange). */
  replaceRange(start: number, end: number, text: string): void
  /** The text as the editor has it, else the store's (window.secctx.getText). */
  editorText(): string
  /** Highlights ranges in the editor (lessons); kept and shown again when the editor (re)mounts. [] clears. */
  highlight(ranges: readonly Range[]): void
  /** The editor registers its bridge on mount; the returned function takes it out again (if still the one). */
  setBridge(bridge: EditorBridge): () => void
}

const clamp = (i: number, n: number) => (n <= 0 ? 0 : Math.min(Math.max(0, i), n - 1))

export { SLICE_MS } from './scheduler'

/**
 * Where the store runs: its clock, and whether it plans "Fix all" ahead while the page is quiet and rehearses the
 * analysis after loading (rehearse.ts); the app does both.
 */
export interface StoreEnv {
  clock?: Clock
  planAhead?: boolean
  rehearse?: boolean
}

export function createAppStore(
  initialText = '',
  options: AnalyzeOptions = DEFAULT_OPTIONS,
  { clock = realClock, planAhead = false, rehearse = false }: StoreEnv = {},
) {
  const first = analyze(initialText, options, undefined, STREAM)
  const store = createStore<AppState>()((set, get) => {
    /** A reveal asked for before the editor was there. */
    let pendingReveal: number | null = null
    /** The mounted editor's bridge: a registry, not state (nothing re-renders when the editor comes or goes). */
    let bridge: EditorBridge | null = null
    /** The lesson highlight, shown again by an editor that mounts later. */
    let highlighted: readonly Range[] = []

    const { schedule } = createScheduler<AppState>({
      get,
      set,
      clock,
      commit({ analysis, lastGood }, patch) {
        const { selectedResource, selectedContainer } = get()
        const r = clamp(selectedResource, lastGood.resources.length)
        set({
          ...patch,
          analysis,
          lastGood,
          pending: null,
          selectedResource: r,
          selectedContainer: clamp(selectedContainer, lastGood.resources[r]?.resource.containers.length ?? 0),
        })
        get().warmReview()
      },
    })

    /** Edits may only be planned on an analysis of exactly the current text. */
    const current = () => {
      const { analysis, text, loading } = get()
      return analysis.text === text && analysis.errors.length === 0 && !loading ? analysis : null
    }

    return {
      text: initialText,
      analysis: first,
      lastGood: first,
      options,
      selectedResource: 0,
      selectedContainer: 0,
      pending: null,
      loading: null,
      levelFix: null,
      ...createReviewSlice(set, get, { clock, planAhead }),
      ...createLessonsSlice(set, get),
      sideTab: 'effective',
      problemsScope: 'resource',

      textChanged(text) {
        if (text !== get().text) schedule({ text })
      },

      textLoading(loading) {
        set({ loading })
      },

      setOptions(partial) {
        // While the text is broken the forms show lastGood: the scheduler analyses it under the new options too.
        schedule({ options: { ...get().options, ...partial } })
      },

      selectResource(index) {
        set({ selectedResource: clamp(index, get().lastGood.resources.length), selectedContainer: 0 })
      },

      cursorMoved(offset) {
        get().warmReview() // planning ahead waits while the user moves about
        const { analysis, text, selectedResource, selectedContainer } = get()
        // Offsets only mean something in an analysis of exactly this text (none while broken or still analysing).
        if (analysis.text !== text || analysis.errors.length > 0) return
        const at = targetAt(analysis, offset)
        if (!at) return
        const container = at.container ?? (at.resource === selectedResource ? selectedContainer : 0)
        if (at.resource === selectedResource && container === selectedContainer) return
        set({ selectedResource: at.resource, selectedContainer: container })
      },

      setSideTab(sideTab) {
        if (sideTab !== get().sideTab) set({ sideTab })
      },

      setProblemsScope(problemsScope) {
        if (problemsScope !== get().problemsScope) set({ problemsScope })
      },

      selectContainer(index) {
        const r = get().lastGood.resources[get().selectedResource]
        set({ selectedContainer: clamp(index, r?.resource.containers.length ?? 0) })
      },

      setField(target, field, value) {
        const analysis = current()
        if (!analysis) return // forms are read-only while the YAML is broken or still being analysed
        const ra = analysis.resources[target.resource]
        if (!ra) return
        const base = securityContextPath(ra.resource, target)
        const edits = planSet(analysis.stream, ra.resource.document, [...base, ...field], value, {
          pruneEmptyAbove: base.length - 1,
        })
        get().applyEdits(edits)
      },

      applyFix(problem, id) {
        const analysis = current()
        const ra = problem.resource === null ? undefined : analysis?.resources[problem.resource]
        if (!analysis || !ra) return
        get().applyEdits(planFix(analysis.stream, ra.resource, problem, id))
      },

      applyLevelFix(resource, level) {
        const analysis = current()
        if (!analysis) return
        const { version, runtime, imageUser, image } = get().options
        const assume = { runtime, imageUser, image }
        const { edits, ...report } = planLevelFix(
          analysis.text,
          resource,
          level,
          version,
          assume,
          analysis.stream,
        )
        set({ levelFix: { resource, level, ...report } })
        get().applyEdits(edits)
      },

      applyEdits(edits) {
        if (edits.length === 0) return
        if (bridge) bridge.applyEdits(edits)
        else get().textChanged(applyEdits(get().text, edits))
      },

      reveal(offset) {
        if (bridge?.reveal) bridge.reveal(offset)
        else pendingReveal = offset
      },

      replaceText(text) {
        if (bridge?.setText) return bridge.setText(text)
        // Without the editor's own whole-text path, one edit of the span that differs.
        const edit = diffEdit(get().text, text)
        if (edit) get().applyEdits([edit])
      },

      replaceRange(start, end, text) {
        if (bridge?.replaceRange) return bridge.replaceRange(start, end, text)
        get().applyEdits([{ offset: start, length: end - start, text }])
      },

      editorText() {
        return bridge?.getText?.() ?? get().text
      },

      highlight(ranges) {
        highlighted = ranges
        bridge?.highlight?.(ranges)
      },

      setBridge(next) {
        bridge = next
        if (highlighted.length > 0) next.highlight?.(highlighted)
        if (next.reveal && pendingReveal !== null) {
          const offset = Math.min(pendingReveal, get().text.length)
          pendingReveal = null
          next.reveal(offset)
        }
        return () => {
          if (bridge === next) bridge = null
        }
      },
    }
  })
  store.getState().warmReview()
  if (rehearse) rehearseAnalysis(clock, store.getState)
  return store
}

export type AppStore = ReturnType<typeof createAppStore>
