import { EffectivePanel } from './effective/EffectivePanel'
import { LessonsPanel } from './lessons/LessonsPanel'
import { ProblemsPanel } from './problems/ProblemsPanel'

/** Effective settings, problems and lessons (issues 4–6). */
export function SidePane() {
  return (
    <aside className="side-pane" aria-label="Details">
      <EffectivePanel />
      <ProblemsPanel />
      <LessonsPanel />
    </aside>
  )
}
