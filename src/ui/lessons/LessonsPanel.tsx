import { useEffect, useRef } from 'react'
import { useAppStore } from '../../state/useAppStore'
import { stepById } from './index'
import { LessonIntro } from './LessonIntro'
import { LessonStepView } from './LessonStepView'
import './lessons.css'

/** Lessons: a guided path through the securityContext walkthrough and beyond (issue 6). */
export function LessonsPanel() {
  const stepId = useAppStore((s) => s.lessonStep)
  const step = stepId === null ? undefined : stepById(stepId)
  const title = useRef<HTMLHeadingElement>(null)
  const mounted = useRef(false)
  // Starting or leaving the lessons unmounts the button that had focus: keep keyboard users in the panel
  // instead of dropping them at the top of the page. (Previous / Next keep their focus.)
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true
      return
    }
    if (document.activeElement === document.body) title.current?.focus()
  }, [stepId])
  return (
    <section className="lessons" aria-label="Lessons">
      <h2 className="lessons-title" tabIndex={-1} ref={title}>
        Lessons
      </h2>
      {step ? <LessonStepView step={step} /> : <LessonIntro />}
    </section>
  )
}
