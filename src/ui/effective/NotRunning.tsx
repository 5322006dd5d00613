import type { ContainerEffective, Effective, RefusedBy } from '../../core/types'
import { formatValue } from './format'
import { SourceBadge } from './SourceBadge'

const REFUSER: Record<RefusedBy, string> = {
  apiserver: 'The API server rejects this resource',
  kubelet: 'The kubelet refuses to start this container',
  runtime: 'The container runtime refuses to create this container',
}

/** The Windows identity entries shown (the GMSA credential spec itself is long JSON: its name says enough). */
const WINDOWS_KEYS = ['runAsUserName', 'gmsaCredentialSpecName', 'hostProcess'] as const

function Row({ label, e }: { label: string; e: Effective }) {
  return (
    <>
      <dt>
        <code>{label}</code>
      </dt>
      <dd>
        <code>{formatValue(e.value)}</code> {e.source !== 'default' && <SourceBadge source={e.source} />}
        {e.why && <span className="shell-note"> {e.why}</span>}
      </dd>
    </>
  )
}

/**
 * In place of the shell transcript when no Linux process runs: the refusal in the refusing component's words,
 * and for a Windows container its Windows identity (no uid, groups or capability lines exist there).
 */
export function NotRunning({ c }: { c: ContainerEffective }) {
  const w = c.windows
  return (
    <div className="not-running">
      {c.refusal && (
        <>
          <p>{REFUSER[c.refusal.by]}:</p>
          <pre className="shell-screen" tabIndex={0} aria-label={`Refusal for ${c.name}`}>
            {c.refusal.message}
          </pre>
        </>
      )}
      {w && (
        <>
          <p>A Windows container ({w.why}): no Linux user, groups or capabilities. It runs as:</p>
          <dl className="windows-identity" aria-label={`Windows identity of ${c.name}`}>
            {WINDOWS_KEYS.map((key) => (
              <Row key={key} label={key} e={w[key]} />
            ))}
          </dl>
        </>
      )}
    </div>
  )
}
