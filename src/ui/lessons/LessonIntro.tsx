import { useAppStoreApi } from '../../state/useAppStore'
import { STEPS, TOPICS } from './index'
import { openStep } from './lessonActions'

/** The list of topics; each starts at its first step. */
export function LessonIntro() {
  const app = useAppStoreApi()
  const first = STEPS[0]
  return (
    <div className="lesson-intro">
      <p>
        A guided path through the Kubernetes “Configure a Security Context” walkthrough and beyond. Each step
        loads a manifest into the editor, marks the fields it is about and shows what the shell in the
        container would print. The lessons run in their own workspace: your manifest is kept, and “Exit
        lessons” or “Back to your manifest” brings it back exactly.
      </p>
      {first && (
        <button type="button" className="lesson-primary" onClick={() => openStep(app, first.id)}>
          Start the lessons
        </button>
      )}
      <ol className="lesson-topics" aria-label="Lesson topics">
        {TOPICS.map((t) => {
          const start = t.steps[0]
          return (
            <li key={t.id}>
              {start && (
                <button type="button" className="lesson-link" onClick={() => openStep(app, start.id)}>
                  {t.title}
                </button>
              )}{' '}
              <span className="lesson-count">
                ({t.steps.length} {t.steps.length === 1 ? 'step' : 'steps'})
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
