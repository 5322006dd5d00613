/**
 * What Tab and Enter do in the editor (issue 15, keyboard safety). Three modes:
 * - `guarded`: focus came in with Tab (or Shift+Tab), or the user pressed Escape: Tab and Shift+Tab move on through
 *   the page and Enter only starts editing, so tabbing through the page never changes the YAML;
 * - `indents`: editing, Tab indents (Monaco's default), Escape goes back to `guarded`;
 * - `leaves`: the "Tab moves focus" preference (the toggle, Ctrl+M): Tab always moves focus (Monaco's tab focus mode).
 * A mouse click into the editor, typing, or Enter ends `guarded`. The preference is kept across editor remounts;
 * Monaco's `tabFocusMode` option is set from the two (preference or guarded), never read back as state.
 */
import { monaco } from './setupMonaco'

export type TabMode = 'guarded' | 'indents' | 'leaves'

export interface TabFocus extends monaco.IDisposable {
  mode(): TabMode
  /** The "Tab moves focus" preference. */
  movesFocus(): boolean
  /** Flips the preference (the toggle button, Ctrl+M); an explicit choice, so it also ends `guarded`. */
  toggle(): void
  onChange(listener: () => void): monaco.IDisposable
}

const isMac = typeof navigator !== 'undefined' && /Macintosh|Mac OS X/.test(navigator.userAgent)
/** Monaco's own "Toggle Tab Key Moves Focus" keys, rebound to the preference. */
export const TOGGLE_KEYS = isMac ? 'Ctrl+Shift+M' : 'Ctrl+M'

const GUARD_KEY = 'secctx.keyboardGuard'
/** Escape belongs to whatever Monaco shows first (suggestions, find, a marker, a hover, a selection …). */
const NOTHING_OPEN = [
  'editorTextFocus',
  '!suggestWidgetVisible',
  '!findWidgetVisible',
  '!markersNavigationVisible',
  '!parameterHintsVisible',
  '!renameInputVisible',
  '!inSnippetMode',
  '!editorHasMultipleSelections',
  '!editorHasSelection',
  '!codeActionMenuVisible',
  '!referenceSearchVisible',
  '!inlineSuggestionVisible',
  '!messageVisible',
  '!editorHoverVisible',
  '!LinkedEditingInputVisible',
].join(' && ')

let preference = false

export function installTabFocus(editor: monaco.editor.IStandaloneCodeEditor): TabFocus {
  let guarded = false
  const listeners = new Set<() => void>()
  const guardKey = editor.createContextKey<boolean>(GUARD_KEY, false)
  const option = monaco.editor.EditorOption.tabFocusMode
  const apply = () => {
    guardKey.set(guarded)
    if (editor.getOption(option) !== (preference || guarded))
      editor.updateOptions({ tabFocusMode: preference || guarded })
    listeners.forEach((l) => l())
  }
  const guard = (on: boolean) => {
    if (on === guarded) return
    guarded = on
    apply()
  }
  apply()

  // Focus moves in the Tab key's default action, right after its keydown: a focus before the next task came by Tab.
  let viaTab = false
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return
    viaTab = true
    setTimeout(() => (viaTab = false))
  }
  window.addEventListener('keydown', onKeyDown, true)

  const subscriptions = [
    editor.onDidFocusEditorText(() => guard(viaTab)),
    editor.onDidBlurEditorText(() => guard(false)),
    editor.onMouseDown(() => guard(false)),
    editor.onDidChangeModelContent((e) => {
      if (!e.isFlush && editor.hasTextFocus()) guard(false) // the user typed: editing
    }),
    // Someone else switched tab focus mode (Monaco's own command): take it as the preference.
    editor.onDidChangeConfiguration((e) => {
      if (!e.hasChanged(option) || editor.getOption(option) === (preference || guarded)) return
      preference = editor.getOption(option)
      guarded = false
      apply()
    }),
    editor.addAction({
      id: 'secctx.startEditing',
      label: 'Start editing the YAML',
      keybindings: [monaco.KeyCode.Enter],
      precondition: GUARD_KEY,
      keybindingContext: 'editorTextFocus && !suggestWidgetVisible',
      run: () => guard(false),
    }),
    editor.addAction({
      id: 'secctx.stopEditing',
      label: 'Stop editing the YAML (Tab then leaves the editor)',
      keybindings: [monaco.KeyCode.Escape],
      precondition: `!${GUARD_KEY}`,
      keybindingContext: NOTHING_OPEN,
      run: () => guard(true),
    }),
    // Same keys as Monaco's "Toggle Tab Key Moves Focus"; also listed in the command palette (F1).
    editor.addAction({
      id: 'secctx.toggleTabFocusMode',
      label: 'Toggle Tab Key Moves Focus',
      keybindings: [
        isMac
          ? monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM
          : monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM,
      ],
      run: () => toggle(),
    }),
  ]

  const toggle = () => {
    preference = !preference
    guarded = false
    apply()
  }

  return {
    mode: () => (preference ? 'leaves' : guarded ? 'guarded' : 'indents'),
    movesFocus: () => preference,
    toggle,
    onChange(listener) {
      listeners.add(listener)
      return { dispose: () => listeners.delete(listener) }
    },
    dispose() {
      window.removeEventListener('keydown', onKeyDown, true)
      subscriptions.forEach((s) => s.dispose())
      listeners.clear()
    },
  }
}
