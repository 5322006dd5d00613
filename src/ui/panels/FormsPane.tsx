/** Pod and container securityContext forms (issue 3). */
export function FormsPane() {
  return (
    <section className="forms-pane" aria-label="Forms">
      <section aria-label="Pod securityContext">
        <h2>Pod securityContext</h2>
      </section>
    </section>
  )
}
