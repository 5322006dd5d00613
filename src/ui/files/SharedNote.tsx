import { useStore } from 'zustand'
import { useAppStoreApi } from '../../state/useAppStore'
import { openedShare } from './openedShare'

/** "Opened a shared manifest", with the text it replaced one click away (openedShare.ts). */
export function SharedNote() {
  const app = useAppStoreApi()
  const previous = useStore(openedShare, (s) => s.previous)
  if (previous === null) return null
  const { restore, dismiss } = openedShare.getState()
  return (
    <p className="file-restored" role="status">
      Opened a shared manifest.{' '}
      <button type="button" onClick={() => restore(app)}>
        Restore your previous text
      </button>{' '}
      <button type="button" aria-label="Dismiss the shared-manifest note" onClick={dismiss}>
        ×
      </button>
    </p>
  )
}
