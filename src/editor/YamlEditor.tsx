/** The Monaco YAML pane (lazy-loaded by EditorPane so the forms work before Monaco arrives). */
import { useEffect, useRef, useState } from 'react'
import { useAppStoreApi } from '../state/useAppStore'
import { mountEditor } from './mountEditor'
import { schemaReady } from './setupMonaco'
import { TOGGLE_KEYS, type TabFocus, type TabMode } from './tabFocus'
import './editor.css'

const calm = () => new URLSearchParams(window.location.search).has('calm')

/** What Tab does now (tabFocus.ts), said in the status line and announced (aria-live) when it changes. */
const SAYS: Record<TabMode, string> = {
  guarded: 'Press Enter to edit · Tab leaves the editor',
  indents: 'Tab indents',
  leaves: 'Tab leaves the editor',
}

interface Props {
  /** True once the editor is mounted and the Kubernetes schema is registered; false again when it unmounts. */
  onReady?(ready: boolean): void
}

export default function YamlEditor({ onReady }: Props) {
  const store = useAppStoreApi()
  const host = useRef<HTMLDivElement>(null)
  const [tabFocus, setTabFocus] = useState<TabFocus | null>(null)
  const [cursor, setCursor] = useState<[number, number]>([1, 1])
  const [mode, setMode] = useState<TabMode>('indents')

  useEffect(() => {
    const el = host.current
    if (!el) return
    const mounted = mountEditor(el, store, {
      calm: calm(),
      onCursor: (line, column) => setCursor([line, column]),
    })
    const tf = mounted.tabFocus
    setMode(tf.mode())
    const changes = tf.onChange(() => setMode(tf.mode()))
    setTabFocus(tf)
    let mountedNow = true
    void schemaReady.then(() => mountedNow && onReady?.(true))
    return () => {
      mountedNow = false
      onReady?.(false)
      setTabFocus(null)
      changes.dispose()
      mounted.dispose()
    }
  }, [store, onReady])

  const movesFocus = mode === 'leaves'
  return (
    <div className="yaml-editor">
      <div className="yaml-editor-host" ref={host} />
      <div className="yaml-editor-status">
        <span className="yaml-editor-cursor">
          Line {cursor[0]}, Column {cursor[1]}
        </span>
        <span id="yaml-editor-tab-status" className="yaml-editor-tab-status">
          <span role="status" aria-live="polite">
            {SAYS[mode]}
          </span>
          <span className="yaml-editor-tab-keys">
            {mode === 'indents' ? ' · Escape stops editing' : ''} · {TOGGLE_KEYS} switches
          </span>
        </span>
        <button
          type="button"
          className="yaml-editor-tab-toggle"
          aria-pressed={movesFocus}
          aria-describedby="yaml-editor-tab-status"
          disabled={!tabFocus}
          onClick={() => tabFocus?.toggle()}
        >
          <span className="yaml-editor-tab-box" aria-hidden="true">
            {movesFocus ? '☑' : '☐'}
          </span>
          Tab moves focus
        </button>
      </div>
    </div>
  )
}
