import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS } from '../core/types'
import { load } from './load'

const HELM = readFileSync(new URL('../core/testdata/helm-deployment.yaml', import.meta.url), 'utf8')

describe('load: the first reason an input is unusable, as the app says it', () => {
  it('a Helm template', () => {
    expect(
      load({ file: 'chart/templates/deployment.yaml', text: HELM, error: null }, DEFAULT_OPTIONS),
    ).toEqual({
      file: 'chart/templates/deployment.yaml',
      analysis: null,
      error:
        'chart/templates/deployment.yaml:5:9: This looks like a Helm template: render it with `helm template` first',
    })
  })

  it('a broken document: its first error with the count of the others', () => {
    const text = 'apiVersion: v1\nkind: Pod\nkind: Job\nkind: CronJob\n'
    expect(load({ file: '-', text, error: null }, DEFAULT_OPTIONS).error).toBe(
      '<stdin>:3:1: Map keys must be unique … and 1 more error in this document',
    )
  })
})
