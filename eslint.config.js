import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

// Import boundaries: ui → state → core, editor → state → core, cli → core.
const noYaml = { name: 'yaml', message: "Only src/core/yaml imports 'yaml'." }
const noMonaco = {
  group: ['monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*', '@monaco-editor/*'],
  message: 'Only src/editor imports Monaco.',
}
const coreBans = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/core is pure: no React.' },
  noMonaco,
  { group: ['zustand', 'zustand/*'], message: 'src/core is pure: no zustand.' },
  {
    group: ['**/ui/*', '**/editor/*', '**/state/*', '**/cli/*'],
    message: 'src/core must not import outer layers.',
  },
]

const noOuter = (layers, message) => ({ group: layers.map((l) => `**/${l}/*`), message })
const stateBans = [noOuter(['ui', 'editor'], 'src/state holds state and actions: it imports core only.')]
const cliBans = [noOuter(['state', 'ui', 'editor'], 'src/cli runs on core alone.')]

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022 },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Globals per layer (flat config merges globals, so each layer gets its own set).
  {
    ignores: ['src/core/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/ui/**', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [noYaml], patterns: [noMonaco] }] },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noYaml], patterns: [noMonaco, ...stateBans] }] },
  },
  {
    files: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noYaml], patterns: [noMonaco, ...cliBans] }] },
  },
  { files: ['src/editor/**'], rules: { 'no-restricted-imports': ['error', { paths: [noYaml] }] } },
  {
    files: ['src/core/**'],
    // Pure code: only the globals Node and browsers share (no window, document, process, Buffer).
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // typescript-eslint turns no-undef off; here it is what keeps browser and Node globals out.
      'no-undef': 'error',
      'no-restricted-imports': ['error', { paths: [noYaml], patterns: coreBans }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  { files: ['src/core/yaml/**'], rules: { 'no-restricted-imports': ['error', { patterns: coreBans }] } },
)
