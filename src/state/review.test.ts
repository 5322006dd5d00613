/** The review slice (issue 13 §4): nothing changes until Apply; unticking re-plans; Apply is one edit. */
import { describe, expect, it, vi } from 'vitest'
import { reviewGroups } from './review'
import { createAppStore, type AppStore } from './store'

/** Planning runs in slices of about 40 ms: wait for it to finish. */
const planned = (store: AppStore) =>
  vi.waitFor(() => expect(store.getState().review?.progress).toBeNull(), { timeout: 20_000 })

const POD = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:${extra}
  containers:
  - name: app
    image: busybox
`
const TWO = `${POD('a', '\n  hostNetwork: true')}---\n${POD('b')}`

describe('review', async () => {
  it('opens with a plan of every failing resource and changes nothing until Apply', async () => {
    const store = createAppStore(TWO)
    store.getState().openReview('all')
    await planned(store)
    const review = store.getState().review!
    expect(review.plan!.resources.map((r) => [r.resource, r.passes])).toEqual([
      [0, true],
      [1, true],
    ])
    expect(store.getState().text).toBe(TWO)
    store.getState().cancelReview()
    expect(store.getState().review).toBeNull()
    expect(store.getState().text).toBe(TWO)
  })

  it('unticking a may-break change keeps its field, lists it unticked, and Apply applies the rest', async () => {
    const store = createAppStore(TWO)
    store.getState().openReview('all')
    await planned(store)
    const host = reviewGroups(store.getState().review!)[0]!.items.find(
      (i) => i.change.fix === 'host-namespaces-false',
    )!
    expect(host.change.effect).toBe('may-break')
    store.getState().toggleReviewChange(host.change.id)
    await planned(store)
    const review = store.getState().review!
    expect(review.plan!.proposed).toContain('hostNetwork: true')
    const item = reviewGroups(review)[0]!.items.find((i) => i.change.id === host.change.id)!
    expect(item).toMatchObject({ ticked: false, made: false })
    expect(reviewGroups(review)[0]!.notFixed.map((u) => u.check)).toContain('hostNamespaces')
    store.getState().applyReview()
    const { text, review: closed, analysis } = store.getState()
    expect(closed).toBeNull()
    expect(text).toBe(review.plan!.proposed)
    expect(analysis.resources.map((r) => r.pss.allowed)).toEqual([false, true])
  })

  it('Apply does nothing when the text changed under the review', async () => {
    const store = createAppStore(TWO)
    store.getState().openReview(1)
    await planned(store)
    store.getState().textChanged(`${TWO}# edited\n`)
    store.getState().applyReview()
    expect(store.getState().text).toBe(`${TWO}# edited\n`)
  })
})
