import { describe, expect, it } from 'vitest'
import { BUNDLE_WORKLOADS, installBundle } from '../core/testdata/bundle'
import { createAppStore } from './store'

const settled = (store: ReturnType<typeof createAppStore>) =>
  new Promise<void>((resolve) => {
    const check = () => (store.getState().pending === null ? resolve() : setTimeout(check, 5))
    check()
  })

describe('app store: an install bundle with a 1.4 MB CustomResourceDefinition', () => {
  it('shows every workload verdict; the big document gets a note, not an error, and is never parsed', async () => {
    const store = createAppStore('')
    const bundle = installBundle()
    store.getState().textChanged(bundle)
    await settled(store)
    const { analysis, lastGood } = store.getState()
    expect(analysis.text).toBe(bundle)
    expect(analysis.errors).toEqual([])
    expect(lastGood).toBe(analysis) // the forms are not held back behind a banner
    expect(analysis.resources.map((r) => [r.resource.kind, r.resource.name, r.pss.allowed])).toEqual(
      BUNDLE_WORKLOADS,
    )
    const notes = analysis.problems.filter((p) => p.source === 'yaml')
    expect(notes.map((p) => [p.code, p.severity])).toEqual([['YAML_NOT_PARSED_IN_FULL', 'info']])
    // Parsing it would be one task of about half a second (the no-freeze budget is 200 ms): it is only skimmed.
    expect(analysis.stream.docs[10]!.parsed.doc).toBeNull()

    // A keystroke in a workload after it: re-analysed at once, the big document reused as it was.
    const at = bundle.indexOf('runAsUser: 1000') + 'runAsUser: 1000'.length
    store.getState().textChanged(bundle.slice(0, at) + '7' + bundle.slice(at))
    await settled(store)
    const next = store.getState().analysis
    expect(next.stream.docs[10]!.parsed).toBe(analysis.stream.docs[10]!.parsed)
    expect(next.resources[0]!.effective[0]!.process!.uid).toBe(10007)
  }, 30_000)
})
