import { useAppStore } from '../state/useAppStore'

/** Placeholder until the Monaco editor lands (issue 3): a plain view of the text. */
export function EditorPane() {
  const text = useAppStore((s) => s.text)
  return (
    <section className="editor-pane" aria-label="YAML editor">
      <pre>{text}</pre>
    </section>
  )
}
