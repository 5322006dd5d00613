import { describe, expect, it, vi } from 'vitest'
import { analyze, type Analysis } from '../../core/analyze'
import type { Problem, ProblemSource } from '../../core/types'
import { createAppStore } from '../../state/store'
import { groupProblems, staleAnalysis } from './groupProblems'

const p = (code: string, source: ProblemSource, resource: number | null): Problem => ({
  code,
  source,
  severity: 'error',
  message: code,
  path: '',
  nodePath: [],
  range: [0, 0],
  resource,
  fixes: [],
})

describe('groupProblems', () => {
  it('keeps stream errors and the selected resource, grouped YAML, API, PSS, lint in core order', () => {
    const analysis = {
      problems: [
        p('YAML_BAD_INDENT', 'yaml', null),
        p('LINT_A', 'lint', 0),
        p('PSS_B', 'pss', 0),
        p('PSS_A', 'pss', 0),
        p('PSS_OTHER', 'pss', 1),
        p('API_X', 'api', 0),
      ],
    } as unknown as Analysis
    expect(groupProblems(analysis, 0).map((g) => [g.source, g.problems.map((x) => x.code)])).toEqual([
      ['yaml', ['YAML_BAD_INDENT']],
      ['api', ['API_X']],
      ['pss', ['PSS_B', 'PSS_A']],
      ['lint', ['LINT_A']],
    ])
    expect(groupProblems(analysis, 1).map((g) => [g.source, g.problems.map((x) => x.code)])).toEqual([
      ['yaml', ['YAML_BAD_INDENT']],
      ['pss', ['PSS_OTHER']],
    ])
  })

  describe('while the YAML has errors: the last good results, marked stale', () => {
    const BARE =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\nspec:\n  containers:\n  - name: app\n    image: busybox\n'
    const BROKEN = BARE.replace('metadata:\n', 'metadata: [\n')

    it('the store keeps them as lastGood; staleAnalysis names them only while the text is broken', async () => {
      const store = createAppStore(BARE)
      const good = store.getState().analysis
      expect(staleAnalysis(good, store.getState().lastGood)).toBeNull()
      store.getState().textChanged(BROKEN)
      // (A slow first analysis finishes in a later task.)
      await vi.waitFor(() => expect(store.getState().pending).toBeNull())
      const { analysis, lastGood } = store.getState()
      expect(analysis.errors.length).toBe(1)
      expect(staleAnalysis(analysis, lastGood)).toBe(good)
      // A text that never parsed has nothing stale to show.
      const never = createAppStore(BROKEN).getState()
      expect(staleAnalysis(never.analysis, never.lastGood)).toBeNull()
    })

    it('current YAML errors first, then the resource problems of the last good text, moved into the current text', () => {
      const good = analyze(BARE)
      const broken = analyze(BROKEN)
      const groups = groupProblems(broken, 0, good)
      const was = groupProblems(good, 0)
      expect(was.length).toBeGreaterThan(0)
      expect(groups.map((g) => [g.source, g.stale === true, g.problems.length])).toEqual([
        ['yaml', false, 1],
        ...was.map((g) => [g.source, true, g.problems.length]),
      ])
      expect(groups[0]!.problems[0]!.code).toMatch(/^YAML_/)
      // Each stale range lands on the same text it marked in the last good text (after the 2-character change).
      was.forEach((g, k) =>
        g.problems.forEach((old, i) => {
          const p = groups[k + 1]!.problems[i]!
          expect(p.range).toEqual([old.range[0] + 2, old.range[1] + 2])
          expect(BROKEN.slice(p.range[0], p.range[1])).toBe(BARE.slice(old.range[0], old.range[1]))
        }),
      )
    })
  })
})
