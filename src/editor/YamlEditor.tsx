/** The Monaco YAML pane (lazy-loaded by EditorPane so the forms work before Monaco arrives). */
import { useEffect, useRef, useState } from 'react'
import { useAppStoreApi } from '../state/useAppStore'
import { mountEditor } from './mountEditor'
import { monaco } from './setupMonaco'
import './editor.css'

const calm = () => new URLSearchParams(window.location.search).has('calm')

/**
 * Tab focus mode (Tab moves focus out of the editor instead of indenting: the keyboard user's way out). The
 * editor option is the one source of truth: the toggle button and Monaco's usual shortcut (rebound below, so
 * Monaco's own global switch never diverges from the option) both flip it. Kept across editor remounts.
 */
const isMac = typeof navigator !== 'undefined' && /Macintosh|Mac OS X/.test(navigator.userAgent)
const TOGGLE_KEYS = isMac ? 'Ctrl+Shift+M' : 'Ctrl+M'
let tabMovesFocusPreference = false

type Editor = monaco.editor.IStandaloneCodeEditor

function toggleTabFocus(editor: Editor) {
  editor.updateOptions({ tabFocusMode: !editor.getOption(monaco.editor.EditorOption.tabFocusMode) })
}

export default function YamlEditor() {
  const store = useAppStoreApi()
  const host = useRef<HTMLDivElement>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [cursor, setCursor] = useState<[number, number]>([1, 1])
  // Tab focus mode: Tab moves focus out of the editor instead of indenting (the keyboard user's way out).
  const [tabMovesFocus, setTabMovesFocus] = useState(false)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const mounted = mountEditor(el, store, {
      calm: calm(),
      onCursor: (line, column) => setCursor([line, column]),
    })
    const ed = mounted.editor
    ed.updateOptions({ tabFocusMode: tabMovesFocusPreference })
    setTabMovesFocus(tabMovesFocusPreference)
    const options = ed.onDidChangeConfiguration((e) => {
      if (!e.hasChanged(monaco.editor.EditorOption.tabFocusMode)) return
      tabMovesFocusPreference = ed.getOption(monaco.editor.EditorOption.tabFocusMode)
      setTabMovesFocus(tabMovesFocusPreference)
    })
    // Same keys as Monaco's "Toggle Tab Key Moves Focus"; also listed in the command palette (F1).
    const action = ed.addAction({
      id: 'secctx.toggleTabFocusMode',
      label: 'Toggle Tab Key Moves Focus',
      keybindings: [
        isMac
          ? monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM
          : monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM,
      ],
      run: () => toggleTabFocus(ed),
    })
    setEditor(ed)
    return () => {
      setEditor(null)
      action.dispose()
      options.dispose()
      mounted.dispose()
    }
  }, [store])

  return (
    <div className="yaml-editor">
      <div className="yaml-editor-host" ref={host} />
      <div className="yaml-editor-status">
        <span className="yaml-editor-cursor">
          Line {cursor[0]}, Column {cursor[1]}
        </span>
        <span id="yaml-editor-tab-status" className="yaml-editor-tab-status">
          <span aria-live="polite">{tabMovesFocus ? 'Tab leaves the editor' : 'Tab indents'}</span>
          <span className="yaml-editor-tab-keys"> · {TOGGLE_KEYS} switches</span>
        </span>
        <button
          type="button"
          className="yaml-editor-tab-toggle"
          aria-pressed={tabMovesFocus}
          aria-describedby="yaml-editor-tab-status"
          disabled={!editor}
          onClick={() => editor && toggleTabFocus(editor)}
        >
          <span className="yaml-editor-tab-box" aria-hidden="true">
            {tabMovesFocus ? '☑' : '☐'}
          </span>
          Tab moves focus
        </button>
      </div>
    </div>
  )
}
