// The installable CLI (package.json "bin"): src/cli/main.ts bundled with the core and the `yaml` package into one
// plain JavaScript file for node 20, so an installed package needs neither tsx nor any dependency at run time.
// Run by `npm run build:cli` and by npm's `prepare` (so `npm pack` and a git install always pack a fresh build).
import { build } from 'esbuild'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist-cli')
const outfile = join(out, 'secctx.mjs')

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // yaml's node build is CommonJS; a require() of a node builtin inside an ES module needs a real `require`.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __secctxRequire } from 'node:module';\nconst require = __secctxRequire(import.meta.url);",
  },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
})

// Every bundled package, with its license text, beside the bundle (the package has no dependencies of its own).
const require = createRequire(join(root, 'package.json'))
const packages = new Set()
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (m) packages.add(m[1])
}
const notices = [...packages].sort().map((name) => {
  const dir = dirname(require.resolve(`${name}/package.json`))
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const license = ['LICENSE', 'LICENSE.md', 'LICENSE.txt']
    .map((f) => join(dir, f))
    .find((f) => {
      try {
        return statSync(f).isFile()
      } catch {
        return false
      }
    })
  if (!license) throw new Error(`build-cli: ${name} has no LICENSE file to ship with the bundle`)
  return `${name} ${pkg.version} (${pkg.license})\n\n${readFileSync(license, 'utf8').trim()}\n`
})
writeFileSync(
  join(out, 'THIRD-PARTY-NOTICES.txt'),
  `dist-cli/secctx.mjs bundles these packages:\n\n${notices.join('\n---\n\n')}`,
)
console.error(
  `build-cli: ${outfile.slice(root.length + 1)} ${(statSync(outfile).size / 1024).toFixed(0)} KB ` +
    `(bundled: ${[...packages].sort().join(', ') || 'none'})`,
)
