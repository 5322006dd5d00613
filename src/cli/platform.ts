/**
 * `--platform kubernetes|openshift` and the OpenShift namespace allocation flags of check, effective and fix
 * (README "CLI", issue 17): `--uid-range START/SIZE`, `--supplemental-groups START/SIZE[,...]`, `--mcs LEVEL`,
 * and `--scc NAME[,NAME]` letting the pod's service account use SCC presets. Also the JSON and text of an
 * admission.
 */
import type { ResourceAnalysis } from '../core/analyze'
import { fieldPathOf } from '../core/pss/findings'
import { parseIdBlock, parseIdBlocks, SCC_GRANT_PRESETS, type SccAdmission } from '../core/scc'
import type { AnalyzeOptions, OpenShiftInputs, Platform } from '../core/types'

export class PlatformUsageError extends Error {}

export interface PlatformOptions {
  platform: Platform
  /** Only under openshift. */
  openshift?: OpenShiftInputs
}

const text = { type: 'string' } as const

/** The options the flags add to check, effective and fix (node:util parseArgs specs). */
export const PLATFORM_FLAGS = {
  platform: text,
  'uid-range': text,
  'supplemental-groups': text,
  mcs: text,
  scc: text,
} as const

export const PLATFORM_USAGE = `  check, effective and fix also take --platform kubernetes|openshift; under openshift each pod goes
  through SCC admission first: --uid-range START/SIZE, --supplemental-groups START/SIZE[,...] and --mcs LEVEL
  give the namespace's openshift.io/sa.scc.* allocation (a Namespace in the input wins; default
  1000750000/10000, s0:c27,c24), --scc ${SCC_GRANT_PRESETS.join('|')}[,...] lets the service account use SCCs
  besides restricted-v2`

export function platformOf(flags: ReadonlyMap<string, string>): PlatformOptions {
  const given = flags.get('--platform') ?? 'kubernetes'
  if (given !== 'kubernetes' && given !== 'openshift')
    throw new PlatformUsageError(`--platform must be kubernetes or openshift, not "${given}"`)
  const uidRange = flags.get('--uid-range') ?? null
  const supplementalGroups = flags.get('--supplemental-groups') ?? null
  const mcs = flags.get('--mcs') ?? null
  const scc = flags.get('--scc')
  if (given === 'kubernetes') {
    const stray = ['--uid-range', '--supplemental-groups', '--mcs', '--scc'].find((f) => flags.has(f))
    if (stray) throw new PlatformUsageError(`${stray} needs --platform openshift`)
    return { platform: 'kubernetes' }
  }
  if (uidRange !== null) {
    const b = parseIdBlock(uidRange)
    if ('error' in b || !uidRange.includes('/'))
      throw new PlatformUsageError(
        `--uid-range must be START/SIZE (like 1000750000/10000), not "${uidRange}"`,
      )
  }
  if (supplementalGroups !== null && 'error' in parseIdBlocks(supplementalGroups))
    throw new PlatformUsageError(
      `--supplemental-groups must be START/SIZE[,START/SIZE...], not "${supplementalGroups}"`,
    )
  if (mcs !== null && !/^s\d+(:c\d+(,c\d+)*)?$/.test(mcs))
    throw new PlatformUsageError(`--mcs must be an SELinux level like s0:c27,c9, not "${mcs}"`)
  const grants = scc === undefined ? [] : scc.split(',')
  const unknown = grants.find((g) => !SCC_GRANT_PRESETS.includes(g))
  if (unknown !== undefined)
    throw new PlatformUsageError(`--scc must be ${SCC_GRANT_PRESETS.join(', ')}, not "${unknown}"`)
  return { platform: 'openshift', openshift: { uidRange, supplementalGroups, mcs, grants } }
}

/** The analysis options of a platform (kubernetes: none added). */
export function platformAnalyzeOptions(p: PlatformOptions | undefined): Partial<AnalyzeOptions> {
  return p?.platform === 'openshift' ? { platform: 'openshift', openshift: p.openshift } : {}
}

/** `scc` of a resource in --json (README "CLI"): who admitted it, the API server's message, the mutations. */
export function sccJson(scc: SccAdmission, basePath: readonly (string | number)[]) {
  return {
    admittedBy: scc.admittedBy,
    message: scc.message,
    mutations: scc.mutations.map((m) => ({
      path: fieldPathOf(m.path.slice(basePath.length)),
      value: m.value,
    })),
  }
}

/** `scc` of a resource for --json, when the analysis ran under openshift. */
export function sccEntry(r: ResourceAnalysis): { scc?: ReturnType<typeof sccJson> } {
  return r.scc ? { scc: sccJson(r.scc, r.resource.basePath) } : {}
}

/** One line for people: `OpenShift: admitted by restricted-v2` or `OpenShift: rejected by SCC admission`. */
export function sccLine(r: ResourceAnalysis): string | null {
  if (!r.scc) return null
  if (r.scc.status === 'skipped') return 'OpenShift: not subject to SCC admission (Windows pod)'
  return r.scc.admittedBy ? `admitted by ${r.scc.admittedBy}` : 'rejected by OpenShift SCC admission'
}
