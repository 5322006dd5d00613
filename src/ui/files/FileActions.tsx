import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'
import { useAppStoreApi } from '../../state/useAppStore'
import { openOwn } from '../lessons/workspace'
import { documentName } from './documentName'
import { copyText, downloadAs, downloadText, readTextFile } from './download'

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

/** Open file (picker and drag and drop anywhere on the page), Download, Copy YAML. */
export function FileActions({ onMessage }: { onMessage(text: string): void }) {
  const app = useAppStoreApi()
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)

  const open = useCallback(
    async (file: File) => {
      const read = await readTextFile(file)
      if ('error' in read) return onMessage(read.error)
      openOwn(app, read.text, file.name)
      onMessage(`Opened ${file.name}`)
    },
    [app, onMessage],
  )

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      e.stopPropagation()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      e.stopPropagation()
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (file) void open(file)
    }
    // Capture phase: the page (and Monaco's own drop handling) never sees a dropped file.
    window.addEventListener('dragover', over, true)
    window.addEventListener('dragleave', leave, true)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragover', over, true)
      window.removeEventListener('dragleave', leave, true)
      window.removeEventListener('drop', drop, true)
    }
  }, [open])

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (file) void open(file)
  }
  const download = () => {
    const { text } = app.getState()
    const { filename, type } = downloadAs(documentName(app), text)
    downloadText(text, filename, type)
    onMessage(`Downloaded ${filename}`)
  }
  const copy = async () => {
    const ok = await copyText(app.getState().text)
    onMessage(ok ? 'YAML copied to the clipboard' : 'The browser refused the clipboard: use Download instead')
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open file
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept=".yaml,.yml,.json,application/yaml,text/yaml,application/json,text/plain"
        onChange={pick}
      />
      <button type="button" onClick={download}>
        Download
      </button>
      <button type="button" onClick={() => void copy()}>
        Copy YAML
      </button>
      {dragging && (
        <div className="file-drop" aria-hidden="true">
          Drop a YAML file to open it
        </div>
      )}
    </>
  )
}
