import { describe, expect, it } from 'vitest'
import { wrapTable } from './table'

const rows = [
  ['FIELD', 'VALUE', 'SOURCE', 'WHY'],
  ['runAsUser', '0', 'image', "unset: the image's USER, assumed to be root (uid 0)"],
  ['privileged', 'true', 'container', ''],
]

describe('wrapTable', () => {
  it('aligns the columns and wraps the last one in place when there is room', () => {
    expect(wrapTable(rows, { width: 60, indent: '  ', minLast: 20 })).toEqual([
      '  FIELD       VALUE  SOURCE     WHY',
      "  runAsUser   0      image      unset: the image's USER,",
      '                                assumed to be root (uid 0)',
      '  privileged  true   container',
    ])
  })

  it('puts the last cell below its row when the others leave it too little room', () => {
    expect(wrapTable(rows, { width: 40, indent: '  ', minLast: 20, belowPrefix: 'why: ' })).toEqual([
      '  FIELD       VALUE  SOURCE',
      '  runAsUser   0      image',
      "    why: unset: the image's USER,",
      '         assumed to be root (uid 0)',
      '  privileged  true   container',
    ])
  })

  it('wraps a cell wider than maxColumn inside its column', () => {
    const lines = wrapTable(
      [
        ['KEY', 'VALUE'],
        ['capabilities.add', 'NET_ADMIN SYS_ADMIN NET_RAW SYS_TIME'],
      ],
      { width: 40, maxColumn: 10, minLast: 10 },
    )
    expect(lines).toEqual([
      'KEY         VALUE',
      'capabiliti  NET_ADMIN SYS_ADMIN NET_RAW',
      'es.add      SYS_TIME',
    ])
  })
})

describe('wrapTable on a narrow terminal', () => {
  it('the widest columns give way so that no line is wider than the width', () => {
    const lines = wrapTable(
      [
        ['FIELD', 'VALUE', 'SOURCE', 'WHY'],
        ['windowsOptions.gmsaCredentialSpecName', 'unset', 'default', 'unset: no GMSA credential spec'],
      ],
      { width: 40, indent: '    ', belowPrefix: 'why: ' },
    )
    expect(lines).toEqual([
      '    FIELD                 VALUE  SOURCE',
      '    windowsOptions.gmsaC  unset  default',
      '    redentialSpecName',
      '      why: unset: no GMSA credential',
      '           spec',
    ])
  })
})
