/** Effective settings table and simulated shell (issue 4). */
export function EffectivePanel() {
  return null
}
