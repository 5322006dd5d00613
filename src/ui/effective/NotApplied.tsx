import type { ResourceAnalysis } from '../../core/analyze'
import type { ContainerEffective } from '../../core/types'

interface Props {
  ra: ResourceAnalysis
  c: ContainerEffective
}

/**
 * Fields the effective settings leave out because Kubernetes does not know them where they are written
 * (`fsGroup` in a container, `allowPrivilegeEscalation` in the pod, a `__proto__` key): the pod's own and the
 * selected container's, each with the fix that moves it where it exists, if any.
 */
export function NotApplied({ ra, c }: Props) {
  const unknown = ra.problems.filter(
    (p) =>
      p.code === 'API_UNKNOWN_FIELD' &&
      (!p.container || (p.container.kind === c.kind && p.container.index === c.index)),
  )
  if (unknown.length === 0) return null
  return (
    <div className="eff-not-applied" role="note" aria-label="Not applied">
      <p>
        Not applied: the API server does not know {unknown.length === 1 ? 'this field' : 'these fields'} where{' '}
        {unknown.length === 1 ? 'it is' : 'they are'} written and refuses the object (strict field
        validation); the values above ignore {unknown.length === 1 ? 'it' : 'them'}.
      </p>
      <ul>
        {unknown.map((p) => (
          <li key={p.path}>
            <code>{p.path}</code>
            {p.fixes[0] ? ` — ${p.fixes[0].title}` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
