import { useMemo, useState, type Ref } from 'react'
import type { Analysis } from '../../core/analyze'
import type { Problem } from '../../core/types'
import { summaryLine, verdictLine } from '../../core/verdict'
import { lineColAt } from '../../core/yaml'
import { overviewFor } from '../../state/overview'
import { resourceLabel } from '../fields/values'
import { ProblemItem } from './ProblemItem'
import { allProblemsPage } from './scope'

interface Props {
  analysis: Analysis
  /** The last good analysis while the YAML is broken (its problems show, marked stale), else null. */
  stale: Analysis | null
  readOnly: boolean
  selected: number
  listRef: Ref<HTMLUListElement>
  onReveal(problem: Problem): void
  /** `index`: the problem's place in the list, where focus goes once the fix has removed it. */
  onFix(problem: Problem, id: string, index: number): void
  onSelect(resource: number): void
}

/** Resource groups rendered at first and per "Show more": a 3,000-resource bundle never renders all at once. */
const PAGE = 20

/**
 * The Problems list in the "All resources" scope: the stream's YAML errors, then one group per resource with
 * problems, in document order, each under a heading with the resource and its verdict line.
 */
export function AllProblems({
  analysis,
  stale,
  readOnly,
  selected,
  listRef,
  onReveal,
  onFix,
  onSelect,
}: Props) {
  const [limit, setLimit] = useState(PAGE)
  const { errors, groups, rest, total, withProblems, base, overview } = useMemo(() => {
    const base = stale ?? analysis
    return { ...allProblemsPage(analysis, stale, limit), base, overview: overviewFor(base) }
  }, [analysis, stale, limit])
  const verdicts = overview.verdicts
  /** `at`: the problem's place among the list's problems. */
  const item = (problem: Problem, at: number, key: string, isStale: boolean) => {
    return (
      <ProblemItem
        key={key}
        problem={problem}
        line={lineColAt(analysis.text, problem.range[0]).line}
        readOnly={readOnly}
        stale={isStale}
        onReveal={onReveal}
        onFix={(x, id) => onFix(x, id, at)}
      />
    )
  }

  return (
    <>
      <p className="problems-summary" role="status">
        {total === 0
          ? 'No problems.'
          : `${total} ${total === 1 ? 'problem' : 'problems'} in ${withProblems} of ${base.resources.length} resources${stale ? ' (stale)' : ''}`}
      </p>
      <p className="problems-overview">{summaryLine(overview.summary)}</p>
      <ul className="problems-list" aria-label="Problems" ref={listRef}>
        {errors.length > 0 && [
          <li key="head-yaml" role="none" className="problems-resource-head">
            <h3>YAML</h3>
          </li>,
          ...errors.map((e, i) => item(e, i, `yaml-${i}-${e.code}`, false)),
        ]}
        {groups.map(({ resource, problems, first }) => {
          const r = base.resources[resource]
          const label = r ? resourceLabel(r.resource) : `resource ${resource + 1}`
          const v = verdicts[resource]
          return [
            <li key={`head-${resource}`} role="none" className="problems-resource-head">
              <h3>
                <button
                  type="button"
                  className="problems-resource-select"
                  aria-label={`Select ${label}`}
                  aria-current={resource === selected ? 'true' : undefined}
                  title="Select this resource in the pickers, forms and editor"
                  onClick={() => onSelect(resource)}
                >
                  {label}
                </button>
                {stale && <span className="problem-stale-tag">stale</span>}
                <span className="problems-resource-count"> ({problems.length})</span>
                {v && <span className="problems-resource-verdicts">{verdictLine(v)}</span>}
              </h3>
            </li>,
            ...problems.map((x, i) => item(x, first + i, `${resource}-${i}-${x.code}`, stale !== null)),
          ]
        })}
      </ul>
      {rest > 0 && (
        <button type="button" className="problems-more" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, rest)} more resources ({rest} not shown)
        </button>
      )}
    </>
  )
}
