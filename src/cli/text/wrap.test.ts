import { describe, expect, it } from 'vitest'
import { DEFAULT_WIDTH, textWidth, wrap, wrapList } from './wrap'

const longest = (lines: string[]) => Math.max(...lines.map((l) => l.length))

describe('textWidth', () => {
  it('is 100 when stdout is not a terminal, the terminal width otherwise, never below 40', () => {
    expect(textWidth(undefined)).toBe(DEFAULT_WIDTH)
    expect(DEFAULT_WIDTH).toBe(100)
    expect(textWidth(132)).toBe(132)
    expect(textWidth(20)).toBe(40)
    expect(textWidth(0)).toBe(100)
    expect(textWidth(Number.NaN)).toBe(100)
  })
})

describe('wrap', () => {
  it('breaks at spaces with a hanging indent', () => {
    expect(
      wrap('host namespaces (hostNetwork=true, hostPID=true) must not be set', 30, '  ', '    '),
    ).toEqual(['  host namespaces', '    (hostNetwork=true,', '    hostPID=true) must not be', '    set'])
  })

  it('keeps a text that fits on one line as it is', () => {
    expect(wrap('passes restricted:latest', 40, '  ')).toEqual(['  passes restricted:latest'])
  })

  it('cuts a word longer than a whole line, so no line is wider than the width', () => {
    const word = 'x'.repeat(95)
    const lines = wrap(`see ${word} here`, 40, '  ', '    ')
    expect(lines).toEqual([
      '  see',
      `    ${'x'.repeat(36)}`,
      `    ${'x'.repeat(36)}`,
      `    ${'x'.repeat(23)} here`,
    ])
    expect(lines.join('').replace(/ /g, '')).toBe(`see${word}here`)
  })

  it('never exceeds the width on a 1,000-character message', () => {
    const message = Array.from({ length: 120 }, (_, i) => `"volume-${i}",`).join(' ')
    for (const width of [40, 60, 100]) {
      const lines = wrap(message, width, '    ', '      ')
      expect(longest(lines)).toBeLessThanOrEqual(width)
      expect(lines.map((l) => l.trim()).join(' ')).toBe(message)
    }
  })

  it('an empty text is the indent alone', () => {
    expect(wrap('', 40, '  ')).toEqual([''])
  })
})

describe('wrapList', () => {
  it('joins items with ", " and breaks only between items', () => {
    const at = ['"upgrade-ipam" 56:11', '"install-cni" 87:11', '"mount-bpffs" 118:11', '"calico-node" 150:11']
    expect(wrapList(at, 50, '  at ', '     ')).toEqual([
      '  at "upgrade-ipam" 56:11, "install-cni" 87:11,',
      '     "mount-bpffs" 118:11, "calico-node" 150:11',
    ])
  })

  it('an item wider than a line is wrapped inside itself', () => {
    const lines = wrapList(['1:1', 'y'.repeat(50)], 30, '  ')
    expect(longest(lines)).toBeLessThanOrEqual(30)
    expect(lines[0]).toBe('  1:1,')
  })
})
