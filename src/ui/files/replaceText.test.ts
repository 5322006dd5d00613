import { describe, expect, it } from 'vitest'
import type { TextEdit } from '../../core/types'
import { applyEdits } from '../../core/yaml'
import { createAppStore } from '../../state/store'
import { documentName } from './documentName'
import { replaceText } from './replaceText'

describe('replaceText', () => {
  it('without an editor, sets the store text', () => {
    const store = createAppStore('a: 1\n')
    replaceText(store, 'b: 2\n')
    expect(store.getState().text).toBe('b: 2\n')
  })

  it('with an editor, sends ONE edit that turns the old text into the new one', () => {
    const store = createAppStore('kind: Pod\nspec: {}\n')
    const calls: TextEdit[][] = []
    store.getState().setBridge({ applyEdits: (e) => void calls.push([...e]) })
    replaceText(store, 'kind: Deployment\nspec: {}\n')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toHaveLength(1)
    expect(applyEdits('kind: Pod\nspec: {}\n', calls[0]!)).toBe('kind: Deployment\nspec: {}\n')
  })

  it('sends nothing when the text is already there', () => {
    const store = createAppStore('a: 1\n')
    const calls: unknown[] = []
    store.getState().setBridge({ applyEdits: (e) => void calls.push(e) })
    replaceText(store, 'a: 1\n')
    expect(calls).toEqual([])
  })

  it('remembers the name of an opened file for Download; any other replacement forgets it', () => {
    const store = createAppStore('a: 1\n')
    expect(documentName(store)).toBeNull()
    replaceText(store, '{"kind": "Pod"}\n', 'pod.json')
    expect(documentName(store)).toBe('pod.json')
    // Editing the text keeps it: it is still that file.
    store.getState().applyEdits([{ offset: 1, length: 0, text: ' ' }])
    expect(documentName(store)).toBe('pod.json')
    replaceText(store, 'kind: Deployment\n')
    expect(documentName(store)).toBeNull()
    // Opening a file whose text is already there still names it.
    replaceText(store, 'kind: Deployment\n', 'deploy.yaml')
    expect(documentName(store)).toBe('deploy.yaml')
    expect(documentName(createAppStore('a: 1\n'))).toBeNull()
  })
})
