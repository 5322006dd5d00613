import { useId, useState } from 'react'
import { CAPABILITIES, decodeCaps, encodeCaps } from '../../core/k8s/capabilities'
import { defaultCapHex, PRIVILEGED_CAP_HEX } from '../../core/k8s/runtimes'
import { useRovingGrid } from '../fields/useRovingGrid'

const PRESETS = [
  { label: 'containerd default', hex: defaultCapHex('containerd') },
  { label: 'CRI-O default', hex: defaultCapHex('cri-o') },
  { label: 'all (privileged)', hex: PRIVILEGED_CAP_HEX },
  { label: 'none', hex: '0000000000000000' },
]

function decode(hex: string): { names: string[] } | { error: string } {
  try {
    return { names: decodeCaps(hex) }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

export interface Preset {
  label: string
  hex: string
}

/** Hex mask ⇄ names: type or paste a mask to see its names, tick names to get the mask. */
export function CapDecoder({ extra = [] }: { extra?: readonly Preset[] }) {
  const [hex, setHex] = useState(PRESETS[0]!.hex)
  const [names, setNames] = useState<string[]>(() => decodeCaps(PRESETS[0]!.hex))
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const errorId = useId()
  // 41 checkboxes, one Tab stop: arrow keys move, Space ticks.
  const grid = useRovingGrid<HTMLFieldSetElement>(CAPABILITIES.length, 1)

  const typed = (value: string) => {
    setHex(value)
    const r = decode(value)
    if ('error' in r) setError(r.error)
    else {
      setError(null)
      setNames(r.names)
    }
  }

  const toggle = (name: string, on: boolean) => {
    const next = on ? [...names, name] : names.filter((n) => n !== name)
    setNames(decodeCaps(encodeCaps(next)))
    setHex(encodeCaps(next))
    setError(null)
  }

  return (
    <div className="cap-decoder">
      <div className="cap-row">
        <label htmlFor={inputId}>Mask (hex)</label>
        <input
          id={inputId}
          className="mono"
          value={hex}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => typed(e.target.value)}
        />
        <span className="cap-presets">
          {[...extra, ...PRESETS].map((p) => (
            <button key={p.label} type="button" onClick={() => typed(p.hex)}>
              {p.label}
            </button>
          ))}
        </span>
      </div>
      {error && (
        <p id={errorId} className="inline-error" role="alert">
          {error}
        </p>
      )}
      <output className="cap-names" aria-label="Capability names" htmlFor={inputId}>
        {error ? '' : names.length === 0 ? '(no capabilities)' : names.join(', ')}
      </output>
      <fieldset className="cap-grid" onKeyDown={grid.onKeyDown} onFocus={grid.onFocus}>
        <legend>
          Pick names ({names.length} of {CAPABILITIES.length})
        </legend>
        {CAPABILITIES.map((c, i) => (
          <label key={c.bit} title={c.description}>
            <input
              type="checkbox"
              tabIndex={grid.tabIndex(i, 0)}
              data-row={i}
              data-col={0}
              checked={names.includes(c.name)}
              onChange={(e) => toggle(c.name, e.target.checked)}
            />
            {c.name}
            <span className="cap-bit" aria-hidden="true">
              {c.bit}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
