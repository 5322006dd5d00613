import type { ResourceAnalysis } from '../../core/analyze'
import type { PssLevel } from '../../core/types'
import { verdictPhrases, verdictsOf } from '../../core/verdict'

interface Props {
  ra: ResourceAnalysis
  level: PssLevel
  readOnly: boolean
  onMakePass(level: PssLevel): void
}

/**
 * The three verdicts of the selected resource (API server, Pod Security, kubelet) and a one-click fix for the
 * selected level. The Pod Security badge is never green while the API server or the kubelet refuses.
 */
export function LevelBar({ ra, level, readOnly, onMakePass }: Props) {
  const v = verdictsOf(ra)
  const { passes } = v.pss
  const refused = !v.api.accepts || v.kubelet?.starts === false
  return (
    <div className="problems-level">
      <span
        className={`level-badge level-${refused ? 'refused' : passes}`}
        title="The highest Pod Security level this resource passes"
      >
        Passes: {passes === 'privileged' ? 'privileged only' : passes}
      </span>
      {level !== 'privileged' && (
        <button type="button" disabled={readOnly || v.pss.meets} onClick={() => onMakePass(level)}>
          Make this resource pass {level}
        </button>
      )}
      <ul className="verdicts" aria-label="Verdicts">
        <li className={v.api.accepts ? 'verdict-ok' : 'verdict-bad'}>API server: {verdictPhrases(v).api}</li>
        <li className={v.pss.meets ? 'verdict-ok' : 'verdict-bad'}>
          Pod Security: {passes === 'privileged' ? 'privileged only' : `passes ${passes}`} ({v.pss.version})
        </li>
        <li className={v.kubelet?.starts ? 'verdict-ok' : 'verdict-bad'}>
          {!v.kubelet
            ? 'Kubelet: never reached (the API server rejects the object)'
            : v.kubelet.starts
              ? 'Kubelet: starts every container'
              : `Kubelet: refuses ${v.kubelet.refusals.map((r) => `"${r.container}": ${r.message}`).join('; ')}`}
        </li>
      </ul>
      {!v.api.accepts && (
        <p className="problems-rejected">
          The API server still rejects this {ra.resource.kind}: fix the {v.api.errors} API{' '}
          {v.api.errors === 1 ? 'error' : 'errors'} first. Pod Security only checks objects that pass
          validation.
        </p>
      )}
    </div>
  )
}
