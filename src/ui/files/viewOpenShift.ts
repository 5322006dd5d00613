/**
 * The OpenShift part of the view (issue 17): the platform, the namespace's uid range and MCS level, and the SCC
 * grant presets. Written only under the openshift platform, so a Kubernetes view (and its link) stays as before.
 * Every value read from outside is checked with the same rules the toolbar's fields apply.
 */
import { NO_OPENSHIFT_INPUTS } from '../../core/openshift'
import { parseIdBlock, SCC_GRANT_PRESETS } from '../../core/scc'
import type { AnalyzeOptions, OpenShiftInputs, Platform } from '../../core/types'

export interface OpenShiftView {
  platform?: Platform
  /** openshift.io/sa.scc.uid-range as START/SIZE; absent: what the cluster would allocate. */
  uidRange?: string
  /** openshift.io/sa.scc.supplemental-groups as START/SIZE; absent: the uid range. */
  supplementalGroups?: string
  /** openshift.io/sa.scc.mcs like s0:c27,c9; absent: the level allocated with the uid range. */
  mcs?: string
  /** The SCC grant presets, comma-separated in SCC_GRANT_PRESETS order ('' = restricted-v2 only). */
  scc?: string
}

const PLATFORMS: readonly string[] = ['kubernetes', 'openshift'] satisfies Platform[]

/** A uid range as the namespace annotation writes it (START/SIZE), or an explanation of what is expected. */
export function uidRangeError(v: string): string | null {
  return v.includes('/') && !('error' in parseIdBlock(v)) ? null : 'START/SIZE, like 1000750000/10000'
}

/** An SELinux level as openshift.io/sa.scc.mcs writes it, or an explanation of what is expected. */
export function mcsError(v: string): string | null {
  return /^s\d+(:c\d+(,c\d+)*)?$/.test(v) ? null : 'an SELinux level like s0:c27,c9'
}

/** Grant presets from their comma-separated form: known names only, each once; null when any is not. */
export function parseGrants(raw: string): string[] | null {
  if (raw === '') return []
  const names = raw.split(',')
  if (new Set(names).size !== names.length || !names.every((n) => SCC_GRANT_PRESETS.includes(n))) return null
  return SCC_GRANT_PRESETS.filter((n) => names.includes(n))
}

/** The valid OpenShift entries of a view from raw strings. */
export function parseOpenShiftView(raw: (key: keyof OpenShiftView) => string | undefined): OpenShiftView {
  const view: OpenShiftView = {}
  const platform = raw('platform')
  const uidRange = raw('uidRange')
  const groups = raw('supplementalGroups')
  const mcs = raw('mcs')
  const scc = raw('scc')
  if (platform !== undefined && PLATFORMS.includes(platform)) view.platform = platform as Platform
  if (uidRange !== undefined && uidRangeError(uidRange) === null) view.uidRange = uidRange
  if (groups !== undefined && uidRangeError(groups) === null) view.supplementalGroups = groups
  if (mcs !== undefined && mcsError(mcs) === null) view.mcs = mcs
  const grants = scc === undefined ? null : parseGrants(scc)
  if (grants) view.scc = grants.join(',')
  return view
}

/**
 * A share link's view as it opens: one without a platform is a Kubernetes view (the Kubernetes view writes none,
 * and links made before the platform existed are Kubernetes links), so it never opens under an OpenShift platform
 * saved in this browser.
 */
export function linkView<V extends OpenShiftView>(view: V): V {
  return view.platform === undefined ? { ...view, platform: 'kubernetes' } : view
}

/** The OpenShift view of the options shown now: nothing under Kubernetes. */
export function openShiftViewOf(options: AnalyzeOptions): OpenShiftView {
  if (options.platform !== 'openshift') return {}
  const inputs = options.openshift ?? NO_OPENSHIFT_INPUTS
  const view: OpenShiftView = { platform: 'openshift' }
  if (inputs.uidRange !== null) view.uidRange = inputs.uidRange
  if (inputs.supplementalGroups !== null) view.supplementalGroups = inputs.supplementalGroups
  if (inputs.mcs !== null) view.mcs = inputs.mcs
  view.scc = SCC_GRANT_PRESETS.filter((n) => inputs.grants.includes(n)).join(',')
  return view
}

/** The analysis options an OpenShift view sets (the namespace inputs only when the view says any of them). */
export function openShiftOptionsOf(view: OpenShiftView): Pick<AnalyzeOptions, 'platform' | 'openshift'> {
  const options: Pick<AnalyzeOptions, 'platform' | 'openshift'> = {}
  if (view.platform !== undefined) options.platform = view.platform
  const any = [view.uidRange, view.supplementalGroups, view.mcs, view.scc].some((v) => v !== undefined)
  if (any) {
    const inputs: OpenShiftInputs = {
      ...NO_OPENSHIFT_INPUTS,
      uidRange: view.uidRange ?? null,
      supplementalGroups: view.supplementalGroups ?? null,
      mcs: view.mcs ?? null,
      grants: parseGrants(view.scc ?? '') ?? [],
    }
    options.openshift = inputs
  }
  return options
}
