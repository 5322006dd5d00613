import { useLayoutEffect } from 'react'
import { installSecctx, storeSecctx } from '../editor/secctxGlobal'
import { useAppStoreApi } from '../state/useAppStore'
import { EditorPane } from './EditorPane'
import { ErrorBoundary } from './ErrorBoundary'
import { FileMenu } from './FileMenu'
import { currentShareUrl } from './files/share'
import { FormsPane } from './panels/FormsPane'
import { SidePane } from './SidePane'
import { Toolbar } from './Toolbar'

/**
 * Layout: toolbar on top; forms | YAML editor | effective settings & problems. Each view sits in its own error
 * boundary: a crash shows "The <view> view crashed: …" in that view's place, while the text and the other
 * views stay. The side pane's tabs have a boundary each as well (SidePane.tsx); this one catches the tab bar.
 */
export function App() {
  const store = useAppStoreApi()
  // window.secctx on the store itself, under the editor's own: it stays when the editor pane has crashed.
  useLayoutEffect(
    () => installSecctx(storeSecctx(store, () => currentShareUrl(store, window.location))),
    [store],
  )
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">secctx</h1>
        <span className="tagline">Kubernetes securityContext, explained</span>
        <ErrorBoundary view="toolbar" label="Toolbar">
          <Toolbar />
          <FileMenu />
        </ErrorBoundary>
      </header>
      <main className="app-main">
        <ErrorBoundary view="forms" label="Forms" className="forms-pane">
          <FormsPane />
        </ErrorBoundary>
        <ErrorBoundary view="editor" label="YAML editor" className="editor-pane">
          <EditorPane />
        </ErrorBoundary>
        <ErrorBoundary view="details" label="Details" className="side-pane">
          <SidePane />
        </ErrorBoundary>
      </main>
    </div>
  )
}
