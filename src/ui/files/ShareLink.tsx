import { useState } from 'react'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { copyText } from './download'
import { shareUrl } from './share'

/** "Copy share link": the whole text in the URL hash, copied and shown in a read-only box. */
export function ShareLink({ onMessage }: { onMessage(text: string): void }) {
  const app = useAppStoreApi()
  const text = useAppStore((s) => s.text)
  const [shared, setShared] = useState<{ text: string; url: string } | null>(null)
  const share = async () => {
    const current = app.getState().text
    const url = shareUrl(window.location, current)
    setShared({ text: current, url })
    const ok = await copyText(url)
    onMessage(
      ok
        ? `Share link copied (${url.length.toLocaleString('en')} characters)`
        : 'The browser refused the clipboard: copy the link from the box',
    )
  }
  const fresh = shared !== null && shared.text === text
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
