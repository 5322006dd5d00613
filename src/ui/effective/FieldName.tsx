import { useId } from 'react'
import { fieldDoc } from './format'

/** A field's YAML name linking to the API reference, with its doc and "since v1.N" on hover and focus. */
/** `seccompProfile.type` with break opportunities after dots and between camelCase words, for narrow panes. */
export function Breakable({ name }: { name: string }) {
  const parts = name.split(/(?<=\.)|(?<=[a-z])(?=[A-Z])/)
  return parts.map((p, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {p}
    </span>
  ))
}

export function FieldName({ name }: { name: string }) {
  const id = useId()
  const doc = fieldDoc(name)
  if (!doc)
    return (
      <code className="field-name">
        <Breakable name={name} />
      </code>
    )
  return (
    <span className="field-doc">
      <a className="field-name" href={doc.ref} target="_blank" rel="noreferrer" aria-describedby={id}>
        <code>
          <Breakable name={name} />
        </code>
      </a>
      {/* aria-hidden keeps the doc out of the row header's name; aria-describedby still reads it. */}
      <span id={id} className="field-tip" aria-hidden="true">
        {doc.doc} <span className="since">since v1.{doc.since}</span>
      </span>
    </span>
  )
}
