import { describe, expect, it } from 'vitest'
import { lines } from '../core/testdata/kit'
import { createAppStore } from './store'

const BUNDLE = lines(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: { name: one }',
  'spec:',
  '  containers:',
  '  - name: a',
  '    image: x',
  '  - name: b',
  '    image: y',
  '---',
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata: { name: two }',
  'spec:',
  '  template:',
  '    spec:',
  '      initContainers:',
  '      - name: init',
  '        image: z',
  '      containers:',
  '      - name: main',
  '        image: w',
)
const at = (needle: string) => BUNDLE.indexOf(needle)

describe('store.cursorMoved (lockstep)', () => {
  it('selects the resource and container under the cursor', () => {
    const store = createAppStore(BUNDLE)
    store.getState().cursorMoved(at('name: b'))
    expect(store.getState()).toMatchObject({ selectedResource: 0, selectedContainer: 1 })
    store.getState().cursorMoved(at('name: main'))
    expect(store.getState()).toMatchObject({ selectedResource: 1, selectedContainer: 1 })
  })

  it('on the pod level keeps the container of the same resource, and takes the first of another', () => {
    const store = createAppStore(BUNDLE)
    store.getState().cursorMoved(at('name: b'))
    store.getState().cursorMoved(at('spec:'))
    expect(store.getState()).toMatchObject({ selectedResource: 0, selectedContainer: 1 })
    store.getState().cursorMoved(at('kind: Job'))
    expect(store.getState()).toMatchObject({ selectedResource: 1, selectedContainer: 0 })
  })

  it('changes nothing (no update at all) when the selection stays, or outside every resource', () => {
    const store = createAppStore(BUNDLE)
    let updates = 0
    store.subscribe(() => updates++)
    store.getState().cursorMoved(at('name: a'))
    store.getState().cursorMoved(at('image: x'))
    store.getState().cursorMoved(at('---'))
    expect(updates).toBe(0)
  })

  it('ignores the cursor while the text is broken (offsets of a stale analysis mean nothing)', () => {
    const store = createAppStore(BUNDLE)
    store.getState().textChanged(BUNDLE + 'oops: [\n')
    store.getState().cursorMoved(at('name: main'))
    expect(store.getState().selectedResource).toBe(0)
  })
})

describe('store.setSideTab', () => {
  it('starts on effective and keeps what it is given', () => {
    const store = createAppStore('')
    expect(store.getState().sideTab).toBe('effective')
    store.getState().setSideTab('problems')
    expect(store.getState().sideTab).toBe('problems')
  })
})
