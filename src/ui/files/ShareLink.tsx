import { useState } from 'react'
import type { AppState } from '../../state/store'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { copyText } from './download'
import { currentShareUrl } from './share'

/** What a share link depends on, as stored references (the link itself is built only on demand: it compresses). */
const useShared = () => [
  useAppStore((s: AppState) => s.text),
  useAppStore((s: AppState) => s.options),
  useAppStore((s: AppState) => s.selectedResource),
  useAppStore((s: AppState) => s.selectedContainer),
  useAppStore((s: AppState) => s.sideTab),
]

/** "Copy share link": the whole text and the view in the URL hash, copied and shown in a read-only box. */
export function ShareLink({ onMessage }: { onMessage(text: string): void }) {
  const app = useAppStoreApi()
  const now = useShared()
  const [shared, setShared] = useState<{ of: unknown[]; url: string } | null>(null)
  const share = async () => {
    const url = currentShareUrl(app, window.location)
    setShared({ of: now, url })
    const ok = await copyText(url)
    onMessage(
      ok
        ? `Share link copied (${url.length.toLocaleString('en')} characters)`
        : 'The browser refused the clipboard: copy the link from the box',
    )
  }
  // The box shows the link only while it still is the link of what the page shows.
  const fresh = shared !== null && shared.of.every((x, i) => x === now[i])
  return (
    <>
      <button type="button" onClick={() => void share()}>
        Copy share link
      </button>
      {fresh && (
        <input
          className="file-share-url"
          type="text"
          readOnly
          aria-label="Share link"
          value={shared.url}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </>
  )
}
