import { describe, expect, it } from 'vitest'
import { bigStream } from '../../scripts/bench/fixtures'
import { selectReadOnly } from './selectors'
import { fakeClock } from './fakeClock'
import { createAppStore, SLICE_MS } from './store'

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  securityContext:
    runAsUser: 1000
  containers:
  - name: app
    image: busybox
`

const settled = (store: ReturnType<typeof createAppStore>) =>
  new Promise<void>((resolve) => {
    const check = () => (store.getState().pending === null ? resolve() : setTimeout(check, 5))
    check()
  })

describe('app store', () => {
  it('a small text is analysed at once: forms see it in the same call', () => {
    const store = createAppStore(POD)
    store.getState().textChanged(POD.replace('1000', '2000'))
    const s = store.getState()
    expect(s.pending).toBeNull()
    expect(s.analysis.resources[0]!.effective[0]!.process!.uid).toBe(2000)
  })

  it('while the editor loads a big paste, form edits wait and the forms are read-only', () => {
    const store = createAppStore(POD)
    const pod = { resource: 0, level: 'pod' } as const
    store.getState().textLoading({ done: 262_144, total: 10_000_000 })
    expect(selectReadOnly(store.getState())).toBe(true)
    store.getState().setField(pod, ['runAsGroup'], 3000)
    expect(store.getState().text).toBe(POD)
    store.getState().textLoading(null)
    expect(selectReadOnly(store.getState())).toBe(false)
    store.getState().setField(pod, ['runAsGroup'], 3000)
    expect(store.getState().text).toBe(
      POD.replace('    runAsUser: 1000\n', '    runAsUser: 1000\n    runAsGroup: 3000\n'),
    )
  })

  it('a reveal asked for before the editor is there happens when it arrives', () => {
    const store = createAppStore(POD)
    store.getState().reveal(42)
    const revealed: number[] = []
    store.getState().setBridge({ applyEdits: () => {}, reveal: (o) => revealed.push(o) })
    expect(revealed).toEqual([42])
    store.getState().reveal(7)
    expect(revealed).toEqual([42, 7])
  })

  it('a form edit is one minimal text edit; clearing the last field removes securityContext', () => {
    const store = createAppStore(POD)
    const pod = { resource: 0, level: 'pod' } as const
    store.getState().setField(pod, ['runAsGroup'], 3000)
    expect(store.getState().text).toBe(
      POD.replace('    runAsUser: 1000\n', '    runAsUser: 1000\n    runAsGroup: 3000\n'),
    )
    store.getState().setField(pod, ['runAsGroup'], undefined)
    store.getState().setField(pod, ['runAsUser'], undefined)
    expect(store.getState().text).toBe(POD.replace('  securityContext:\n    runAsUser: 1000\n', ''))
  })

  it(`a big paste is analysed in slices of about ${SLICE_MS} ms; forms stay read-only until it is done`, async () => {
    // Each clock read moves 10 ms on: a slice ends after a few steps, whatever the machine's speed.
    const { clock, advance } = fakeClock(10)
    const store = createAppStore(POD, undefined, { clock })
    const big = bigStream(120)
    store.getState().textChanged(big)
    const s = store.getState()
    expect(s.text).toBe(big)
    expect(s.pending).not.toBeNull()
    store.getState().setField({ resource: 0, level: 'pod' }, ['runAsUser'], 1) // refused: stale offsets
    expect(store.getState().text).toBe(big)
    advance(1)
    expect(store.getState().pending).toBeNull()
    expect(store.getState().analysis.text).toBe(big)
    expect(store.getState().analysis.resources).toHaveLength(120)
  })

  it('a keystroke is one store update, text and analysis together', () => {
    const store = createAppStore(POD)
    const seen: [string, string][] = []
    store.subscribe((s) => seen.push([s.text, s.analysis.text]))
    const typed = POD.replace('runAsUser: 1000', 'runAsUser: 10001')
    store.getState().textChanged(typed)
    expect(seen).toEqual([[typed, typed]])
  })

  it('an option changed while the text is broken re-analyses the last good text in slices, not at once', () => {
    const { clock, advance } = fakeClock(10)
    const big = bigStream(40)
    const store = createAppStore(big, undefined, { clock })
    store.getState().textChanged(`${big}\n: [`)
    advance(1)
    expect(store.getState().analysis.errors.length).toBeGreaterThan(0)
    store.getState().setOptions({ runtime: 'cri-o' })
    expect(store.getState().options.runtime).toBe('cri-o')
    expect(store.getState().lastGood.options.runtime).toBe('containerd')
    advance(1)
    expect(store.getState().lastGood.options.runtime).toBe('cri-o')
    expect(store.getState().lastGood.text).toBe(big)
  })

  it('typing during a slow analysis ends with the analysis of the newest text', async () => {
    const store = createAppStore(POD)
    const big = bigStream(60)
    store.getState().textChanged(big)
    const edited = big.replace('replicas: 1', 'replicas: 4')
    store.getState().textChanged(edited)
    await settled(store)
    expect(store.getState().analysis.text).toBe(edited)
  })

  it('changing an option re-analyses; the runtime changes the capability figures', async () => {
    const store = createAppStore(POD.replace('    runAsUser: 1000\n', '    runAsUser: 0\n'))
    store.getState().setOptions({ runtime: 'cri-o' })
    await settled(store)
    expect(store.getState().analysis.resources[0]!.effective[0]!.process!.status.CapEff).toBe(
      '00000000000005fb',
    )
  })
})
