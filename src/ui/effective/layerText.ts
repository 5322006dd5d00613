/** How the layering picture reads in words: layer names and one sentence per field (for screen readers). */
import type { FieldLayers, LayerCell, LayerId } from '../../core/effective/layers'
import { formatValue } from './format'

export const LAYER_NAME: Record<LayerId, string> = {
  default: 'Runtime default',
  scc: 'OpenShift SCC',
  pod: 'Pod',
  container: 'Container',
}

/** What a screen reader hears for one field: the winner, then each value it overrides. */
export function fieldSentence(f: FieldLayers): string {
  const lost = (Object.entries(f.cells) as [LayerId, LayerCell][])
    .filter(([, c]) => c.state === 'lost')
    .map(([l, c]) => `${LAYER_NAME[l].toLowerCase()} ${formatValue(c.value)}`)
  const wins = `${f.key}: ${LAYER_NAME[f.winner].toLowerCase()} ${formatValue(f.cells[f.winner].value)} wins`
  return lost.length ? `${wins} over ${lost.join(' and ')}` : wins
}
