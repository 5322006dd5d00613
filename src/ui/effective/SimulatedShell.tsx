import type { ContainerEffective, JsonValue } from '../../core/types'
import { shellSteps } from './shell'

/** The explanations behind the capability lines, from the core's why texts (privileged, caps, APE). */
function capabilityNotes(c: ContainerEffective): string[] {
  const notes = ['privileged', 'capabilities', 'allowPrivilegeEscalation']
    .map((k) => c.fields[k])
    .filter((e) => e !== undefined && e.source !== 'default' && e.why)
    .map((e) => e!.why!)
  return [...new Set(notes)]
}

/**
 * Region "Simulated shell": what the walkthrough's commands would print inside the container
 * (`kubectl exec -it <pod> -- sh`), computed from the effective settings and labelled with its assumptions.
 */
export function SimulatedShell({ c, container }: { c: ContainerEffective; container?: JsonValue }) {
  const steps = shellSteps(c, container)
  const notes = capabilityNotes(c)
  return (
    <section className="shell" aria-label="Simulated shell">
      <h3>Simulated shell</h3>
      <p className="shell-assumptions">
        What <code>kubectl exec -it … -c {c.name} -- sh</code> would show (busybox).{' '}
        {c.assumptions.length > 0 && <>Assumes: {c.assumptions.join('; ')}.</>}
      </p>
      <pre className="shell-screen" tabIndex={0} aria-label={`Shell output for ${c.name}`}>
        {steps.map((s, i) => (
          <span key={i} className="shell-step">
            <span className="shell-cmd">
              <span className="shell-prompt" aria-hidden="true">
                ${' '}
              </span>
              {s.command}
            </span>
            {'\n'}
            {s.output.map((line) => line + '\n').join('')}
            {s.note && <span className="shell-note">{`# ${s.note}\n`}</span>}
          </span>
        ))}
      </pre>
      {notes.length > 0 && (
        <ul className="shell-why" aria-label="Why these capabilities">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
