import { memo } from 'react'
import { CapDecoder } from './CapDecoder'
import { CapDiff } from './CapDiff'

/** Region "Capability calculator": decode a mask, encode names, diff two masks (like capsh --decode). */
export const CapabilityCalculator = memo(function CapabilityCalculator() {
  return (
    <section className="cap-calc" aria-label="Capability calculator">
      <h3>Capability calculator</h3>
      <p className="hint">
        The <code>Cap…</code> lines of <code>/proc/1/status</code> are bitmaps: bit N set means capability N.
      </p>
      <h4>Decode / encode</h4>
      <CapDecoder />
      <h4>Compare two masks</h4>
      <CapDiff />
    </section>
  )
})
