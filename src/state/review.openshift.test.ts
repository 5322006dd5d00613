/** Reviewed fixes under the openshift platform (issue 17 §4): the level fix is followed by the SCC fixes. */
import { describe, expect, it } from 'vitest'
import { OPENSHIFT, openShiftChart } from '../core/testdata/openshift'
import type { AnalyzeOptions } from '../core/types'
import { reviewGroups } from './review'
import { fakeClock } from './fakeClock'
import { createAppStore } from './store'

const WITH_UID = openShiftChart(`          securityContext:
            runAsUser: 10000 # the chart's uid
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
`)

/** A store on a fake clock (each read 5 ms on), and a way to let its sliced planning run to the end. */
function storeOf(text: string, options?: AnalyzeOptions) {
  const { clock, advance } = fakeClock(5)
  const store = createAppStore(text, options, { clock })
  return { store, planned: () => advance(1) }
}

describe('review under openshift', { timeout: 30_000 }, () => {
  it('removes the runAsUser outside the range (may break), and the resource is then admitted', () => {
    const { store, planned } = storeOf(WITH_UID, OPENSHIFT)
    expect(store.getState().analysis.resources[0]!.scc?.status).toBe('rejected')
    store.getState().openReview(0)
    planned()
    const review = store.getState().review!
    const [group] = reviewGroups(review)
    const scc = group!.items.find((i) => i.change.fix === 'scc-remove-run-as-user')!
    expect(scc.change).toMatchObject({ check: 'SCC', effect: 'may-break' })
    expect(group!.passes).toBe(true)
    expect(review.plan!.proposed).toBe(
      openShiftChart(`          securityContext:
            # the chart's uid
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
`),
    )
    store.getState().applyReview()
    expect(store.getState().analysis.resources[0]!.scc).toMatchObject({
      status: 'admitted',
      admittedBy: 'restricted-v2',
    })
  })

  it('leaving the SCC change out says SCC admission still rejects the resource', () => {
    const { store, planned } = storeOf(WITH_UID, OPENSHIFT)
    store.getState().openReview(0)
    planned()
    const id = reviewGroups(store.getState().review!)[0]!.items.find((i) => i.change.check === 'SCC')!.change
      .id
    store.getState().toggleReviewChange(id)
    planned()
    const [group] = reviewGroups(store.getState().review!)
    expect(group!.passes).toBe(false)
    expect(group!.notFixed.find((u) => u.check === 'SCC')!.message).toContain(
      '.containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
    )
    expect(store.getState().review!.plan!.proposed).toContain('runAsUser: 10000')
  })
})
