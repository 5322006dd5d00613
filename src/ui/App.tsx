import { useLayoutEffect, useState, type CSSProperties } from 'react'
import { installSecctx } from '../editor/secctxGlobal'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import { EditorPane } from './EditorPane'
import { ErrorBoundary } from './ErrorBoundary'
import { FileMenu } from './FileMenu'
import { currentShareUrl } from './files/share'
import { PresentationToggle } from './layout/LayoutControls'
import { NarrowTabs } from './layout/NarrowTabs'
import { PresentationPane } from './layout/PresentationPane'
import { Splitter } from './layout/Splitter'
import { setNarrowPane, useLayout, useMediaQuery, useNarrowPane } from './layout/useLayout'
import { FormsPane } from './panels/FormsPane'
import { SidePane } from './SidePane'
import { Toolbar } from './Toolbar'
import { Welcome } from './Welcome'
import './layout/layout.css'

/** At or below this width the page shows one pane at a time (NarrowTabs). */
const NARROW = '(max-width: 600px)'

/**
 * Layout: toolbar on top; forms | YAML editor | effective settings & problems, with resizable, foldable gutters
 * (Splitter); presentation mode (YAML, simulated shell, layering picture); one pane at a time on a phone. Each view
 * sits in its own error boundary: a crash shows "The <view> view crashed: …" in that view's place, while the text
 * and the other views stay. The side pane's tabs have a boundary each as well (SidePane.tsx).
 */
export function App() {
  const store = useAppStoreApi()
  // window.secctx on the store itself, under the editor's own: it stays when the editor pane has crashed.
  useLayoutEffect(() => installSecctx(store, () => currentShareUrl(store, window.location)), [store])
  const layout = useLayout()
  const narrow = useMediaQuery(NARROW)
  const learning = useAppStore((s) => s.sideTab === 'learn')
  const pane = useNarrowPane() ?? (learning ? 'side' : 'editor')
  const mode = layout.present ? 'present' : narrow ? 'narrow' : 'wide'
  // On a phone the pickers and file actions fold behind one button, so the panes get the screen.
  const [optionsOpen, setOptionsOpen] = useState(false)
  const folded = mode === 'narrow' && !optionsOpen
  const shown = (id: 'forms' | 'side') =>
    mode === 'wide'
      ? !layout[id === 'forms' ? 'formsCollapsed' : 'sideCollapsed']
      : mode === 'narrow' && pane === id
  const panel = (id: 'forms' | 'editor' | 'side') =>
    mode === 'narrow' ? { role: 'tabpanel', 'aria-labelledby': `narrow-tab-${id}` } : {}
  const widths = {
    '--forms-w': `${layout.forms}%`,
    '--side-w': `${layout.side}%`,
  } as CSSProperties

  return (
    <div className="app" data-mode={mode}>
      <header className="app-header">
        <h1 className="brand">secctx</h1>
        <span className="tagline">Kubernetes securityContext, explained</span>
        {mode === 'narrow' ? (
          <button
            type="button"
            className="options-toggle"
            aria-expanded={optionsOpen}
            aria-controls="app-options"
            onClick={() => setOptionsOpen(!optionsOpen)}
          >
            Options
          </button>
        ) : null}
        <div id="app-options" className="app-options" hidden={folded}>
          <ErrorBoundary view="toolbar" label="Toolbar">
            <Toolbar />
            <FileMenu />
          </ErrorBoundary>
        </div>
        {mode !== 'narrow' && <PresentationToggle />}
        {mode === 'narrow' && <NarrowTabs active={pane} onSelect={setNarrowPane} />}
      </header>
      {mode !== 'present' && <Welcome />}
      <main className="app-main" style={widths}>
        <div id="pane-forms" className="pane pane-forms" hidden={!shown('forms')} {...panel('forms')}>
          <ErrorBoundary view="forms" label="Forms" className="forms-pane">
            <FormsPane />
          </ErrorBoundary>
        </div>
        {mode === 'wide' && <Splitter pane="forms" name="forms pane" controls="pane-forms" />}
        <div
          id="pane-editor"
          className="pane pane-editor"
          hidden={mode === 'narrow' && pane !== 'editor'}
          {...panel('editor')}
        >
          <ErrorBoundary view="editor" label="YAML editor" className="editor-pane">
            <EditorPane />
          </ErrorBoundary>
        </div>
        {mode === 'wide' && <Splitter pane="side" name="side pane" controls="pane-side" />}
        <div id="pane-side" className="pane pane-side" hidden={!shown('side')} {...panel('side')}>
          <ErrorBoundary view="details" label="Details" className="side-pane">
            <SidePane />
          </ErrorBoundary>
        </div>
        {mode === 'present' && (
          <div className="pane pane-present">
            <ErrorBoundary view="presentation" label="Presentation">
              <PresentationPane />
            </ErrorBoundary>
          </div>
        )}
      </main>
    </div>
  )
}
