/** Lessons (issue 6). */
export function LessonsPanel() {
  return null
}
