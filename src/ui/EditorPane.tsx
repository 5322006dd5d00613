import { lazy, Suspense, useState } from 'react'
import { yamlErrorBanner } from '../editor/convert'
import { useAppStore } from '../state/useAppStore'
import '../editor/pane.css'

const YamlEditor = lazy(() => import('../editor/YamlEditor'))

const megabytes = (chars: number) => (chars / 1e6).toFixed(1)

/**
 * The YAML pane: error banner, then Monaco (lazy; the forms work while it loads). The region is `aria-busy` until
 * Monaco is mounted with the Kubernetes schema registered (the e2e tests wait for `aria-busy="false"`).
 */
export function EditorPane() {
  const [ready, setReady] = useState(false)
  const error = useAppStore((s) => s.analysis.errors[0])
  const pending = useAppStore((s) => s.pending)
  const loading = useAppStore((s) => s.loading)

  return (
    <section className="editor-pane" aria-label="YAML editor" aria-busy={!ready}>
      {error && (
        <div className="yaml-error-banner" role="alert">
          {yamlErrorBanner(error)}
        </div>
      )}
      {loading && (
        <div className="yaml-pending" role="status">
          Loading a large text into the editor: {megabytes(loading.done)} of {megabytes(loading.total)} MB…
          (the editor and the forms are read-only until then)
        </div>
      )}
      {pending && !loading && (
        <div className="yaml-pending" role="status">
          Analysing a large text: {pending.phase === 'parse' ? 'parsed' : 'analysed'} {pending.done} of{' '}
          {pending.total} {pending.phase === 'parse' ? 'documents' : 'resources'}… (forms are read-only until
          then)
        </div>
      )}
      <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
        <YamlEditor onReady={setReady} />
      </Suspense>
    </section>
  )
}
