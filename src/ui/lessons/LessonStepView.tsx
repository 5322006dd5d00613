import { useEffect, useRef } from 'react'
import { selectShown } from '../../state/selectors'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { fieldDoc } from './fieldDocs'
import { STEPS, stepIndex } from './index'
import { exitLessons, moveStep, openStep } from './lessonActions'
import { LessonLayers, LessonShell, LessonVerdict } from './LessonShell'
import { RichText } from './RichText'
import type { LessonStep } from './types'

/** One step: what it teaches, what to try, the shell output (near the top: it is the payoff), the fields involved, navigation. */
export function LessonStepView({ step }: { step: LessonStep }) {
  const app = useAppStoreApi()
  const text = useAppStore((s) => s.text)
  const index = stepIndex(step.id)
  const docs = step.highlight.map(fieldDoc).filter((d) => d !== undefined)
  const unique = docs.filter(
    (d, i) => docs.findIndex((o) => o.label === d.label && o.level === d.level) === i,
  )
  const edited = text !== step.manifest
  const broken = useAppStore((s) => selectShown(s) !== s.analysis)
  const ref = useRef<HTMLElement>(null)
  // A new step starts at its top (the pane keeps its scroll otherwise, hiding the step's title under the tabs).
  useEffect(() => {
    const pane = ref.current?.closest<HTMLElement>('.side-pane')
    if (pane) pane.scrollTop = 0
  }, [step.id])
  return (
    <article className="lesson-step" aria-labelledby="lesson-step-title" ref={ref}>
      <p className="lesson-progress">
        <span>
          Step {index + 1} of {STEPS.length}
        </span>{' '}
        <span className="lesson-topic">· {step.topic}</span>
        <span className="lesson-aside">
          <a href={`#lesson=${encodeURIComponent(step.id)}`} className="lesson-deeplink">
            Link to this step
          </a>
          <button type="button" className="lesson-link" onClick={() => exitLessons(app)}>
            Exit lessons
          </button>
        </span>
      </p>
      <progress className="lesson-bar" max={STEPS.length} value={index + 1} aria-label="Lesson progress" />
      <h3 id="lesson-step-title">{step.title}</h3>
      {step.explain.map((p, i) => (
        <p key={i}>
          <RichText text={p} />
        </p>
      ))}
      {step.warning && (
        <p className="lesson-warning" role="note">
          <strong>Warning:</strong> {step.warning}
        </p>
      )}
      <h4>Try this</h4>
      <p>
        <RichText text={step.tryThis} />
      </p>
      <LessonShell step={step} />
      <LessonVerdict step={step} />
      <LessonLayers step={step} />
      {broken && (
        <p className="lesson-note">The YAML has an error: the output is from the last valid text.</p>
      )}
      {unique.length > 0 && (
        <>
          <h4>Fields in this step</h4>
          <ul className="lesson-fields" aria-label="Fields in this step">
            {unique.map((d) => (
              <li key={`${d.level}:${d.label}`}>
                <code>{d.label}</code> <span className="lesson-level">({d.level})</span> {d.doc}{' '}
                <a href={d.href} target="_blank" rel="noreferrer noopener">
                  {d.label} reference
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {step.docs.length > 0 && (
        <p className="lesson-docs">
          Read more:{' '}
          {step.docs.map((d, i) => (
            <span key={d.href}>
              {i > 0 && ' · '}
              <a href={d.href} target="_blank" rel="noreferrer noopener">
                {d.label}
              </a>
            </span>
          ))}
        </p>
      )}
      <nav className="lesson-nav" aria-label="Lesson navigation">
        <button type="button" onClick={() => moveStep(app, -1)} disabled={index <= 0}>
          Previous
        </button>
        <button type="button" onClick={() => moveStep(app, 1)} disabled={index >= STEPS.length - 1}>
          Next
        </button>
        {edited && (
          <button type="button" onClick={() => openStep(app, step.id)}>
            Reload step manifest
          </button>
        )}
      </nav>
    </article>
  )
}
