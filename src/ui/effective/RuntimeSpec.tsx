import { useMemo, useState } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import { runtimeSpec } from '../../core/runtime'
import type { ContainerEffective } from '../../core/types'
import { rangeOf } from '../../core/yaml'
import { selectReadOnly, selectShown } from '../../state/selectors'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { copyText } from '../files/download'
import { fieldPath } from './runtimeSpecLinks'
import { SourceBadge } from './SourceBadge'
import './runtimeSpec.css'

const RUNTIME_LABEL = { containerd: 'containerd', 'cri-o': 'CRI-O' } as const

/** A field that decided a part: a button to its place in the YAML, or its name and source where none sets it. */
function FieldLink({ ra, c, name }: { ra: ResourceAnalysis; c: ContainerEffective; name: string }) {
  const store = useAppStoreApi()
  // While the YAML is broken the view shows the last good analysis: its offsets are not the text's.
  const readOnly = useAppStore(selectReadOnly)
  const e = c.fields[name]
  if (!e) return null
  const path = readOnly ? null : fieldPath(ra.resource, c, name, e)
  const badge = <SourceBadge source={e.source} />
  if (!path)
    return (
      <span className="oci-field" title={e.why}>
        <code>{name}</code> {badge}
      </span>
    )
  const reveal = () => {
    const { stream } = selectShown(store.getState())
    store.getState().reveal(rangeOf(stream, ra.resource.document, path, 'key')[0])
  }
  return (
    <span className="oci-field">
      <button type="button" className="oci-reveal" onClick={reveal} aria-label={`Show ${name} in the editor`}>
        <code>{name}</code>
      </button>{' '}
      {badge}
    </span>
  )
}

/**
 * Region "Runtime spec": the parts of the OCI config.json the container runtime writes for runc from the
 * securityContext (core/runtime), copyable, each part linked to the fields that decided it.
 */
export function RuntimeSpec({ ra, c }: { ra: ResourceAnalysis; c: ContainerEffective }) {
  const runtime = useAppStore((s) => selectShown(s).options.runtime)
  const result = useMemo(() => runtimeSpec(ra.resource, c, runtime), [ra, c, runtime])
  const json = useMemo(() => (result ? JSON.stringify(result.spec, null, 2) : ''), [result])
  const [message, setMessage] = useState('')
  const copy = async () => {
    const ok = await copyText(json)
    setMessage(ok ? 'Runtime spec copied' : 'The browser refused the clipboard: select the JSON and copy it')
  }
  return (
    <section className="runtime-spec" aria-label="Runtime spec">
      <h3>Runtime spec</h3>
      {!result ? (
        <p className="eff-note">No runtime spec: {c.name} does not run as a Linux process.</p>
      ) : (
        <>
          <p className="oci-intro">
            What {RUNTIME_LABEL[runtime]} writes into the OCI <code>config.json</code> it hands to runc, for
            the parts the securityContext decides (checked against a real runc by{' '}
            <code>npm run verify:runtime</code>).
          </p>
          <div className="oci-actions">
            <button type="button" onClick={() => void copy()}>
              Copy runtime spec
            </button>
            <span role="status" className="oci-status">
              {message}
            </span>
          </div>
          <pre className="shell-screen oci-json" tabIndex={0} aria-label="Runtime spec JSON">
            {json}
          </pre>
          <table className="oci-links">
            <caption>Runtime spec sources</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Decided by</th>
              </tr>
            </thead>
            <tbody>
              {result.links.map((l) => (
                <tr key={l.part}>
                  <th scope="row">
                    <code>{l.part}</code>
                  </th>
                  <td>
                    <span className="oci-fields">
                      {l.fields.map((f) => (
                        <FieldLink key={f} ra={ra} c={c} name={f} />
                      ))}
                    </span>
                    <div className="why">{l.why}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.notes.length > 0 && (
            <ul className="oci-notes" aria-label="Runtime spec notes">
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
