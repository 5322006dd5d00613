import { FormsPane } from './panels/FormsPane'
import { EditorPane } from './EditorPane'
import { FileMenu } from './FileMenu'
import { SidePane } from './SidePane'
import { Toolbar } from './Toolbar'

/** Layout: toolbar on top; forms | YAML editor | effective settings & problems. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">secctx</h1>
        <span className="tagline">Kubernetes securityContext, explained</span>
        <Toolbar />
        <FileMenu />
      </header>
      <main className="app-main">
        <FormsPane />
        <EditorPane />
        <SidePane />
      </main>
    </div>
  )
}
