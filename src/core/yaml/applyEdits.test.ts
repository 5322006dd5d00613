import { describe, expect, it } from 'vitest'
import { applyEdits, diffEdit, invertEdits } from './applyEdits'

describe('applyEdits', () => {
  const text = 'a: 1\nb: 2\nc: 3\n'
  const edits = [
    { offset: 3, length: 1, text: '10' },
    { offset: 10, length: 0, text: 'z: 0\n' },
  ]

  it('applies edits whose offsets refer to the original text', () => {
    expect(applyEdits(text, edits)).toBe('a: 10\nb: 2\nz: 0\nc: 3\n')
  })

  it('inverts edits so that undo restores the text byte for byte', () => {
    const after = applyEdits(text, edits)
    expect(applyEdits(after, invertEdits(text, edits))).toBe(text)
  })

  it('diffs two texts into one minimal edit', () => {
    const after = applyEdits(text, edits)
    const edit = diffEdit(text, after)
    expect(edit).toEqual({ offset: 4, length: 5, text: '0\nb: 2\nz: 0' })
    expect(applyEdits(text, [edit!])).toBe(after)
    expect(diffEdit(text, text)).toBeNull()
  })
})

describe('applyEdits at one offset', () => {
  it('puts a later insertion before an earlier one at the same offset, as applying them from the end does', () => {
    const edits = [
      { offset: 2, length: 0, text: 'x' },
      { offset: 2, length: 0, text: 'y' },
      { offset: 0, length: 1, text: 'A' },
      { offset: 4, length: 1, text: '' },
    ]
    expect(applyEdits('abcde', edits)).toBe('Abyxcd')
  })
})
