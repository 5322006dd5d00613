/**
 * Monaco + monaco-yaml, local workers only (stack.md §2): nothing is fetched from a CDN, and the Kubernetes
 * schema is passed inline (loaded lazily) with schema requests disabled, so no request leaves the origin.
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

export { monaco }
