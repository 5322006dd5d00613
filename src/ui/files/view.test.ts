import { describe, expect, it } from 'vitest'
import { lines } from '../../core/testdata/kit'
import { createAppStore } from '../../state/store'
import { worthKeeping } from './openedShare'
import { SOME_VIEW } from './testKit'
import { applyView, optionsOf, parseView, startView, viewOf } from './view'

const TWO = lines(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: { name: one }',
  'spec: { containers: [{ name: a }] }',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: { name: two }',
  'spec: { initContainers: [{ name: i }], containers: [{ name: b }] }',
)

describe('parseView', () => {
  const from = (r: Record<string, string>) => parseView((k) => r[k])

  it('takes every valid entry', () => {
    expect(
      from({
        resource: '3',
        container: '0',
        level: 'privileged',
        version: 'v1.25',
        runtime: 'containerd',
        imageUser: '65534',
        tab: 'learn',
      }),
    ).toEqual({
      resource: 3,
      container: 0,
      level: 'privileged',
      version: 'v1.25',
      runtime: 'containerd',
      imageUser: 65534,
      tab: 'learn',
    })
  })

  it('leaves out what does not check out, one entry at a time', () => {
    expect(
      from({
        resource: '1.5',
        container: ' 2',
        level: 'Restricted',
        version: 'v1.030',
        runtime: 'docker',
        imageUser: '-1',
        tab: 'Problems',
      }),
    ).toEqual({})
    expect(from({ imageUser: '2147483648', resource: '9999999', version: 'v1.99' })).toEqual({
      version: 'v1.99', // newer than known: evaluated as the newest, the label kept (as PSA does)
    })
    expect(from({ tab: 'x'.repeat(100) })).toEqual({})
    // Only the catalogue's names; custom is the absence of an image.
    expect(from({ image: 'alpine' })).toEqual({})
    expect(from({ image: 'custom', imageUser: '5' })).toEqual({ imageUser: 5 })
    expect(from({ image: 'distroless-nonroot' })).toEqual({ image: 'distroless-nonroot' })
  })
})

describe('parseView: the OpenShift entries (issue 17)', () => {
  const from = (r: Record<string, string>) => parseView((k) => r[k])

  it('takes a valid platform, uid range, MCS level and grant presets', () => {
    expect(
      from({
        platform: 'openshift',
        uidRange: '1000750000/10000',
        mcs: 's0:c27,c9',
        scc: 'anyuid,nonroot-v2',
      }),
    ).toEqual({
      platform: 'openshift',
      uidRange: '1000750000/10000',
      mcs: 's0:c27,c9',
      scc: 'nonroot-v2,anyuid',
    })
    expect(from({ platform: 'kubernetes', scc: '' })).toEqual({ platform: 'kubernetes', scc: '' })
  })

  it('leaves out what does not check out, one entry at a time', () => {
    expect(
      from({ platform: 'OpenShift', uidRange: '1000750000-1000759999', mcs: 'c27,c9', scc: 'anyuid,root' }),
    ).toEqual({})
    expect(from({ uidRange: 'x/10', mcs: 's0:c1,', scc: 'anyuid,anyuid' })).toEqual({})
  })
})

