import { PSS_VERSIONS } from '../core/k8s/versions'
import type { Platform, PssLevel, Runtime } from '../core/types'
import { useShallow } from 'zustand/react/shallow'
import { selectResourceAnalysis, selectShown } from '../state/selectors'
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
const NONE: readonly string[] = []
const PLATFORMS: readonly { value: Platform; label: string }[] = [
  { value: 'kubernetes', label: 'Kubernetes' },
  { value: 'openshift', label: 'OpenShift' },
]

/** Pickers: resource and container shown in the forms, and the analysis options (level, version, runtime, image). */
export function Toolbar() {
  const store = useAppStoreApi()
  // Labels, not the analysis: a keystroke that leaves every kind/name as it was does not re-render the pickers.
  const resources = useAppStore(
    useShallow((s) => selectShown(s).resources.map((r) => resourceLabel(r.resource))),
  )
  const containers = useAppStore(
    useShallow((s) => selectResourceAnalysis(s)?.resource.containers.map(containerLabel) ?? NONE),
  )
  const selectedResource = useAppStore((s) => s.selectedResource)
  const selectedContainer = useAppStore((s) => s.selectedContainer)
  const options = useAppStore((s) => s.options)
  const { selectResource, selectContainer, setOptions } = store.getState()

  return (
    <div className="toolbar">
      <SkipLinks />
      {resources.length > 0 ? (
        <Picker
          label="Resource"
          value={String(selectedResource)}
          options={resources.map((label, i) => ({ value: String(i), label }))}
          onChange={(v) => selectResource(Number(v))}
        />
      ) : null}
      {containers.length > 0 ? (
        <Picker
          label="Container"
          value={String(selectedContainer)}
          options={containers.map((label, i) => ({ value: String(i), label }))}
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
