/** Quick fixes: a registry of { id, title, appliesTo(problem), plan(ctx) → TextEdit[] }. */

export type { Fix, FixContext } from './define'
export {
  planLevelFix,
  type LevelFixChange,
  type LevelFixOptions,
  type LevelFixReport,
  type LevelFixUnfixed,
} from './level'
export {
  changeId,
  planLevelFixes,
  planLevelFixesSteps,
  type DocumentPlan,
  type LevelFixesOptions,
  type LevelFixPlan,
  type PlannedChange,
  type PlannedResource,
} from './levelMany'
export { FIXES, fixById, fixesFor, planFix } from './registry'
