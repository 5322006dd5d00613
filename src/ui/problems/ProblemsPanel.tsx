import { useMemo, useRef } from 'react'
import { lineColAt } from '../../core/yaml'
import { SOURCE_LABEL } from '../../core/problems'
import type { Problem } from '../../core/types'
import { selectReadOnly } from '../../state/selectors'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { AllProblems } from './AllProblems'
import { groupProblems, staleAnalysis } from './groupProblems'
import { keepFocusAfterFix } from './keepFocus'
import { LevelBar } from './LevelBar'
import { LevelFixStatus } from './LevelFixStatus'
import { ProblemItem } from './ProblemItem'
import { ReviewControls } from '../review/ReviewControls'
import { ScopeSwitch } from './ScopeSwitch'
import './problems.css'

/**
 * Problems of the selected resource (and YAML errors), grouped by source, with their fixes (issue 5); or, in the
 * "All resources" scope, every resource's problems under a heading per resource (issue 13 §2).
 */
export function ProblemsPanel() {
  const store = useAppStoreApi()
  const analysis = useAppStore((s) => s.analysis)
  const selected = useAppStore((s) => s.selectedResource)
  const level = useAppStore((s) => s.options.level)
  const readOnly = useAppStore(selectReadOnly)
  const levelFix = useAppStore((s) => s.levelFix)
  const lastGood = useAppStore((s) => s.lastGood)
  const all = useAppStore((s) => s.problemsScope === 'all')
  // While the YAML has errors, the last good results stay on view, marked stale (issue 13 §7).
  const stale = staleAnalysis(analysis, lastGood)
  const groups = useMemo(() => groupProblems(analysis, selected, stale), [analysis, selected, stale])
  const staleRa = stale?.resources[selected]
  const ra = readOnly ? undefined : analysis.resources[selected]
  const count = groups.reduce((n, g) => n + g.problems.length, 0)

  const reveal = (p: Problem) => store.getState().reveal(p.range[0])
  const list = useRef<HTMLUListElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  /** `at`: the problem's place in the list (the All resources list knows it). */
  const fix = (p: Problem, id: string, at?: number) => {
    const index = at ?? groups.flatMap((g) => g.problems).indexOf(p)
    store.getState().applyFix(p, id)
    keepFocusAfterFix(list.current, heading.current, index)
  }
  // Opens "Review changes" for the level picked (the dialog gives focus back, or to the heading once it passes).
  const makePass = () => store.getState().openReview(selected)

  return (
    <section className="problems-panel" aria-label="Problems panel">
      <h2 tabIndex={-1} ref={heading}>
        Problems
        {all && <span className="problems-target"> · all resources</span>}
        {ra && !all && (
          <span className="problems-target">
            {' '}
            · {ra.resource.kind}/{ra.resource.name ?? '(no name)'}
          </span>
        )}
      </h2>
      <ScopeSwitch
        scope={all ? 'all' : 'resource'}
        onChange={(scope) => store.getState().setProblemsScope(scope)}
      />
      {ra && !all && <LevelBar ra={ra} level={level} readOnly={readOnly} onMakePass={makePass} />}
      <ReviewControls fallback={heading} />
      {ra && !all && levelFix?.resource === selected && <LevelFixStatus outcome={levelFix} />}
      {staleRa && !all && (
        <div
          className="problems-stale-level"
          role="group"
          aria-label="Verdicts of the last text that parsed (stale)"
        >
          <p className="problems-stale-note">
            <strong>stale</strong> {staleRa.resource.kind}/{staleRa.resource.name ?? '(no name)'} as of the
            last text that parsed:
          </p>
          <LevelBar ra={staleRa} level={level} readOnly onMakePass={makePass} />
        </div>
      )}
      {analysis.errors.length > 0 && count > analysis.errors.length && (
        <p className="problems-wait">
          Fix the YAML errors first: the other fixes wait until the text parses again.
          {stale && ' The problems marked stale are from the last text that parsed and may be out of date.'}
        </p>
      )}
      {all ? (
        <AllProblems
          analysis={analysis}
          stale={stale}
          readOnly={readOnly}
          selected={selected}
          listRef={list}
          onReveal={reveal}
          onFix={fix}
          onSelect={(r) => store.getState().selectResource(r)}
        />
      ) : (
        <>
          <p className="problems-summary" role="status">
            {count === 0
              ? 'No problems.'
              : groups
                  .map((g) => `${g.problems.length} ${SOURCE_LABEL[g.source]}${g.stale ? ' (stale)' : ''}`)
                  .join(' · ')}
          </p>
          <ul className="problems-list" aria-label="Problems" ref={list}>
            {groups.map((g) => [
              <li
                key={`head-${g.source}${g.stale ? '-stale' : ''}`}
                role="none"
                aria-hidden="true"
                className="problems-group-head"
              >
                {SOURCE_LABEL[g.source]} ({g.problems.length}){g.stale && ' · stale'}
              </li>,
              ...g.problems.map((p, i) => (
                <ProblemItem
                  key={`${g.source}${g.stale ? '-stale' : ''}-${i}-${p.code}`}
                  problem={p}
                  line={lineColAt(analysis.text, p.range[0]).line}
                  readOnly={readOnly}
                  stale={g.stale}
                  onReveal={reveal}
                  onFix={fix}
                />
              )),
            ])}
          </ul>
        </>
      )}
    </section>
  )
}
