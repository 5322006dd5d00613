/** Effective settings, problems and lessons (issues 4–6). */
export function SidePane() {
  return <aside className="side-pane" aria-label="Details" />
}
