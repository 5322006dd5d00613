import { refAt, sinceAt, type FieldSpec } from '../../core/k8s/fields'

interface Props {
  spec: FieldSpec
  level: 'pod' | 'container'
  /** Id of the doc paragraph, referenced by the control's aria-describedby. */
  id: string
}

/** A field's one-line doc, what unset means, its "since v1.N" badge and a link to the upstream reference. */
export function FieldDoc({ spec, level, id }: Props) {
  return (
    <div className="field-doc">
      <p id={id}>
        {spec.doc} <span className="field-unset">Unset: {spec.unset}.</span>
      </p>
      <span className="since-badge" title={`In the Kubernetes API since v1.${sinceAt(spec, level)}`}>
        since v1.{sinceAt(spec, level)}
      </span>{' '}
      <a
        className="ref-link"
        href={refAt(level)}
        target="_blank"
        rel="noreferrer noopener"
        // One Tab stop per field: the panel heading's "API reference" link is the keyboard's way to the docs.
        tabIndex={-1}
        aria-label={`${spec.label} API reference`}
      >
        reference
      </a>
    </div>
  )
}
