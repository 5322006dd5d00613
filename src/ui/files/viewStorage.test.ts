import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../state/store'
import { loadView, saveView, startViewSave, VIEW_KEY } from './viewStorage'
import { MemoryStorage } from './testKit'

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c}, {name: d}]}\n'

describe('option persistence (view storage)', () => {
  it('saves the options, tab and selection when they change, and loads them back', () => {
    const storage = new MemoryStorage()
    const store = createAppStore(POD)
    startViewSave(store, storage)
    expect(storage.writes).toBe(0)
    store.getState().setOptions({ level: 'baseline', runtime: 'cri-o', imageUser: 1000, version: 'v1.29' })
    store.getState().selectContainer(1)
    store.getState().setSideTab('problems')
    expect(loadView(storage)).toEqual({
      resource: 0,
      container: 1,
      level: 'baseline',
      version: 'v1.29',
      runtime: 'cri-o',
      imageUser: 1000,
      tab: 'problems',
    })
  })

  it('saves the platform and the OpenShift inputs, and loads them back (issue 17)', () => {
    const storage = new MemoryStorage()
    const store = createAppStore(POD)
    startViewSave(store, storage)
    store.getState().setOptions({
      platform: 'openshift',
      openshift: {
        uidRange: '1000750000/10000',
        supplementalGroups: null,
        mcs: 's0:c27,c9',
        grants: ['anyuid'],
      },
    })
    expect(loadView(storage)).toMatchObject({
      platform: 'openshift',
      uidRange: '1000750000/10000',
      mcs: 's0:c27,c9',
      scc: 'anyuid',
    })
    store.getState().setOptions({ platform: 'kubernetes' })
    expect(loadView(storage)).not.toHaveProperty('platform')
    storage.items.set(VIEW_KEY, JSON.stringify({ platform: 'openshift', uidRange: 5, scc: ['anyuid'] }))
    expect(loadView(storage)).toEqual({ platform: 'openshift' })
  })

  it('does not write for changes that leave the view as it was (typing)', () => {
    const storage = new MemoryStorage()
    const store = createAppStore(POD)
    startViewSave(store, storage)
    store.getState().textChanged(POD + '# more\n')
    store.getState().setOptions({ level: 'restricted' }) // the same level: a new object, the same view
    expect(storage.writes).toBe(0)
  })

  it('nothing saved, bad JSON or bad entries: the valid part only, never a throw', () => {
    const storage = new MemoryStorage()
    expect(loadView(storage)).toEqual({})
    storage.items.set(VIEW_KEY, '{not json')
    expect(loadView(storage)).toEqual({})
    storage.items.set(VIEW_KEY, '[1,2]')
    expect(loadView(storage)).toEqual({})
    storage.items.set(VIEW_KEY, JSON.stringify({ level: 'root', runtime: 'cri-o', imageUser: { a: 1 } }))
    expect(loadView(storage)).toEqual({ runtime: 'cri-o' })
    expect(loadView(null)).toEqual({})
  })

  it('storage that throws (private mode, quota) is survived', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(loadView(throwing)).toEqual({})
    expect(() => saveView(throwing, { level: 'baseline' })).not.toThrow()
  })
})
