import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { backToYours } from '../lessons/workspace'

const SAYS = {
  lesson: 'Lessons run in their own workspace',
  example: 'Showing an example',
  share: 'Opened a shared manifest',
} as const

/**
 * While the editor holds borrowed text (a lesson, an example, a share link): what it is, and the user's manifest
 * one click away, "Back to your manifest" (issue 15 §6; ui/lessons/workspace.ts).
 */
export function SharedNote() {
  const app = useAppStoreApi()
  const workspace = useAppStore((s) => s.workspace)
  const kept = useAppStore((s) => s.yours !== null)
  if (workspace === null || !kept) return null
  return (
    <p className="file-restored" role="status">
      {SAYS[workspace.kind]}: your manifest is kept.{' '}
      <button type="button" onClick={() => backToYours(app)}>
        Back to your manifest
      </button>
    </p>
  )
}
