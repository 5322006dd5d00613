import { useStore } from 'zustand'
import { stepById } from './index'
import { LessonIntro } from './LessonIntro'
import { lessonStore } from './lessonStore'
import { LessonStepView } from './LessonStepView'
import './lessons.css'

/** Lessons: a guided path through the securityContext walkthrough and beyond (issue 6). */
export function LessonsPanel() {
  const stepId = useStore(lessonStore, (s) => s.stepId)
  const step = stepId === null ? undefined : stepById(stepId)
  return (
    <section className="lessons" aria-label="Lessons">
      <h2 className="lessons-title">Lessons</h2>
      {step ? <LessonStepView step={step} /> : <LessonIntro />}
    </section>
  )
}
