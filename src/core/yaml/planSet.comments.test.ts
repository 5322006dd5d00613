import { describe, expect, it } from 'vitest'
import { edit, lines } from '../testdata/kit'
import { commentsIn } from './comments'

const keep = { keepComments: true }

describe('planSet keepComments: a delete keeps every comment of the lines it removes', () => {
  it('moves a same-line comment to a line of its own at the key column', () => {
    const text = lines('ports:', '- containerPort: 9100', '  hostPort: 9100 # scraped on the node IP', 'x: 1')
    expect(edit(text, 0, ['ports', 0, 'hostPort'], undefined, keep).out).toBe(
      lines('ports:', '- containerPort: 9100', '  # scraped on the node IP', 'x: 1'),
    )
    // Without the option a removed line takes its comment with it (form edits).
    expect(edit(text, 0, ['ports', 0, 'hostPort'], undefined).out).toBe(
      lines('ports:', '- containerPort: 9100', 'x: 1'),
    )
  })

  it('keeps comment lines inside a removed map, and the comment lines above it', () => {
    const text = lines(
      'sc:',
      '  # needed for routes',
      '  capabilities:',
      '    add:',
      '    - NET_ADMIN # routes',
      '    # and BPF',
      '    - BPF',
      '  runAsUser: 1',
    )
    expect(edit(text, 0, ['sc', 'capabilities'], undefined, keep).out).toBe(
      lines('sc:', '  # needed for routes', '  # routes', '    # and BPF', '  runAsUser: 1'),
    )
  })

  it('keeps the comment of a removed first key of a list item above the item', () => {
    const text = lines('ports:', '- hostPort: 80 # node port', '  containerPort: 80')
    expect(edit(text, 0, ['ports', 0, 'hostPort'], undefined, keep).out).toBe(
      lines('ports:', '  # node port', '- containerPort: 80'),
    )
  })

  it('keeps CRLF line endings', () => {
    const text = 'a: 1\r\nb: 2 # why\r\nc: 3\r\n'
    expect(edit(text, 0, ['b'], undefined, keep).out).toBe('a: 1\r\n# why\r\nc: 3\r\n')
  })

  it('keeps the comment of the last line of a text without a final line break', () => {
    const text = 'a: 1\nb: 2 # why'
    expect(edit(text, 0, ['b'], undefined, keep).out).toBe('a: 1\n# why')
  })

  it('keeps comments when the emptied map stays as {}', () => {
    const text = lines('sc:', '  privileged: true # eBPF', 'x: 1')
    expect(edit(text, 0, ['sc', 'privileged'], undefined, keep).out).toBe(lines('sc: {}', '  # eBPF', 'x: 1'))
  })

  it('tells comments from # inside scalars', () => {
    const text = lines('a: "x # no" # yes', 'b: |', '  # no', 'c: a#b', "d: 'it''s' #also")
    expect(commentsIn(text).map((c) => c.text)).toEqual(['# yes', '#also'])
  })
})

describe('planSet: a sequence item whose scalar changes keeps its place', () => {
  it('upper-cases `- all` in place, at its column, with its comment', () => {
    const text = lines('caps:', '  drop:', '  - all # every capability', 'x: 1')
    expect(edit(text, 0, ['caps', 'drop'], ['ALL']).out).toBe(
      lines('caps:', '  drop:', '  - ALL # every capability', 'x: 1'),
    )
  })

  it('replaces the changed item only: the others and every comment stay', () => {
    const text = lines('drop:', '- NET_RAW # raw sockets', '- all # every capability')
    expect(edit(text, 0, ['drop'], ['NET_RAW', 'ALL']).out).toBe(
      lines('drop:', '- NET_RAW # raw sockets', '- ALL # every capability'),
    )
  })
})
