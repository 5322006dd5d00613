import { memo } from 'react'
import { CapDecoder, type Preset } from './CapDecoder'
import { CapDiff } from './CapDiff'

/** Region "Capability calculator": decode a mask, encode names, diff two masks (like capsh --decode). */
interface Props {
  /** The selected container's name and CapEff/CapBnd lines, offered as presets. */
  container?: string
  capEff?: string
  capBnd?: string
}

export const CapabilityCalculator = memo(function CapabilityCalculator({ container, capEff, capBnd }: Props) {
  const extra: Preset[] =
    container && capEff && capBnd
      ? [
          { label: `${container} CapEff`, hex: capEff },
          { label: `${container} CapBnd`, hex: capBnd },
        ]
      : []
  return (
    <section className="cap-calc" aria-label="Capability calculator">
      <h3>Capability calculator</h3>
      <p className="hint">
        The <code>Cap…</code> lines of <code>/proc/1/status</code> are bitmaps: bit N set means capability N.
      </p>
      <h4>Decode / encode</h4>
      <CapDecoder extra={extra} />
      <h4>Compare two masks</h4>
      <CapDiff />
    </section>
  )
})
