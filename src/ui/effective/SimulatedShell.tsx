import { useId } from 'react'
import type { ContainerEffective, JsonValue } from '../../core/types'
import { NotRunning } from './NotRunning'
import { modelOf } from '../../core/effective/image'
import { shellSteps } from '../../core/effective/transcript'

/**
 * The explanations behind the Cap and NoNewPrivs lines, from the core's why texts: the resulting set (which names
 * the runtime and says why a non-root process gets none), the add/drop readings, privileged, no_new_privs.
 */
function capabilityNotes(c: ContainerEffective): string[] {
  const set = (k: string) => (c.fields[k]?.source === 'default' ? undefined : c.fields[k]?.why)
  const whys = [
    c.fields.capabilities?.why,
    set('capabilities.add'),
    set('capabilities.drop'),
    set('privileged'),
    set('allowPrivilegeEscalation'),
  ]
  const parts = whys.flatMap((w) => (w ? w.split('; ') : []))
  return [...new Set(parts)]
}

/**
 * Region "Simulated shell": what the walkthrough's commands would print inside the container
 * (`kubectl exec -it <pod> -- sh`), computed from the effective settings and labelled with its assumptions.
 */
export function SimulatedShell({ c, container }: { c: ContainerEffective; container?: JsonValue }) {
  const steps = shellSteps(c, container)
  const notes = c.process ? capabilityNotes(c) : []
  // The image line says which image the figures use; the list holds the rest.
  const assumptions = c.assumptions.filter((a) => a !== c.image?.label)
  const id = useId()
  return (
    <section className="shell" aria-label="Simulated shell">
      <h3>Simulated shell</h3>
      <p className="shell-assumptions">
        {c.process ? (
          <>
            What <code>kubectl exec -it … -c {c.name} -- sh</code> would show (busybox).
          </>
        ) : (
          <>No Linux shell to open in {c.name}.</>
        )}
      </p>
      {c.image && (
        <p className="shell-image">
          {c.image.known ? c.image.label : `${c.image.label}: pick another in Image`}
          {c.process && !modelOf(c.image).shell
            ? '. It has no shell: the lines show what busybox (kubectl debug --target) would print there.'
            : ''}
        </p>
      )}
      {assumptions.length > 0 && (
        <ul className="shell-assumptions" aria-label="Assumptions">
          {assumptions.map((a) => (
            <li key={a}>Assumes {a}</li>
          ))}
        </ul>
      )}
      {!c.process && <NotRunning c={c} />}
      {c.process && (
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
      )}
      {notes.length > 0 && <h4 id={`${id}-why`}>Why these capabilities</h4>}
      {notes.length > 0 && (
        <ul className="shell-why" aria-labelledby={`${id}-why`}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
