import { describe, expect, it } from 'vitest'
import { BEYOND_INT64 } from '../../../scripts/bench/fixtures'
import { DEFAULT_OPTIONS } from '../types'
import { findResources, parseStream } from '../yaml'
import { lintResource } from './index'

describe('IDs JavaScript cannot hold exactly', () => {
  it('get no identity advice: the API server rejects them, and their rounded value is not what was written', () => {
    const r = findResources(parseStream(BEYOND_INT64))[0]!
    expect(lintResource(r, DEFAULT_OPTIONS).map((f) => f.code)).toEqual(['LINT_READ_ONLY_ROOT_FS'])
    const low = findResources(parseStream(BEYOND_INT64.replace('9223372036854775808', '1000')))[0]!
    expect(lintResource(low, DEFAULT_OPTIONS).map((f) => f.code)).toEqual([
      'LINT_READ_ONLY_ROOT_FS',
      'LINT_GID_ROOT_DEFAULT',
      'LINT_LOW_ID',
    ])
  })
})
