/** The Monaco YAML pane (lazy-loaded by EditorPane so the forms work before Monaco arrives). */
import { useEffect, useRef, useState } from 'react'
import { useAppStoreApi } from '../state/useAppStore'
import { mountEditor } from './mountEditor'
import './editor.css'

const calm = () => new URLSearchParams(window.location.search).has('calm')

export default function YamlEditor() {
  const store = useAppStoreApi()
  const host = useRef<HTMLDivElement>(null)
  const [cursor, setCursor] = useState<[number, number]>([1, 1])

  useEffect(() => {
    const el = host.current
    if (!el) return
    const mounted = mountEditor(el, store, {
      calm: calm(),
      onCursor: (line, column) => setCursor([line, column]),
    })
    return () => mounted.dispose()
  }, [store])

  return (
    <div className="yaml-editor">
      <div className="yaml-editor-host" ref={host} />
      <div className="yaml-editor-status">
        Line {cursor[0]}, Column {cursor[1]}
      </div>
    </div>
  )
}
