import type { ResourceAnalysis } from '../../core/analyze'
import type { PssLevel } from '../../core/types'

interface Props {
  ra: ResourceAnalysis
  level: PssLevel
  readOnly: boolean
  onMakePass(level: PssLevel): void
}

const LEVEL_RANK: Record<PssLevel, number> = { privileged: 0, baseline: 1, restricted: 2 }

/** The highest Pod Security level the resource passes, and a one-click fix for the selected level. */
export function LevelBar({ ra, level, readOnly, onMakePass }: Props) {
  const passes = ra.passes
  const ok = LEVEL_RANK[passes] >= LEVEL_RANK[level]
  const apiErrors = ra.problems.filter((p) => p.source === 'api' && p.severity === 'error').length
  return (
    <div className="problems-level">
      <span
        className={`level-badge level-${passes}`}
        title="The highest Pod Security level this resource passes"
      >
        Passes: {passes === 'privileged' ? 'privileged only' : passes}
      </span>
      {level !== 'privileged' && (
        <button type="button" disabled={readOnly || ok} onClick={() => onMakePass(level)}>
          Make this resource pass {level}
        </button>
      )}
      {apiErrors > 0 && (
        <p className="problems-rejected">
          The API server still rejects this {ra.resource.kind}: fix the {apiErrors} API{' '}
          {apiErrors === 1 ? 'error' : 'errors'} first. Pod Security only checks objects that pass validation.
        </p>
      )}
    </div>
  )
}
