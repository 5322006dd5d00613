/** `caps decode HEX...` (like capsh --decode) and `caps encode NAME...`. */
import { capshDecode, encodeCaps } from '../../core/k8s/capabilities'
import type { Io } from '../io'

export function caps(action: 'decode' | 'encode', values: readonly string[], io: Io): number {
  try {
    const lines = action === 'decode' ? values.map(capshDecode) : [encodeCaps(values)]
    io.stdout(`${lines.join('\n')}\n`)
    return 0
  } catch (e) {
    io.stderr(`caps ${action}: ${(e as Error).message}\n`)
    return 2
  }
}
