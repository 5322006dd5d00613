import { describe, expect, it } from 'vitest'
import { edit, fixture, lines } from '../testdata/kit'

const caps = ['spec', 'containers', 0, 'securityContext', 'capabilities']

describe('planSet: sequences of scalars, item by item', () => {
  const four = fixture('security-context-4.yaml')

  it('appends to a flow sequence, quoting like its items (walkthrough pod 4)', () => {
    const { out, edits } = edit(four, 0, [...caps, 'add'], ['NET_ADMIN', 'SYS_TIME', 'CHOWN'])
    expect(edits).toEqual([{ offset: four.indexOf('"SYS_TIME"') + 10, length: 0, text: ', "CHOWN"' }])
    expect(out).toBe(four.replace('["NET_ADMIN", "SYS_TIME"]', '["NET_ADMIN", "SYS_TIME", "CHOWN"]'))
  })

  it('removes items from a flow sequence with their separator', () => {
    expect(edit(four, 0, [...caps, 'add'], ['SYS_TIME']).out).toBe(four.replace('"NET_ADMIN", ', ''))
    expect(edit(four, 0, [...caps, 'add'], ['NET_ADMIN']).out).toBe(four.replace(', "SYS_TIME"', ''))
  })

  it('inserts where the new value puts an item', () => {
    expect(edit(four, 0, [...caps, 'add'], ['CHOWN', 'NET_ADMIN', 'SYS_TIME']).out).toBe(
      four.replace('["NET_ADMIN"', '["CHOWN", "NET_ADMIN"'),
    )
    expect(edit(four, 0, [...caps, 'add'], ['NET_ADMIN', 'KILL', 'SYS_TIME']).out).toBe(
      four.replace('"NET_ADMIN", "SYS_TIME"', '"NET_ADMIN", "KILL", "SYS_TIME"'),
    )
  })

  it('rewrites a flow sequence that keeps nothing, still in flow style', () => {
    expect(edit(four, 0, [...caps, 'add'], ['KILL']).out).toBe(
      four.replace('["NET_ADMIN", "SYS_TIME"]', '["KILL"]'),
    )
    expect(edit(four, 0, [...caps, 'add'], []).out).toBe(four.replace('["NET_ADMIN", "SYS_TIME"]', '[]'))
  })

  it('edits numbers in a flow sequence (supplementalGroups)', () => {
    const pod = fixture('security-context.yaml')
    const path = ['spec', 'securityContext', 'supplementalGroups']
    expect(edit(pod, 0, path, [4000, 5000]).out).toBe(pod.replace('[4000]', '[4000, 5000]'))
    expect(edit(pod, 0, path, []).out).toBe(pod.replace('[4000]', '[]'))
  })

  it('keeps the bytes and comments of kept block items, appending in the same style', () => {
    const text = fixture('multi-doc.yaml')
    expect(edit(text, 0, [...caps, 'drop'], ['ALL', 'NET_RAW']).out).toBe(
      text.replace(
        '            - ALL # nothing else\n',
        '            - ALL # nothing else\n            - NET_RAW\n',
      ),
    )
    expect(edit(text, 0, [...caps, 'drop'], ['NET_RAW', 'ALL']).out).toBe(
      text.replace(
        '            - ALL # nothing else\n',
        '            - NET_RAW\n            - ALL # nothing else\n',
      ),
    )
  })

  it('removes block items line by line, leaving comments around them', () => {
    const text = lines('caps:', '  drop:', '  # the usual', '  - ALL # all', '  - NET_RAW', '  # end', 'x: 1')
    expect(edit(text, 0, ['caps', 'drop'], ['NET_RAW']).out).toBe(
      lines('caps:', '  drop:', '  # the usual', '  - NET_RAW', '  # end', 'x: 1'),
    )
    expect(edit(text, 0, ['caps', 'drop'], ['ALL', 'KILL']).out).toBe(
      lines('caps:', '  drop:', '  # the usual', '  - ALL # all', '  - KILL', '  # end', 'x: 1'),
    )
    expect(edit(text, 0, ['caps', 'drop'], []).out).toBe(lines('caps:', '  drop: []', '  # end', 'x: 1'))
  })

  it('keeps kubectl-style (unindented) block sequences unindented', () => {
    const text = lines('c:', '- name: a', '  args:', '  - p', '  - q')
    expect(edit(text, 0, ['c', 0, 'args'], ['p', 'q', 'on']).out).toBe(
      lines('c:', '- name: a', '  args:', '  - p', '  - q', '  - "on"'),
    )
    expect(edit(text, 0, ['c', 0, 'args'], ['q']).out).toBe(lines('c:', '- name: a', '  args:', '  - q'))
    // `y` is YAML 1.1 for true: setting the string "y" replaces that item with a quoted one.
    const yes = lines('args:', '- x', '- y')
    expect(edit(yes, 0, ['args'], ['x', 'y']).out).toBe(lines('args:', '- x', '- "y"'))
  })

  it('edits multi-line JSON arrays, trailing commas included', () => {
    const json = lines('{"add": [', '  "NET_ADMIN",', '  "SYS_TIME"', ']}')
    expect(edit(json, 0, ['add'], ['NET_ADMIN', 'SYS_TIME', 'CHOWN']).out).toBe(
      lines('{"add": [', '  "NET_ADMIN",', '  "SYS_TIME",', '  "CHOWN"', ']}'),
    )
    expect(edit(json, 0, ['add'], ['SYS_TIME']).out).toBe(lines('{"add": [', '  "SYS_TIME"', ']}'))
    const trailing = lines('add: [', '  NET_ADMIN,', '  SYS_TIME,', ']')
    expect(edit(trailing, 0, ['add'], ['NET_ADMIN', 'SYS_TIME', 'KILL']).out).toBe(
      lines('add: [', '  NET_ADMIN,', '  SYS_TIME,', '  KILL,', ']'),
    )
    expect(edit(trailing, 0, ['add'], ['NET_ADMIN']).out).toBe(lines('add: [', '  NET_ADMIN,', ']'))
  })

  it('edits sysctls item by item', () => {
    const text = lines(
      'spec:',
      '  securityContext:',
      '    sysctls:',
      '    - name: kernel.shm_rmid_forced # safe',
      '      value: "0"',
      '    - name: net.core.somaxconn',
      '      value: "1024"',
    )
    const path = ['spec', 'securityContext', 'sysctls']
    const shm = { name: 'kernel.shm_rmid_forced', value: '0' }
    expect(
      edit(text, 0, path, [shm, { name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }]).out,
    ).toBe(
      lines(
        'spec:',
        '  securityContext:',
        '    sysctls:',
        '    - name: kernel.shm_rmid_forced # safe',
        '      value: "0"',
        '    - name: net.ipv4.ip_local_port_range',
        '      value: 1024 65535',
      ),
    )
    expect(edit(text, 0, path, [{ name: 'net.core.somaxconn', value: '1024' }]).out).toBe(
      lines(
        'spec:',
        '  securityContext:',
        '    sysctls:',
        '    - name: net.core.somaxconn',
        '      value: "1024"',
      ),
    )
  })
})
