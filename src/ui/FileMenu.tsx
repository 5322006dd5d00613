import { useCallback, useEffect, useState } from 'react'
import { ExamplesPicker } from './files/ExamplesPicker'
import { FileActions } from './files/FileActions'
import { RestoredNote } from './files/RestoredNote'
import { SharedNote } from './files/SharedNote'
import { ShareLink } from './files/ShareLink'
import { ThemeControls } from './files/ThemeControls'
import './files/files.css'

/** Examples, open, download, copy, share link, theme (issue 6). */
export function FileMenu() {
  const [message, setMessage] = useState('')
  const say = useCallback((text: string) => setMessage(text), [])
  useEffect(() => {
    if (!message) return
    const t = setTimeout(() => setMessage(''), 6000)
    return () => clearTimeout(t)
  }, [message])
  return (
    <div className="file-menu" role="group" aria-label="File">
      <ExamplesPicker onMessage={say} />
      <FileActions onMessage={say} />
      <ShareLink onMessage={say} />
      <ThemeControls />
      <p className="file-status" role="status" aria-live="polite">
        {message}
      </p>
      <RestoredNote />
      <SharedNote />
    </div>
  )
}
