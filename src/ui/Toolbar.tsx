import { PSS_VERSIONS } from '../core/k8s/versions'
import type { Platform, PssLevel, Runtime } from '../core/types'
import { selectShown } from '../state/selectors'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import { Picker } from './fields/Picker'
import { containerLabel, resourceLabel } from './fields/values'
import { ImagePicker } from './ImagePicker'
import { OpenShiftOptions } from './OpenShiftOptions'
import { SkipLinks } from './panels/SkipLinks'

const LEVELS: readonly PssLevel[] = ['privileged', 'baseline', 'restricted']
const RUNTIMES: readonly { value: Runtime; label: string }[] = [
  { value: 'containerd', label: 'containerd' },
  { value: 'cri-o', label: 'CRI-O' },
]
const PLATFORMS: readonly { value: Platform; label: string }[] = [
  { value: 'kubernetes', label: 'Kubernetes' },
  { value: 'openshift', label: 'OpenShift' },
]

/** Pickers: resource and container shown in the forms, and the analysis options (level, version, runtime, image). */
export function Toolbar() {
  const store = useAppStoreApi()
  const resources = useAppStore(selectShown).resources
  const selectedResource = useAppStore((s) => s.selectedResource)
  const selectedContainer = useAppStore((s) => s.selectedContainer)
  const options = useAppStore((s) => s.options)
  const containers = resources[selectedResource]?.resource.containers ?? []
  const { selectResource, selectContainer, setOptions } = store.getState()

  return (
    <div className="toolbar">
      <SkipLinks />
      {resources.length > 0 ? (
        <Picker
          label="Resource"
          value={String(selectedResource)}
          options={resources.map((r, i) => ({ value: String(i), label: resourceLabel(r.resource) }))}
          onChange={(v) => selectResource(Number(v))}
        />
      ) : null}
      {containers.length > 0 ? (
        <Picker
          label="Container"
          value={String(selectedContainer)}
          options={containers.map((c, i) => ({ value: String(i), label: containerLabel(c) }))}
          onChange={(v) => selectContainer(Number(v))}
        />
      ) : null}
      <Picker
        label="Pod Security level"
        value={options.level}
        options={LEVELS.map((l) => ({ value: l, label: l }))}
        onChange={(v) => setOptions({ level: v as PssLevel })}
      />
      <Picker
        label="Kubernetes version"
        value={options.version}
        options={(PSS_VERSIONS.includes(options.version)
          ? PSS_VERSIONS
          : [options.version, ...PSS_VERSIONS]
        ).map((v) => ({ value: v, label: v }))}
        onChange={(v) => setOptions({ version: v })}
      />
      <Picker
        label="Container runtime"
        value={options.runtime}
        options={RUNTIMES}
        onChange={(v) => setOptions({ runtime: v as Runtime })}
      />
      <Picker
        label="Platform"
        value={options.platform ?? 'kubernetes'}
        options={PLATFORMS}
        onChange={(v) => setOptions({ platform: v as Platform })}
      />
      <OpenShiftOptions />
      <ImagePicker />
    </div>
  )
}
