import type { ChangeEvent } from 'react'
import { useAppStoreApi } from '../../state/useAppStore'
import { EXAMPLES, exampleById } from '../examples'
import { openBorrowed } from '../lessons/workspace'

/** Combobox "Examples": picking one loads it as one undoable edit, the user's manifest kept one click away. */
export function ExamplesPicker({ onMessage }: { onMessage(text: string): void }) {
  const app = useAppStoreApi()
  const load = (e: ChangeEvent<HTMLSelectElement>) => {
    const example = exampleById(e.target.value)
    e.target.value = ''
    if (!example) return
    const name = example.title.split(' — ')[0]
    openBorrowed(app, { kind: 'example', label: `the example ${name}` }, example.text)
    onMessage(`Loaded ${name}`)
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
