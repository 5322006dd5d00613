import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

// Import boundaries (design §1): ui → state → core, editor → state → core, cli → core.
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

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/cli/**', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [noYaml], patterns: [noMonaco] }] },
  },
  { files: ['src/editor/**'], rules: { 'no-restricted-imports': ['error', { paths: [noYaml] }] } },
  {
    files: ['src/core/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [noYaml], patterns: coreBans }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  { files: ['src/core/yaml/**'], rules: { 'no-restricted-imports': ['error', { patterns: coreBans }] } },
)
