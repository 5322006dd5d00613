/** The Monaco editor and its model, and the page appearance (theme, text size) it follows. */
import { MODEL_URI, monaco, themeFor } from './setupMonaco'

export interface CreateOptions {
  /** Keyboard-test mode: no suggestions popping up, no auto-indent (`?calm`). */
  calm?: boolean
}

export interface CreatedEditor {
  editor: monaco.editor.IStandaloneCodeEditor
  model: monaco.editor.ITextModel
  dispose(): void
}

/** A fresh model holding `text` (any model left at MODEL_URI is replaced) and an editor over it in `container`. */
export function createEditor(container: HTMLElement, text: string, opts: CreateOptions = {}): CreatedEditor {
  const uri = monaco.Uri.parse(MODEL_URI)
  monaco.editor.getModel(uri)?.dispose()
  const model = monaco.editor.createModel(text, 'yaml', uri)
  model.updateOptions({ tabSize: 2, insertSpaces: true })
  const calm = opts.calm
    ? {
        quickSuggestions: false,
        suggestOnTriggerCharacters: false,
        acceptSuggestionOnEnter: 'off' as const,
        autoIndent: 'none' as const,
      }
    : {}
  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: 'YAML editor',
    automaticLayout: true,
    minimap: { enabled: false },
    tabSize: 2,
    insertSpaces: true,
    fixedOverflowWidgets: true,
    scrollBeyondLastLine: false,
    // Both come from the YAML worker's document symbols / folding ranges; on a 1 MB stream handling them took
    // 60–110 ms per keystroke on the main thread (bench, hostile e2e). Indentation folding costs nothing.
    stickyScroll: { enabled: false },
    foldingStrategy: 'indentation',
    // No inline-completion provider exists for YAML, yet its model re-runs on every keystroke when enabled.
    inlineSuggest: { enabled: false },
    ...calm,
  })
  return {
    editor,
    model,
    dispose() {
      editor.dispose()
      model.dispose()
    },
  }
}

/** Font size of the editor in the page's normal, Large text and presentation modes. */
const fontSize = (root: HTMLElement) =>
  root.dataset.layout === 'present' ? 20 : root.dataset.textSize === 'large' ? 18 : 14

/**
 * Follow the page's theme and text size: src/ui/files/theme.ts (and the presentation mode) fire
 * `secctx-appearance` on window when one changes.
 */
export function followAppearance(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable {
  const appearance = () => {
    const root = document.documentElement
    monaco.editor.setTheme(themeFor(root.dataset.theme === 'dark' ? 'dark' : 'light'))
    editor.updateOptions({ fontSize: fontSize(root) })
  }
  appearance()
  window.addEventListener('secctx-appearance', appearance)
  return { dispose: () => window.removeEventListener('secctx-appearance', appearance) }
}
