import { useState } from 'react'
import { useAppStoreApi } from '../../state/useAppStore'
import { INITIAL_TEXT } from '../initialText'
import { openStep } from '../lessons/lessonActions'
import { openBorrowed } from '../lessons/workspace'
import { getReopen, getStartOrigin } from './startup'

/**
 * After a reload: "Restored your last session" (the user's manifest), with the starting example and the borrowed
 * text the page held (a lesson step, an example, a shared manifest, with the user's edits) one click away.
 */
export function RestoredNote() {
  const app = useAppStoreApi()
  const [reopen] = useState(getReopen)
  const [open, setOpen] = useState(() => getStartOrigin() === 'autosave' || reopen !== null)
  if (!open) return null
  const restored = getStartOrigin() === 'autosave'
  const reopenIt = () => {
    setOpen(false)
    if (!reopen) return
    if (reopen.kind === 'lesson' && reopen.step !== null && openStep(app, reopen.step, reopen.text)) {
      app.getState().setSideTab('learn')
      return
    }
    openBorrowed(app, { kind: reopen.kind, label: reopen.label }, reopen.text)
  }
  return (
    <p className="file-restored" role="status">
      {restored && 'Restored your last session: your manifest is back. '}
      {reopen && (
        <>
          <button type="button" onClick={reopenIt}>
            Reopen {reopen.label}
          </button>{' '}
        </>
      )}
      {restored && (
        <>
          <button
            type="button"
            onClick={() => {
              openBorrowed(app, { kind: 'example', label: 'the example' }, INITIAL_TEXT)
              setOpen(false)
            }}
          >
            Reset to example
          </button>{' '}
        </>
      )}
      <button type="button" aria-label="Dismiss the restored-session note" onClick={() => setOpen(false)}>
        ×
      </button>
    </p>
  )
}
