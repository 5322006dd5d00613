/**
 * `import text from './file.yaml?raw'` under tsx (node), as Vite does in the app and in vitest: the manifests of
 * the walkthrough, the gallery and the lessons exist once, in fixtures/ (issue 12). Used as
 * `tsx --import ./scripts/rawImports.mjs`.
 * Node module customization hooks (https://nodejs.org/api/module.html#customization-hooks): resolve keeps the
 * `?raw` suffix, load returns the file's text as the default export.
 */
import { register } from 'node:module'

const hooks = `
import { readFile } from 'node:fs/promises'
export async function resolve(specifier, context, next) {
  if (!specifier.endsWith('?raw')) return next(specifier, context)
  const resolved = await next(specifier.slice(0, -'?raw'.length), context)
  return { url: resolved.url + '?raw', shortCircuit: true }
}
export async function load(url, context, next) {
  if (!url.endsWith('?raw')) return next(url, context)
  const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8')
  return { format: 'module', source: 'export default ' + JSON.stringify(text), shortCircuit: true }
}
`
register('data:text/javascript,' + encodeURIComponent(hooks))
