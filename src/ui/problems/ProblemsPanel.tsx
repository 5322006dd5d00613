/** Problems list with fixes (issue 5). */
export function ProblemsPanel() {
  return null
}
