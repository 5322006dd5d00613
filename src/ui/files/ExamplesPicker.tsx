import type { ChangeEvent } from 'react'
import { useAppStoreApi } from '../../state/useAppStore'
import { EXAMPLES, exampleById } from '../examples'
import { exitLessons } from '../lessons/lessonStore'
import { replaceText } from './replaceText'

/** Combobox "Examples": picking one loads it as one undoable edit. */
export function ExamplesPicker({ onMessage }: { onMessage(text: string): void }) {
  const app = useAppStoreApi()
  const load = (e: ChangeEvent<HTMLSelectElement>) => {
    const example = exampleById(e.target.value)
    e.target.value = ''
    if (!example) return
    exitLessons()
    replaceText(app, example.text)
    onMessage(`Loaded ${example.title.split(' — ')[0]}`)
  }
  return (
    <label className="file-examples">
      <span>Examples</span>
      <select value="" onChange={load}>
        <option value="" disabled>
          Load an example…
        </option>
        <optgroup label="Walkthrough">
          {EXAMPLES.filter((e) => e.id.startsWith('security-context')).map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </optgroup>
        <optgroup label="More">
          {EXAMPLES.filter((e) => !e.id.startsWith('security-context')).map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  )
}
