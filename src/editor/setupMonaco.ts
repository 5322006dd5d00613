/**
 * Monaco + monaco-yaml, local workers only (monaco-yaml 5.5.1 README, "Usage" and "Why doesn't it work with
 * Vite?"): nothing is fetched from a CDN, and the Kubernetes schema is passed inline (loaded lazily) with schema
 * requests disabled, so no request leaves the origin.
 */
import * as monaco from 'monaco-editor'
import { configureMonacoYaml, type MonacoYamlOptions } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker'
import YamlWorker from './yaml.worker.js?worker'

/** The model's URI: matched by the schema's fileMatch. */
export const MODEL_URI = 'inmemory://secctx/manifest.yaml'
const SCHEMA_URI = 'inmemory://schemas/k8s-1.30.json'

self.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    if (label === 'editorWorkerService') return new EditorWorker()
    if (label === 'yaml') return new YamlWorker()
    throw new Error(`Unknown Monaco worker label ${label}`)
  },
}

const baseOptions: MonacoYamlOptions = {
  yamlVersion: '1.1',
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  format: { enable: true },
  schemas: [],
}

export const monacoYaml = configureMonacoYaml(monaco, baseOptions)

/** Resolves once the Kubernetes schema is loaded into monaco-yaml (a separate chunk, fetched from the origin). */
export const schemaReady: Promise<void> = import('./k8s.schema.json').then(async (m) => {
  await monacoYaml.update({
    ...baseOptions,
    schemas: [{ uri: SCHEMA_URI, fileMatch: [MODEL_URI, '**/*.yaml'], schema: m.default }],
  })
})

/**
 * Monaco's vs / vs-dark with the colours that fell short of WCAG AA (4.5:1) on their backgrounds raised (axe scan,
 * e2e/a11y.spec.ts): line numbers, comments, and every token on the lesson highlight (editor.css).
 */
monaco.editor.defineTheme('secctx-light', {
  base: 'vs',
  inherit: true,
  // YAML keys (type) and numbers: vs's teal and green are 4.6:1 on white, under 4.5:1 on the lesson highlight.
  rules: [
    { token: 'comment', foreground: '1b6e1b' },
    { token: 'type', foreground: '006b6b' },
    { token: 'number', foreground: '06704a' },
  ],
  colors: {
    'editorLineNumber.foreground': '#52606d',
    'editorLineNumber.dimmedForeground': '#5d6873',
    'editorLineNumber.activeForeground': '#1b1f24',
  },
})
monaco.editor.defineTheme('secctx-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7fba6a' }],
  colors: {
    'editor.background': '#161a1f',
    'editorLineNumber.foreground': '#9aa4ae',
    'editorLineNumber.dimmedForeground': '#8b95a0',
    'editorLineNumber.activeForeground': '#e8edf2',
  },
})

export const themeFor = (theme: 'light' | 'dark') => (theme === 'dark' ? 'secctx-dark' : 'secctx-light')

export { monaco }