describe('startView', () => {
  const saved = { resource: 1, container: 1, level: 'baseline', tab: 'problems' } as const

  it('a reload of the saved work keeps the whole saved view, selection included', () => {
    expect(startView('autosave', saved, null)).toEqual(saved)
  })

  it('another text (the example, a lesson) keeps the options and tab, not the selection', () => {
    expect(startView('default', saved, null)).toEqual({ level: 'baseline', tab: 'problems' })
    expect(startView('lesson', saved, null)).toEqual({ level: 'baseline', tab: 'learn' })
  })

  it("a share link's view wins; an old link (no view) keeps the receiver's options", () => {
    expect(startView('share', saved, { level: 'restricted', resource: 0 })).toEqual({
      level: 'restricted',
      resource: 0,
      tab: 'problems',
      platform: 'kubernetes',
    })
    expect(startView('share', saved, {})).toEqual({
      level: 'baseline',
      tab: 'problems',
      platform: 'kubernetes',
    })
  })

  it('a link without a platform opens under Kubernetes, whatever platform this browser saved (issue 17)', () => {
    const openshift = { ...saved, platform: 'openshift', uidRange: '1000750000/10000' } as const
    const view = startView('share', openshift, { level: 'restricted' })
    expect(optionsOf(view).platform).toBe('kubernetes')
    expect(optionsOf(startView('share', openshift, { platform: 'openshift' })).platform).toBe('openshift')
    // Reopening the saved work (no link) keeps the saved platform.
    expect(optionsOf(startView('autosave', openshift, null)).platform).toBe('openshift')
  })

  it('a shared image user without an image (custom, or a link from before the picker) drops the saved image', () => {
    const mine = { image: 'nginx', imageUser: 0 }
    expect(startView('share', mine, { imageUser: 1000 })).toEqual({ imageUser: 1000, platform: 'kubernetes' })
    expect(startView('share', mine, { image: 'postgres', imageUser: 0 })).toEqual({
      image: 'postgres',
      imageUser: 0,
      platform: 'kubernetes',
    })
  })
})

describe('viewOf / applyView', () => {
  it('round trip through a store: the view shown is the view applied', () => {
    const store = createAppStore(TWO)
    const view = SOME_VIEW
    applyView(store, view)
    expect(viewOf(store.getState())).toEqual(view)
    const nginx = { ...view, image: 'nginx', imageUser: 0 }
    applyView(store, nginx)
    expect(store.getState().options.image).toBe('nginx')
    expect(viewOf(store.getState())).toEqual(nginx)
    // An old link's view (an image user, no image) is the custom image again.
    applyView(store, { imageUser: 1000 })
    expect(store.getState().options.image).toBeUndefined()
  })

  it('does not re-analyse when the options are already the ones shown', () => {
    const store = createAppStore(TWO)
    const before = store.getState().analysis
    applyView(store, { level: 'restricted', resource: 1 })
    expect(store.getState().analysis).toBe(before)
    expect(store.getState().selectedResource).toBe(1)
  })

  it('round trip of the OpenShift view; nothing OpenShift is written under Kubernetes', () => {
    const store = createAppStore(TWO)
    expect(viewOf(store.getState())).not.toHaveProperty('platform')
    const view = {
      platform: 'openshift',
      uidRange: '1000000000/5000',
      mcs: 's0:c1,c2',
      scc: 'anyuid',
    } as const
    applyView(store, view)
    expect(store.getState().options).toMatchObject({
      platform: 'openshift',
      openshift: { uidRange: '1000000000/5000', mcs: 's0:c1,c2', grants: ['anyuid'] },
    })
    expect(viewOf(store.getState())).toMatchObject(view)
    const before = store.getState().analysis
    applyView(store, { ...view }) // equal by value: no re-analysis
    expect(store.getState().analysis).toBe(before)
    applyView(store, { platform: 'openshift', scc: '' }) // defaults: no range, no MCS, restricted-v2 only
    expect(viewOf(store.getState())).toMatchObject({ platform: 'openshift', scc: '' })
    expect(viewOf(store.getState())).not.toHaveProperty('uidRange')
  })

  it('an index past the end is clamped by the store', () => {
    const store = createAppStore(TWO)
    applyView(store, { resource: 7, container: 9 })
    expect(store.getState()).toMatchObject({ selectedResource: 1, selectedContainer: 1 })
  })
})

describe('worthKeeping (the text a share link replaced)', () => {
  it('keeps real other work only', () => {
    expect(worthKeeping('my work\n', 'shared\n', 'example\n')).toBe(true)
    expect(worthKeeping(null, 'shared\n', 'example\n')).toBe(false)
    expect(worthKeeping('  \n', 'shared\n', 'example\n')).toBe(false)
    expect(worthKeeping('shared\n', 'shared\n', 'example\n')).toBe(false)
    expect(worthKeeping('example\n', 'shared\n', 'example\n')).toBe(false)
  })
})
