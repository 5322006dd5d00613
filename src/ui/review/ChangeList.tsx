import type { Analysis } from '../../core/analyze'
import type { ReviewGroup, ReviewItem } from '../../state/review'

interface Props {
  groups: readonly ReviewGroup[]
  analysis: Analysis
  level: string
  onToggle(id: string): void
}

const label = (analysis: Analysis, index: number) => {
  const r = analysis.resources[index]?.resource
  return r ? `${r.kind}/${r.name ?? '(no name)'}` : `resource ${index + 1}`
}

/**
 * A may-break change (or one the reviewer left out) has a checkbox: unticking it plans again without it. Safe
 * changes are always made: they cannot stop the workload, and the changes after them were planned with them.
 */
function Change({ item, onToggle }: { item: ReviewItem; onToggle(id: string): void }) {
  const { change, ticked, made } = item
  const risky = change.effect === 'may-break'
  const tag = <span className={`review-tag review-${change.effect}`}>{risky ? 'May break' : 'Safe'}</span>
  if (!risky && ticked) {
    return (
      <li className="review-change">
        {tag} {change.message}
      </li>
    )
  }
  return (
    <li className="review-change">
      <label>
        <input type="checkbox" checked={ticked} onChange={() => onToggle(change.id)} /> {tag} {change.message}
        {ticked && !made && <em> (not needed any more)</em>}
      </label>
    </li>
  )
}

/** Per resource: its changes, ticked or not, and what the fix could not do. */
export function ChangeList({ groups, analysis, level, onToggle }: Props) {
  if (groups.length === 0) return <p>Nothing to change.</p>
  return (
    <div className="review-groups">
      {groups.map((g) => (
        <section key={g.resource} className="review-group" aria-label={label(analysis, g.resource)}>
          <h3>
            {label(analysis, g.resource)}:{' '}
            {g.passes ? `passes ${level} after these changes` : `still fails ${level} or is rejected`}
          </h3>
          {g.items.length > 0 && (
            <ul className="review-changes" aria-label={`Changes to ${label(analysis, g.resource)}`}>
              {g.items.map((item) => (
                <Change key={item.change.id} item={item} onToggle={onToggle} />
              ))}
            </ul>
          )}
          {g.notFixed.length > 0 && (
            <ul className="review-not-fixed" aria-label={`Not fixed in ${label(analysis, g.resource)}`}>
              {g.notFixed.map((u, i) => (
                <li key={i}>
                  Not fixed: {u.check}: {u.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}
