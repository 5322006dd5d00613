import { useMemo, useRef } from 'react'
import { lineColAt } from '../../core/yaml'
import { SOURCE_LABEL } from '../../core/problems'
import type { Problem } from '../../core/types'
import { selectReadOnly } from '../../state/selectors'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { groupProblems } from './groupProblems'
import { keepFocusAfterFix } from './keepFocus'
import { LevelBar } from './LevelBar'
import { LevelFixStatus } from './LevelFixStatus'
import { ProblemItem } from './ProblemItem'
import { ReviewControls } from '../review/ReviewControls'
import './problems.css'

/** Problems of the selected resource (and YAML errors), grouped by source, with their fixes (issue 5). */
export function ProblemsPanel() {
  const store = useAppStoreApi()
  const analysis = useAppStore((s) => s.analysis)
  const selected = useAppStore((s) => s.selectedResource)
  const level = useAppStore((s) => s.options.level)
  const readOnly = useAppStore(selectReadOnly)
  const levelFix = useAppStore((s) => s.levelFix)
  const groups = useMemo(() => groupProblems(analysis, selected), [analysis, selected])
  const ra = readOnly ? undefined : analysis.resources[selected]
  const count = groups.reduce((n, g) => n + g.problems.length, 0)

  const reveal = (p: Problem) => store.getState().reveal(p.range[0])
  const list = useRef<HTMLUListElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const fix = (p: Problem, id: string) => {
    const index = groups.flatMap((g) => g.problems).indexOf(p)
    store.getState().applyFix(p, id)
    keepFocusAfterFix(list.current, heading.current, index)
  }
  // Opens "Review changes" for the level picked (the dialog gives focus back, or to the heading once it passes).
  const makePass = () => store.getState().openReview(selected)

  return (
    <section className="problems-panel" aria-label="Problems panel">
      <h2 tabIndex={-1} ref={heading}>
        Problems
        {ra && (
          <span className="problems-target">
            {' '}
            · {ra.resource.kind}/{ra.resource.name ?? '(no name)'}
          </span>
        )}
      </h2>
      {ra && <LevelBar ra={ra} level={level} readOnly={readOnly} onMakePass={makePass} />}
      <ReviewControls fallback={heading} />
      {ra && levelFix?.resource === selected && <LevelFixStatus outcome={levelFix} />}
      {analysis.errors.length > 0 && count > analysis.errors.length && (
        <p className="problems-wait">
          Fix the YAML errors first: the other fixes wait until the text parses again.
        </p>
      )}
      <p className="problems-summary" role="status">
        {count === 0
          ? 'No problems.'
          : groups.map((g) => `${g.problems.length} ${SOURCE_LABEL[g.source]}`).join(' · ')}
      </p>
      <ul className="problems-list" aria-label="Problems" ref={list}>
        {groups.map((g) => [
          <li key={`head-${g.source}`} role="none" aria-hidden="true" className="problems-group-head">
            {SOURCE_LABEL[g.source]} ({g.problems.length})
          </li>,
          ...g.problems.map((p, i) => (
            <ProblemItem
              key={`${g.source}-${i}-${p.code}`}
              problem={p}
              line={lineColAt(analysis.text, p.range[0]).line}
              readOnly={readOnly}
              onReveal={reveal}
              onFix={fix}
            />
          )),
        ])}
      </ul>
    </section>
  )
}
