/** `fix`: the input with the minimal edits that make every workload pass the level, on stdout. */
import { planLevelFix } from '../../core/fixes'
import { DEFAULT_OPTIONS, type PssLevel } from '../../core/types'
import { applyEdits } from '../../core/yaml'
import type { Input } from '../inputs'
import { load } from '../load'
import type { Io } from '../run'

export function fix(input: Input, o: { level: PssLevel; version: string }, io: Io): number {
  const loaded = load(input, { ...DEFAULT_OPTIONS, level: o.level, version: o.version })
  if (loaded.error || !loaded.analysis) {
    io.stderr(`${loaded.error}\n`)
    return 2
  }
  let text = loaded.analysis.text
  for (let i = 0; i < loaded.analysis.resources.length; i++) {
    text = applyEdits(text, planLevelFix(text, i, o.level, o.version))
  }
  io.stdout(text)
  return 0
}
