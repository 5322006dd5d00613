import { createStore } from 'zustand/vanilla'
import { analyze, type Analysis } from '../core/analyze'
import { securityContextPath } from '../core/target'
import { planFix, planLevelFix } from '../core/fixes'
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
import { applyEdits, planSet } from '../core/yaml'

/** How the store reaches the editor: edits go through Monaco so they land on its undo stack. */
export interface EditorBridge {
  /** Applies edits (offsets into the current text) as one undoable step. */
  applyEdits(edits: readonly TextEdit[]): void
  /** Moves the cursor to an offset and reveals it. */
  reveal?(offset: number): void
  /** Highlights ranges (lessons), replacing the previous highlight; [] clears. */
  highlight?(ranges: readonly Range[]): void
}

export interface AppState {
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

  /** The editor's text changed (typing, paste, undo, or an applied edit). */
  textChanged(text: string): void
  setOptions(options: Partial<AnalyzeOptions>): void
  selectResource(index: number): void
  selectContainer(index: number): void
  /** Sets (or with undefined clears) a securityContext field of a target, as one minimal edit. */
  setField(target: Target, field: Path, value: JsonValue | undefined): void
  /** Applies quick fix `id` to a problem as one undoable edit. */
  applyFix(problem: Problem, id: string): void
  /** Makes a resource pass a Pod Security level with one undoable edit. */
  applyLevelFix(resource: number, level: PssLevel): void
  /** Applies planned edits: through the editor when it is there, else directly. */
  applyEdits(edits: readonly TextEdit[]): void
  setBridge(bridge: EditorBridge | null): void
}

const clamp = (i: number, n: number) => (n <= 0 ? 0 : Math.min(Math.max(0, i), n - 1))

export function createAppStore(initialText = '', options: AnalyzeOptions = DEFAULT_OPTIONS) {
  const first = analyze(initialText, options)
  return createStore<AppState>()((set, get) => ({
    text: initialText,
    analysis: first,
    lastGood: first,
    options,
    selectedResource: 0,
    selectedContainer: 0,
    bridge: null,

    textChanged(text) {
      const { options, analysis, lastGood, selectedResource, selectedContainer } = get()
      if (text === analysis.text) return
      const next = analyze(text, options, analysis)
      const good = next.errors.length === 0 ? next : lastGood
      const resources = good.resources
      const r = clamp(selectedResource, resources.length)
      set({
        text,
        analysis: next,
        lastGood: good,
        selectedResource: r,
        selectedContainer: clamp(selectedContainer, resources[r]?.resource.containers.length ?? 0),
      })
    },

    setOptions(partial) {
      const options = { ...get().options, ...partial }
      const next = analyze(get().text, options)
      set({
        options,
        analysis: next,
        lastGood: next.errors.length === 0 ? next : analyze(get().lastGood.text, options),
      })
    },

    selectResource(index) {
      set({ selectedResource: clamp(index, get().lastGood.resources.length), selectedContainer: 0 })
    },

    selectContainer(index) {
      const r = get().lastGood.resources[get().selectedResource]
      set({ selectedContainer: clamp(index, r?.resource.containers.length ?? 0) })
    },

    setField(target, field, value) {
      const { analysis } = get()
      if (analysis.errors.length > 0) return // forms are read-only while the YAML is broken
      const ra = analysis.resources[target.resource]
      if (!ra) return
      const base = securityContextPath(ra.resource, target)
      const edits = planSet(analysis.stream, ra.resource.document, [...base, ...field], value, {
        pruneEmptyAbove: base.length - 1,
      })
      get().applyEdits(edits)
    },

    applyFix(problem, id) {
      const { analysis } = get()
      const ra = problem.resource === null ? undefined : analysis.resources[problem.resource]
      if (!ra || analysis.errors.length > 0) return
      get().applyEdits(planFix(analysis.stream, ra.resource, problem, id))
    },

    applyLevelFix(resource, level) {
      const { analysis, options } = get()
      if (analysis.errors.length > 0) return
      get().applyEdits(planLevelFix(analysis.text, resource, level, options.version))
    },

    applyEdits(edits) {
      if (edits.length === 0) return
      const { bridge, text } = get()
      if (bridge) bridge.applyEdits(edits)
      else get().textChanged(applyEdits(text, edits))
    },

    setBridge(bridge) {
      set({ bridge })
    },
  }))
}

export type AppStore = ReturnType<typeof createAppStore>
