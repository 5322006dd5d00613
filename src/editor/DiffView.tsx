/**
 * A read-only Monaco diff of the current text and a proposed one (the "Review changes" dialog, issue 13 §4).
 * Lazy-loaded like YamlEditor: only src/editor imports monaco-editor.
 */
import { useEffect, useRef } from 'react'
import { monaco } from './setupMonaco'

/** Above this size the diff is shown as plain text: no YAML worker pass over two more copies of a big stream. */
const YAML_DIFF_MAX_CHARS = 200_000

interface Props {
  original: string
  modified: string
}

export default function DiffView({ original, modified }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const diff = useRef<monaco.editor.IStandaloneDiffEditor | null>(null)

  /** The diff editor, made on first use (see below). */
  const editorOf = (el: HTMLDivElement) =>
    (diff.current ??= monaco.editor.createDiffEditor(el, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      hideUnchangedRegions: { enabled: true },
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      // Tab leaves the diff: the dialog's focus stays reachable from the keyboard.
      tabFocusMode: true,
      originalAriaLabel: 'Current text',
      modifiedAriaLabel: 'Proposed text',
    }))

  useEffect(
    () => () => {
      const editor = diff.current
      diff.current = null
      const model = editor?.getModel()
      editor?.dispose()
      model?.original.dispose()
      model?.modified.dispose()
    },
    [],
  )

  useEffect(() => {
    const show = () => {
      if (!host.current) return
      const editor = editorOf(host.current)
      const language = Math.max(original.length, modified.length) > YAML_DIFF_MAX_CHARS ? 'plaintext' : 'yaml'
      const previous = editor.getModel()
      if (previous && previous.original.getLanguageId() === language) {
        if (previous.original.getValue() !== original) previous.original.setValue(original)
        previous.modified.setValue(modified)
        return
      }
      editor.setModel({
        original: monaco.editor.createModel(original, language),
        modified: monaco.editor.createModel(modified, language),
      })
      previous?.original.dispose()
      previous?.modified.dispose()
    }
    // The diff editor and its models are made after the dialog has painted: its changes list and Apply come
    // first, and two copies of a 1 MB stream (a few hundred ms of Monaco's work) follow in a task of their own.
    let task: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      task = setTimeout(show, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(task)
    }
  }, [original, modified])

  return <div className="review-diff" ref={host} />
}
