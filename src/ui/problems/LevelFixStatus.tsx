import type { LevelFixOutcome } from '../../state/store'
import './levelFix.css'

/**
 * What the last level fix did (issue 11 §4): the changes that may break the workload and the violations it
 * left, each with its reason. A review before applying is issue 13.
 */
export function LevelFixStatus({ outcome }: { outcome: LevelFixOutcome }) {
  const risky = outcome.changes.filter((c) => c.effect === 'may-break')
  const safe = outcome.changes.length - risky.length
  const summary = outcome.passes
    ? `The fix made it pass ${outcome.level}`
    : `The fix could not make it pass ${outcome.level}`
  return (
    <div className="level-fix-status" role="status" aria-label="Level fix result">
      <p>
        {summary}: {safe} safe {safe === 1 ? 'change' : 'changes'}, {risky.length} that may break the
        workload, {outcome.notFixed.length} not fixed.
      </p>
      {risky.length > 0 && (
        <ul aria-label="May break">
          {risky.map((c, i) => (
            <li key={i}>May break: {c.message}</li>
          ))}
        </ul>
      )}
      {outcome.notFixed.length > 0 && (
        <ul aria-label="Not fixed">
          {outcome.notFixed.map((u, i) => (
            <li key={i}>
              Not fixed: {u.check}: {u.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
