import { selectShown } from '../../state/selectors'
import { LayerDiagram } from '../effective/LayerDiagram'
import { useAppStore } from '../../state/useAppStore'
import { shellLines, transcript } from './shell'
import type { LessonStep } from './types'

/** What the step's commands print in the container, from the analysis of the text in the editor. */
export function LessonShell({ step }: { step: LessonStep }) {
  const index = step.container ?? 0
  const ra = useAppStore((s) => selectShown(s).resources[0])
  const runtime = useAppStore((s) => s.options.runtime)
  const eff = ra?.effective[index]
  const name = ra?.resource.containers[index]?.name
  return (
    <section className="lesson-shell" aria-label="Lesson shell output">
      <h4>
        What the shell prints{name ? ` in ${name}` : ''}
        {eff ? <span className="lesson-runtime"> ({runtime})</span> : null}
      </h4>
      {eff ? (
        <pre tabIndex={0} aria-label={`Shell output${name ? ` in ${name}` : ''}`}>
          {transcript(step.shell.flatMap((k) => shellLines(k, eff)))}
        </pre>
      ) : (
        <p className="lesson-note">No container to run: the editor holds no pod with containers.</p>
      )}
    </section>
  )
}

/** The layering picture of the step's container, for the steps about who decides (override lessons). */
export function LessonLayers({ step }: { step: LessonStep }) {
  const eff = useAppStore((s) => selectShown(s).resources[0]?.effective[step.container ?? 0])
  return step.layers && eff ? <LayerDiagram c={eff} /> : null
}
