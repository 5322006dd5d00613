import { createStore } from 'zustand/vanilla'
import { analyze, analyzeSteps, type Analysis, type AnalyzeProgress } from '../core/analyze'
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
import { LAZY_DOCUMENT_CHARS, applyEdits, planSet, type StreamOptions } from '../core/yaml'
import { realClock, type Clock } from './clock'
import { createLessonsSlice, type LessonsSlice } from './lessonsSlice'
import { createReviewSlice, type ReviewSlice } from './review'

/** A level fix's report (without its edits), for the resource and level it was made for. */
export type LevelFixOutcome = Omit<LevelFixReport, 'edits'> & { resource: number; level: PssLevel }

/** How the store reaches the editor: edits go through Monaco so they land on its undo stack. */
export interface EditorBridge {
  /** Applies edits (offsets into the current text) as one undoable step. */
  applyEdits(edits: readonly TextEdit[]): void
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
  bridge: EditorBridge | null
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
  setBridge(bridge: EditorBridge | null): void
}

const clamp = (i: number, n: number) => (n <= 0 ? 0 : Math.min(Math.max(0, i), n - 1))

/** Longest stretch of analysis work done in one go: well under the 200 ms freeze budget of design §5. */
export const SLICE_MS = 40
/** Texts from this size on are analysed in a task of their own, after the editor's. */
const BIG_TEXT = 2_000_000
/**
 * One document's parse cannot be sliced: a big document that is not a workload (a 1.4 MB CustomResourceDefinition
 * in an install bundle) is only skimmed for its kind, with an informational note; workloads are always parsed.
 */
const STREAM: StreamOptions = { lazyAbove: LAZY_DOCUMENT_CHARS }

/** Where the store runs: its clock, and whether it plans "Fix all" ahead while the page is quiet (the app does). */
export interface StoreEnv {
  clock?: Clock
  planAhead?: boolean
}

export function createAppStore(
  initialText = '',
  options: AnalyzeOptions = DEFAULT_OPTIONS,
  { clock = realClock, planAhead = false }: StoreEnv = {},
) {
  const first = analyze(initialText, options, undefined, STREAM)
  const store = createStore<AppState>()((set, get) => {
    /** True while an analysis runs in slices; the newest text is analysed when it ends (reusing its work). */
    let running = false
    /** A reveal asked for before the editor was there. */
    let pendingReveal: number | null = null

    const commit = (next: Analysis) => {
      const { lastGood, selectedResource, selectedContainer } = get()
      const good = next.errors.length === 0 ? next : lastGood
      const r = clamp(selectedResource, good.resources.length)
      set({
        analysis: next,
        lastGood: good,
        pending: null,
        selectedResource: r,
        selectedContainer: clamp(selectedContainer, good.resources[r]?.resource.containers.length ?? 0),
      })
      get().warmReview()
    }

    const run = (steps: Generator<AnalyzeProgress, Analysis>) => {
      const start = clock.now()
      for (;;) {
        const step = steps.next()
        if (step.done) {
          running = false
          commit(step.value)
          const { text, options } = get()
          if (text !== step.value.text || options !== step.value.options) schedule()
          return
        }
        if (clock.now() - start > SLICE_MS) {
          running = true
          set({ pending: step.value })
          clock.setTimeout(() => run(steps), 0)
          return
        }
      }
    }

    /** Analyses the current text: at once when it is quick (every keystroke is), else over several slices. */
    const schedule = () => {
      if (running) return
      const { text, options, analysis } = get()
      const steps = analyzeSteps(text, options, analysis, STREAM)
      if (text.length < BIG_TEXT) return run(steps)
      // A big text: the editor has just spent its own time on the change; analyse in the next task.
      running = true
      set({ pending: { phase: 'parse', done: 0, total: 1 } })
      clock.setTimeout(() => run(steps), 0)
    }

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
      bridge: null,
      pending: null,
      loading: null,
      levelFix: null,
      ...createReviewSlice(set, get, { clock, planAhead }),
      ...createLessonsSlice(set, get),
      sideTab: 'effective',
      problemsScope: 'resource',

      textChanged(text) {
        if (text === get().text) return
        set({ text })
        schedule()
      },

      textLoading(loading) {
        set({ loading })
      },

      setOptions(partial) {
        const options = { ...get().options, ...partial }
        const { lastGood, analysis } = get()
        // While the text is broken the forms show lastGood: it must follow the new options too.
        if (lastGood !== analysis) set({ lastGood: analyze(lastGood.text, options, lastGood, STREAM) })
        set({ options })
        schedule()
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
        const { version, runtime, imageUser } = get().options
        const assume = { runtime, imageUser }
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
        const { bridge, text } = get()
        if (bridge) bridge.applyEdits(edits)
        else get().textChanged(applyEdits(text, edits))
      },

      reveal(offset) {
        const { bridge } = get()
        if (bridge?.reveal) bridge.reveal(offset)
        else pendingReveal = offset
      },

      setBridge(bridge) {
        set({ bridge })
        if (bridge?.reveal && pendingReveal !== null) {
          const offset = Math.min(pendingReveal, get().text.length)
          pendingReveal = null
          bridge.reveal(offset)
        }
      },
    }
  })
  store.getState().warmReview()
  return store
}

export type AppStore = ReturnType<typeof createAppStore>
