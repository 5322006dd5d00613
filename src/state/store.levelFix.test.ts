/** "Make this resource pass" in the app: the same report as the CLI, kept for the status line (issue 11 §4). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAppStore } from './store'

const CHOWN = readFileSync(new URL('../cli/testdata/fix/chown-job.yaml', import.meta.url), 'utf8')

describe('applyLevelFix', () => {
  it('keeps an init container that chowns as root runnable, and says what it left', () => {
    const store = createAppStore(CHOWN)
    store.getState().applyLevelFix(0, 'restricted')
    const { text, levelFix, analysis } = store.getState()
    expect(text).toBe(
      CHOWN.replace(
        '          runAsUser: 0 # chown needs root\n',
        '          runAsUser: 0 # chown needs root\n          allowPrivilegeEscalation: false\n',
      ).replace(
        '      initContainers:\n',
        '      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n      initContainers:\n',
      ),
    )
    expect(analysis.resources[0]!.effective.map((c) => c.refusal)).toEqual([null, null])
    expect(levelFix?.resource).toBe(0)
    expect(levelFix?.level).toBe('restricted')
    expect(levelFix?.passes).toBe(false)
    expect(levelFix?.changes.every((c) => c.effect === 'safe')).toBe(true)
    expect(levelFix?.notFixed.map((u) => u.check)).toEqual([
      'capabilities_restricted',
      'runAsNonRoot',
      'runAsUser',
    ])
  })

  it('judges the kubelet under the image user the app assumes', () => {
    const bare =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: example.com/app:1\n'
    const root = createAppStore(bare)
    root.getState().applyLevelFix(0, 'restricted')
    expect(
      root
        .getState()
        .levelFix?.changes.filter((c) => c.effect === 'may-break')
        .map((c) => c.fix),
    ).toEqual(['run-as-non-root'])
    const nonRoot = createAppStore(bare)
    nonRoot.getState().setOptions({ imageUser: 1000 })
    nonRoot.getState().applyLevelFix(0, 'restricted')
    expect(nonRoot.getState().text).toBe(root.getState().text)
    expect(nonRoot.getState().levelFix?.changes.every((c) => c.effect === 'safe')).toBe(true)
  })
})
