/** Pickers for resource, container and analysis options live here (issue 3). */
export function Toolbar() {
  return <div className="toolbar" />
}
