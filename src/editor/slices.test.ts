import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sliceEnds } from './slices'

const pieces = (text: string, ends: number[]) => ends.map((e, i) => text.slice(i === 0 ? 0 : ends[i - 1], e))

describe('sliceEnds', () => {
  it('keeps a short text whole', () => {
    expect(sliceEnds('a: 1\n', 16)).toEqual([5])
    expect(sliceEnds('', 16)).toEqual([0])
  })

  it('cuts after the last line break before the limit', () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd\n'
    expect(pieces(text, sliceEnds(text, 12))).toEqual(['aaaa\nbbbb\n', 'cccc\ndddd\n'])
  })

  it('cuts a long line at the limit, never between \\r and \\n or inside a surrogate pair', () => {
    expect(pieces('abc\r\ndef', sliceEnds('abc\r\ndef', 4))).toEqual(['abc', '\r\nde', 'f'])
    const emoji = 'ab😀cd'
    expect(pieces(emoji, sliceEnds(emoji, 3))).toEqual(['ab', '😀c', 'd'])
  })

  it('rejects a slice size that cannot make progress', () => {
    expect(() => sliceEnds('abc', 1)).toThrow('slice size 1 is too small')
  })

  it('slices of any text join back to it, each within the size, none cutting a pair', () => {
    const unit = fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '😀', 'é', ' ')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), fc.integer({ min: 2, max: 40 }), (units, size) => {
        const text = units.join('')
        const ends = sliceEnds(text, size)
        const parts = pieces(text, ends)
        expect(parts.join('')).toBe(text)
        expect(ends.at(-1)).toBe(text.length)
        for (const [i, p] of parts.entries()) {
          expect(p.length).toBeLessThanOrEqual(size)
          if (i < parts.length - 1) expect(p.length).toBeGreaterThan(0)
        }
        for (const e of ends.slice(0, -1)) {
          expect(text.slice(e - 1, e + 1)).not.toBe('\r\n')
          expect(/[\ud800-\udbff]/.test(text[e - 1]!) && /[\udc00-\udfff]/.test(text[e]!)).toBe(false)
        }
      }),
    )
  })
})
