import type { Analysis, ResourceAnalysis } from '../core/analyze'
import type { ContainerEffective, ContainerRef } from '../core/types'
import type { AppState } from './store'

/** The analysis the forms show: the current one, or the last good one while the YAML is broken. */
export const selectShown = (s: AppState): Analysis => (s.analysis.errors.length ? s.lastGood : s.analysis)
/** True while the YAML does not parse (forms show lastGood). */
export const selectBroken = (s: AppState): boolean => s.analysis.errors.length > 0
/** Forms cannot write while the YAML is broken or while a big text is still being loaded or analysed. */
export const selectReadOnly = (s: AppState): boolean =>
  s.analysis.errors.length > 0 || s.pending !== null || s.loading !== null
export const selectResourceAnalysis = (s: AppState): ResourceAnalysis | undefined =>
  selectShown(s).resources[s.selectedResource]
export const selectContainerRef = (s: AppState): ContainerRef | undefined =>
  selectResourceAnalysis(s)?.resource.containers[s.selectedContainer]
export const selectContainerEffective = (s: AppState): ContainerEffective | undefined =>
  selectResourceAnalysis(s)?.effective[s.selectedContainer]
