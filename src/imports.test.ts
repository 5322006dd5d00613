/**
 * No import cycles in src/ or scripts/ (issue 12). Type-only imports are left out: TypeScript erases them, so
 * they order nothing at run time. A regex over the import lines is enough for this code base (no new
 * dependency); `import()` expressions are left out too, as they load after both modules ran.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SOURCE = /\.(ts|tsx|mjs|js)$/
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx']

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path)
    return SOURCE.test(name) && !/\.d\.ts$/.test(name) ? [path] : []
  })
}

/** `import …from './x'`, `export …from './x'`, `import './x'`: the relative ones that exist at run time. */
const STATEMENT = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/g

export function runtimeImports(source: string): string[] {
  const out: string[] = []
  for (const m of source.matchAll(STATEMENT)) {
    const [, , typeOnly, clause, spec] = m
    if (typeOnly) continue
    const named = /\{([^}]*)\}/.exec(clause ?? '')
    const onlyNamed = clause !== undefined && /^\s*\{[^}]*\}\s+from\s+$/.test(clause)
    const names =
      named?.[1]
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? []
    if (onlyNamed && names.length > 0 && names.every((n) => n.startsWith('type '))) continue
    out.push(spec!.replace(/\?.*$/, ''))
  }
  return out
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const ext of EXTENSIONS) {
    const path = base + ext
    try {
      if (statSync(path).isFile()) return path
    } catch {
      // try the next extension
    }
  }
  return null
}

/** The cycles of a graph: Tarjan's strongly connected components with more than one module (or a self-import). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return out
}

describe('imports', () => {
  it('reads run-time imports and skips type-only ones', () => {
    const source = [
      "import { a } from './a'",
      "import type { B } from './b'",
      "import { type C, type D } from './c'",
      "import { type E, f } from './e'",
      "export { g } from './g'",
      "export type { H } from './h'",
      "import './side.css'",
      "import raw from './x.yaml?raw'",
      "import {\n  i,\n  j,\n} from './ij'",
      "import { k } from 'package'",
    ].join('\n')
    expect(runtimeImports(source)).toEqual(['./a', './e', './g', './side.css', './x.yaml', './ij'])
  })

  it('finds a cycle and nothing else', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(cycles(graph)).toEqual([['a', 'b', 'c']])
  })

  it('has no import cycle in src/ or scripts/', () => {
    const graph = new Map<string, string[]>()
    for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))]) {
      const deps = runtimeImports(readFileSync(file, 'utf8')).flatMap(
        (spec) => resolveImport(file, spec) ?? [],
      )
      graph.set(file, deps)
    }
    expect(graph.size).toBeGreaterThan(100)
    expect(cycles(graph).map((c) => c.map((f) => relative(ROOT, f)))).toEqual([])
  })
})
