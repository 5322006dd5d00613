import { useId, useState } from 'react'
import { capByName, diffCaps, parseCapMask } from '../../core/k8s/capabilities'

function checkMask(hex: string): string | null {
  try {
    parseCapMask(hex)
    return null
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

function MaskInput(props: { label: string; value: string; error: string | null; onChange(v: string): void }) {
  const id = useId()
  const errorId = useId()
  return (
    <div className="cap-row">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="mono"
        value={props.value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={props.error !== null}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <p id={errorId} className="inline-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  )
}

const listing = (names: string[]) =>
  names.length === 0 ? 'none' : names.map((n) => `${n} (bit ${capByName(n)?.bit ?? '?'})`).join(', ')

/** Diff two masks: which capabilities B has that A has not, and the reverse. */
export function CapDiff() {
  // The walkthrough's pair: the containerd default and the same set plus NET_ADMIN and SYS_TIME.
  const [a, setA] = useState('00000000a80425fb')
  const [b, setB] = useState('00000000aa0435fb')
  const errA = checkMask(a)
  const errB = checkMask(b)
  const diff = errA || errB ? null : diffCaps(a, b)
  return (
    <div className="cap-diff">
      <MaskInput label="Mask A" value={a} error={errA} onChange={setA} />
      <MaskInput label="Mask B" value={b} error={errB} onChange={setB} />
      <output className="cap-diff-result" aria-label="Difference" aria-live="polite">
        {diff && (
          <dl>
            <dt>Only in B (added)</dt>
            <dd>{listing(diff.added)}</dd>
            <dt>Only in A (removed)</dt>
            <dd>{listing(diff.removed)}</dd>
          </dl>
        )}
      </output>
    </div>
  )
}
