/** Reviewed fixes under the openshift platform (issue 17 §4): the level fix is followed by the SCC fixes. */
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../core/types'
import { reviewGroups } from './review'
import { createAppStore, type AppStore } from './store'

const OPENSHIFT: AnalyzeOptions = {
  ...DEFAULT_OPTIONS,
  platform: 'openshift',
  openshift: { uidRange: '1000750000/10000', supplementalGroups: null, mcs: null, grants: [] },
}

const WITH_UID = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: quay.io/example/app:1
          securityContext:
            runAsUser: 10000 # the chart's uid
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
`

const planned = (store: AppStore) =>
  vi.waitFor(() => expect(store.getState().review?.progress).toBeNull(), { timeout: 20_000 })

describe('review under openshift', { timeout: 30_000 }, () => {
  it('removes the runAsUser outside the range (may break), and the resource is then admitted', async () => {
    const store = createAppStore(WITH_UID, OPENSHIFT)
    expect(store.getState().analysis.resources[0]!.scc?.status).toBe('rejected')
    store.getState().openReview(0)
    await planned(store)
    const review = store.getState().review!
    const [group] = reviewGroups(review)
    const scc = group!.items.find((i) => i.change.fix === 'scc-remove-run-as-user')!
    expect(scc.change).toMatchObject({ check: 'SCC', effect: 'may-break' })
    expect(group!.passes).toBe(true)
    expect(review.plan!.proposed).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: quay.io/example/app:1
          securityContext:
            # the chart's uid
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
`)
    store.getState().applyReview()
    expect(store.getState().analysis.resources[0]!.scc).toMatchObject({
      status: 'admitted',
      admittedBy: 'restricted-v2',
    })
  })

  it('leaving the SCC change out says SCC admission still rejects the resource', async () => {
    const store = createAppStore(WITH_UID, OPENSHIFT)
    store.getState().openReview(0)
    await planned(store)
    const id = reviewGroups(store.getState().review!)[0]!.items.find((i) => i.change.check === 'SCC')!.change
      .id
    store.getState().toggleReviewChange(id)
    await planned(store)
    const [group] = reviewGroups(store.getState().review!)
    expect(group!.passes).toBe(false)
    expect(group!.notFixed.find((u) => u.check === 'SCC')!.message).toContain(
      '.containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
    )
    expect(store.getState().review!.plan!.proposed).toContain('runAsUser: 10000')
  })
})
