import { useState } from 'react'
import { useAppStoreApi } from '../../state/useAppStore'
import { INITIAL_TEXT } from '../initialText'
import { replaceText } from './replaceText'
import { getStartOrigin } from './startup'

/** "Restored your last session", with a way back to the example, after a reload restored autosaved text. */
export function RestoredNote() {
  const app = useAppStoreApi()
  const [open, setOpen] = useState(() => getStartOrigin() === 'autosave')
  if (!open) return null
  return (
    <p className="file-restored" role="status">
      Restored your last session.{' '}
      <button
        type="button"
        onClick={() => {
          replaceText(app, INITIAL_TEXT)
          setOpen(false)
        }}
      >
        Reset to example
      </button>{' '}
      <button type="button" aria-label="Dismiss the restored-session note" onClick={() => setOpen(false)}>
        ×
      </button>
    </p>
  )
}
