import { refAt } from '../../core/k8s/fields'

/** The panel's one keyboard-reachable docs link (each field's own "reference" link is out of the Tab order). */
export function ApiReference({ level }: { level: 'pod' | 'container' }) {
  return (
    <a className="ref-link" href={refAt(level)} target="_blank" rel="noreferrer noopener">
      {level === 'pod' ? 'PodSecurityContext' : 'SecurityContext'} API reference
    </a>
  )
}
