/**
 * `fix`: the input with the minimal edits that make every workload pass the level, on stdout; on stderr one
 * line per change that may break the workload and one per violation left (README "CLI"). Exit 0 only when
 * the output passes `check` at that level (Pod Security and no API errors), else 1; 2 for unusable input.
 */
import { planLevelFix } from '../../core/fixes'
import { DEFAULT_OPTIONS, type PssLevel } from '../../core/types'
import { applyEdits, parseStream } from '../../core/yaml'
import { displayName, type Input } from '../inputs'
import { load } from '../load'
import { platformAnalyzeOptions, type PlatformOptions } from '../platform'
import { fixScc } from '../sccFix'
import type { Io } from '../io'

export function fix(
  input: Input,
  o: { level: PssLevel; version: string; platform?: PlatformOptions; image?: string; imageUser?: number },
  io: Io,
): number {
  const options = {
    ...DEFAULT_OPTIONS,
    level: o.level,
    version: o.version,
    imageUser: o.imageUser ?? DEFAULT_OPTIONS.imageUser,
    ...(o.image === undefined ? {} : { image: o.image }),
    ...platformAnalyzeOptions(o.platform),
  }
  const loaded = load(input, options)
  if (loaded.error || !loaded.analysis) {
    io.stderr(`${loaded.error}\n`)
    return 2
  }
  let { text, stream } = loaded.analysis
  let passes = true
  const lines: string[] = []
  for (const [i, ra] of loaded.analysis.resources.entries()) {
    const r = planLevelFix(text, i, o.level, o.version, options, stream)
    text = applyEdits(text, r.edits)
    // Only the resource's own document changed: the others are reused, not parsed again.
    if (r.edits.length) stream = parseStream(text, stream)
    passes &&= r.passes
    const who = `${displayName(input.file)}: ${ra.resource.kind}/${ra.resource.name ?? '(no name)'}`
    for (const c of r.changes) if (c.effect === 'may-break') lines.push(`${who}: may break: ${c.message}\n`)
    for (const u of r.notFixed) lines.push(`${who}: not fixed: ${u.check}: ${u.message}\n`)
  }
  if (options.platform === 'openshift') {
    // SCC admission comes first on OpenShift: make restricted-v2 (or the granted SCCs) admit each pod too.
    const scc = fixScc(text, options)
    text = scc.text
    passes &&= scc.admitted
    for (const line of scc.lines) lines.push(`${displayName(input.file)}: ${line}\n`)
  }
  io.stdout(text)
  for (const line of lines) io.stderr(line)
  return passes ? 0 : 1
}
