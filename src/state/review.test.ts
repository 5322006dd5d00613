/** The review slice (issue 13 §4): nothing changes until Apply; unticking re-plans; Apply is one edit. */
import { describe, expect, it } from 'vitest'
import { reviewGroups, WARM_DELAY_MS } from './review'
import type { AnalyzeOptions } from '../core/types'
import { fakeClock } from './fakeClock'
import { createAppStore } from './store'

/** A store on a fake clock (each read 5 ms on), and a way to let its sliced planning run to the end. */
function storeOf(text: string, options?: AnalyzeOptions) {
  const { clock, advance } = fakeClock(5)
  const store = createAppStore(text, options, { clock })
  return { store, planned: () => advance(1) }
}

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

describe('review', { timeout: 30_000 }, () => {
  it('opens with a plan of every failing resource and changes nothing until Apply', () => {
    const { store, planned } = storeOf(TWO)
    store.getState().openReview('all')
    planned()
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

  it('unticking a may-break change keeps its field, lists it unticked, and Apply applies the rest', () => {
    const { store, planned } = storeOf(TWO)
    store.getState().openReview('all')
    planned()
    const host = reviewGroups(store.getState().review!)[0]!.items.find(
      (i) => i.change.fix === 'host-namespaces-false',
    )!
    expect(host.change.effect).toBe('may-break')
    store.getState().toggleReviewChange(host.change.id)
    planned()
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

  it('plans "Fix all" ahead once the text has been quiet, so the dialog opens with its plan', () => {
    // Each clock read moves 5 ms on: planning yields after every few documents, as on a slow machine.
    const { clock, advance } = fakeClock(5)
    const many = Array.from({ length: 30 }, (_, i) => POD(`p${i}`)).join('---\n')
    const store = createAppStore(TWO, undefined, { clock, planAhead: true })
    store.getState().textChanged(many)
    advance(1) // the analysis, itself sliced by the clock
    store.getState().openReview('all')
    // Asked at once, the plan is still being made.
    expect(store.getState().review!.plan).toBeNull()
    expect(store.getState().review!.progress!.total).toBe(30)
    store.getState().cancelReview()
    advance(WARM_DELAY_MS - 10)
    store.getState().openReview('all')
    expect(store.getState().review!.plan).toBeNull()
    store.getState().cancelReview()
    // Quiet for long enough: planned ahead in the background.
    advance(60_000)
    store.getState().openReview('all')
    const review = store.getState().review!
    expect(review.progress).toBeNull()
    expect(review.plan!.resources.map((r) => r.passes)).toEqual(Array<boolean>(30).fill(true))
    // What was planned ahead is what a plan from scratch makes.
    const slow = fakeClock(5)
    const fresh = createAppStore(many, undefined, { clock: slow.clock, planAhead: true })
    fresh.getState().openReview('all')
    expect(fresh.getState().review!.plan).toBeNull()
    slow.advance(1)
    expect(fresh.getState().review!.plan!.proposed).toBe(review.plan!.proposed)
  })

  it('Apply does nothing when the text changed under the review', () => {
    const { store, planned } = storeOf(TWO)
    store.getState().openReview(1)
    planned()
    store.getState().textChanged(`${TWO}# edited\n`)
    store.getState().applyReview()
    expect(store.getState().text).toBe(`${TWO}# edited\n`)
  })
})
