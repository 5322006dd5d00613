import { Parser } from 'yaml'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze'
import { MAX_NESTING, tooDeepAt } from './depth'

const tokens = (text: string) => Array.from(new Parser().parse(text))
const at = (text: string) => tooDeepAt(tokens(text))

/** `depth` levels of each collection shape, the outermost at level 1. */
const SHAPES: Record<string, (depth: number) => string> = {
  'flow sequences': (d) => '['.repeat(d) + ']'.repeat(d),
  'flow maps': (d) => '{a: '.repeat(d) + '1' + '}'.repeat(d),
  'block maps': (d) => Array.from({ length: d }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1',
  'block sequences': (d) => '- '.repeat(d) + '1',
}

describe('tooDeepAt', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`${shape}: ${MAX_NESTING} levels pass; one more is refused at the collection past the limit`, () => {
      expect(at(make(MAX_NESTING))).toBe(-1)
      const text = make(MAX_NESTING + 1)
      const offset = at(text)
      expect(offset).toBeGreaterThan(0)
      // The refused collection is the innermost one: nothing inside it is another collection.
      expect(tooDeepAt(tokens(text.slice(offset)), 0)).toBe(0)
    })
  }

  it('counts each document from level 0, and collections inside map keys too', () => {
    const doc = SHAPES['flow sequences']!(MAX_NESTING)
    expect(at(`${doc}\n---\n${doc}\n`)).toBe(-1)
    // The map is level 1 and the key's first bracket level 2: its 500th bracket, at offset 2 + 499, is past it.
    expect(at(`? ${SHAPES['flow sequences']!(MAX_NESTING)}\n: 1\n`)).toBe(2 + MAX_NESTING - 1)
  })

  it('makes the outcome independent of how warm the engine is: the same verdict before and after 300 analyses', () => {
    const text = 'kind: Pod\nspec:\n  x: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n'
    const codes = () => analyze(text).errors.map((e) => [e.code, e.line, e.column])
    const cold = codes()
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: b\n'
    for (let i = 0; i < 300; i++) analyze(pod)
    expect(codes()).toEqual(cold)
    expect(cold).toEqual([['NESTING_TOO_DEEP', 3, 5 + 499]])
  })
})
