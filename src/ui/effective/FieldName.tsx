import { useId } from 'react'
import { fieldDoc } from './format'

/** A field's YAML name linking to the API reference, with its doc and "since v1.N" on hover and focus. */
export function FieldName({ name }: { name: string }) {
  const id = useId()
  const doc = fieldDoc(name)
  if (!doc) return <code className="field-name">{name}</code>
  return (
    <span className="field-doc">
      <a className="field-name" href={doc.ref} target="_blank" rel="noreferrer" aria-describedby={id}>
        <code>{name}</code>
      </a>
      <span role="tooltip" id={id} className="field-tip">
        {doc.doc} <span className="since">since v1.{doc.since}</span>
      </span>
    </span>
  )
}
