import { useId } from 'react'
import { IMAGES } from '../core/effective'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import { DraftInput } from './fields/DraftInput'
import { Picker } from './fields/Picker'
import { parseId } from './fields/values'

const CUSTOM = 'custom'
/** The known images (core/effective/images.ts) by name and USER, then the custom entry. */
const OPTIONS: readonly { value: string; label: string }[] = [
  ...IMAGES.map((m) => ({ value: m.id, label: `${m.id} (USER ${m.user === '' ? 'root' : m.user})` })),
  { value: CUSTOM, label: 'custom uid…' },
]

/**
 * Combobox "Image": the image assumed for containers whose own `image:` is not a known one (a known image is
 * modelled as it is), with the custom image's uid beside it when custom is picked.
 */
export function ImagePicker() {
  const store = useAppStoreApi()
  const image = useAppStore((s) => s.options.image) ?? CUSTOM
  const imageUser = useAppStore((s) => s.options.imageUser)
  const uidId = useId()
  const { setOptions } = store.getState()
  return (
    <>
      <span
        className="image-picker"
        title="The image assumed for containers whose own image is not a known one: its USER, /etc/passwd, /etc/group and entrypoint"
      >
        <Picker
          label="Image"
          value={image}
          options={OPTIONS}
          onChange={(v) => setOptions({ image: v === CUSTOM ? undefined : v })}
        />
      </span>
      {image === CUSTOM ? (
        <span className="picker">
          <label htmlFor={uidId}>Image user (uid)</label>
          <DraftInput
            id={uidId}
            label="Image user (uid)"
            type="number"
            current={String(imageUser)}
            readOnly={false}
            title="The uid the custom image's USER resolves to: used when runAsUser is unset"
            commit={(raw) => {
              const parsed = parseId(raw)
              if (!parsed.ok) return parsed.error
              setOptions({ imageUser: parsed.value ?? 0 })
              return null
            }}
          />
        </span>
      ) : null}
    </>
  )
}
