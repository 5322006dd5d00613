import { describe, expect, it } from 'vitest'
import { applyEdits } from '../core/yaml'
import { changedRanges } from './changedRanges'

describe('changedRanges', () => {
  it('maps each edit to its new text in the edited text, whatever order the edits come in', () => {
    const before = 'a: 1\nb: 2\nc: 3\n'
    const edits = [
      { offset: 15, length: 0, text: 'd: 4\n' },
      { offset: 3, length: 1, text: '100' },
      { offset: 5, length: 5, text: '' },
    ]
    const after = applyEdits(before, edits)
    expect(after).toBe('a: 100\nc: 3\nd: 4\n')
    const ranges = changedRanges(edits)
    expect(ranges.map(([s, e]) => after.slice(s, e))).toEqual(['100', '', 'd: 4\n'])
    expect(ranges[1]).toEqual([7, 7]) // the deleted line was where `c: 3` now starts
  })

  it('no edits, no ranges', () => {
    expect(changedRanges([])).toEqual([])
  })
})
