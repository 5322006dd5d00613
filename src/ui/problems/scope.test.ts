import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/analyze'
import { THREE_RESOURCES } from '../../core/testdata/three'
import { groupProblems } from './groupProblems'
import { allProblemsPage, countInScope, resourcesWithProblems } from './scope'

const total = (groups: { problems: unknown[] }[]) => groups.reduce((n, g) => n + g.problems.length, 0)

describe('Problems scope', () => {
  const analysis = analyze(THREE_RESOURCES)

  it('"This resource" counts what the list shows for the selected resource; "All resources" every problem', () => {
    for (const r of [0, 1, 2])
      expect(countInScope(analysis, analysis, 'resource', r)).toBe(total(groupProblems(analysis, r)))
    expect(countInScope(analysis, analysis, 'all', 1)).toBe(analysis.problems.length)
    expect(countInScope(analysis, analysis, 'all', 1)).toBeGreaterThan(
      countInScope(analysis, analysis, 'resource', 1),
    )
  })

  it('groups every resource with problems in document order, each by source, and counts what it lists', () => {
    expect(resourcesWithProblems(analysis).map((g) => g.resource)).toEqual([0, 1, 2])
    const page = allProblemsPage(analysis, null, 20)
    expect(page.rest).toBe(0)
    expect(page.errors).toEqual([])
    expect(page.groups.map((g) => g.problems.every((p) => p.resource === g.resource))).toEqual([
      true,
      true,
      true,
    ])
    // The CronJob: its API error first, then Pod Security, then lint.
    expect(page.groups[2]!.problems.map((p) => p.source)[0]).toBe('api')
    expect(page.groups.map((g) => g.first)).toEqual([
      0,
      page.groups[0]!.problems.length,
      page.groups[0]!.problems.length + page.groups[1]!.problems.length,
    ])
    expect(total(page.groups)).toBe(countInScope(analysis, analysis, 'all', 0))
    expect(page.total).toBe(countInScope(analysis, analysis, 'all', 0))
    expect(page.withProblems).toBe(3)
  })

  it('pages a long bundle: only `limit` resource groups, and how many are left', () => {
    const page = allProblemsPage(analysis, null, 2)
    expect(page.groups.map((g) => g.resource)).toEqual([0, 1])
    expect(page.rest).toBe(1)
    expect(page.total).toBe(analysis.problems.length)
  })

  it('while the YAML is broken: the YAML error plus the last good problems, in both scopes', () => {
    const lastGood = analyze(THREE_RESOURCES)
    const broken = analyze(THREE_RESOURCES.replace('name: db\n', 'name: [db\n'))
    expect(broken.errors.length).toBeGreaterThan(0)
    const yamlErrors = broken.problems.filter((p) => p.resource === null).length
    expect(countInScope(broken, lastGood, 'all', 0)).toBe(
      yamlErrors + lastGood.problems.filter((p) => p.resource !== null).length,
    )
    const page = allProblemsPage(broken, lastGood, 20)
    expect(page.errors.length + total(page.groups)).toBe(countInScope(broken, lastGood, 'all', 0))
    expect(page.total).toBe(countInScope(broken, lastGood, 'all', 0))
    expect(countInScope(broken, lastGood, 'resource', 1)).toBe(total(groupProblems(broken, 1, lastGood)))
  })
})
