/**
 * mounts: a bind mount per volumeMount, from the directory the kubelet prepared (k/k pkg/kubelet/
 * kubelet_pods.go makeMounts: the volume's directory under /var/lib/kubelet/pods/<pod uid>/volumes, or its
 * volume-subpaths bind for a subPath; read-only when the mount or the volume type is), written as
 * - containerd (internal/cri/opts/spec_linux_opts.go withMounts): type `bind`, options `rbind`, the
 *   propagation (`rprivate` for None, `rslave` for HostToContainer, `rshared` for Bidirectional) and `ro`
 *   (`rro` for recursiveReadOnly) or `rw`; sorted by path depth, parents first (orderedMounts);
 * - CRI-O (server/container_create_linux.go addOCIBindMounts): the same options and order, no type;
 *   plus the /etc/passwd and /etc/group it generates (server/container_create.go setupContainerUser),
 *   bind-mounted `rw,bind,nodev,nosuid,noexec` from the container's run directory.
 */
import { asObject } from '../effective/merge'
import type { GeneratedEtc } from '../effective/image'
import type { ContainerEffective, JsonObject, JsonValue, Runtime } from '../types'
import type { OciMount } from './types'

const PODS = '/var/lib/kubelet/pods/<pod uid>'
const RUN_DIR = '/run/containers/storage/overlay-containers/<container id>/userdata'

/** The kubelet's plugin directory name of a volume type (kubernetes.io~empty-dir, kubernetes.io~configmap). */
const PLUGIN_DIRS: Readonly<Record<string, string>> = {
  emptyDir: 'empty-dir',
  configMap: 'configmap',
  secret: 'secret',
  projected: 'projected',
  downwardAPI: 'downward-api',
  persistentVolumeClaim: 'csi',
  csi: 'csi',
  ephemeral: 'csi',
  image: 'image',
}

function volumeSource(volume: JsonObject | null, type: string, name: string): string {
  const host = asObject(volume?.hostPath)?.path
  if (type === 'hostPath' && typeof host === 'string') return host
  const plugin = Object.hasOwn(PLUGIN_DIRS, type) ? PLUGIN_DIRS[type] : type.toLowerCase()
  const dir = `${PODS}/volumes/kubernetes.io~${plugin}/${name}`
  return plugin === 'csi' ? `${PODS}/volumes/kubernetes.io~csi/<volume>/mount` : dir
}

const PROPAGATION: Readonly<Record<string, string>> = {
  HostToContainer: 'rslave',
  Bidirectional: 'rshared',
}

/** The number of path separators of a cleaned path (orderedMounts' key). */
const depth = (path: string) => path.replace(/\/+$/, '').split('/').length - 1

export function volumeMounts(
  runtime: Runtime,
  c: ContainerEffective,
  podSpec: JsonObject,
  container: JsonObject | null,
): OciMount[] {
  const specMounts: JsonValue[] = Array.isArray(container?.volumeMounts) ? container.volumeMounts : []
  const volumes: JsonValue[] = Array.isArray(podSpec.volumes) ? podSpec.volumes : []
  const mounts = c.volumes.map((v, index): OciMount => {
    const m = asObject(specMounts[index]) ?? {}
    const volume = volumes.map(asObject).find((x) => x?.name === v.name) ?? null
    const subPath = typeof m.subPath === 'string' && m.subPath !== '' ? m.subPath : null
    const source = subPath
      ? `${PODS}/volume-subpaths/${v.name}/${c.name}/${index}`
      : volumeSource(volume, v.type, v.name)
    const mode = typeof m.mountPropagation === 'string' ? m.mountPropagation : ''
    const propagation = Object.hasOwn(PROPAGATION, mode) ? PROPAGATION[mode]! : 'rprivate'
    const ro = m.recursiveReadOnly === 'Enabled' ? 'rro' : 'ro'
    const options = ['rbind', propagation, v.readOnly ? ro : 'rw']
    return runtime === 'containerd'
      ? { destination: v.mountPath, type: 'bind', source, options }
      : { destination: v.mountPath, source, options }
  })
  // A stable sort, as containerd's sort.Stable (CRI-O's sort.Sort keeps equal depths in no set order).
  return mounts
    .map((m, i) => ({ m, i }))
    .sort((a, b) => depth(a.m.destination) - depth(b.m.destination) || a.i - b.i)
    .map(({ m }) => m)
}

/** CRI-O's bind mounts of the /etc/passwd and /etc/group it generated. */
export function etcMounts(etc: GeneratedEtc): OciMount[] {
  const options = ['rw', 'bind', 'nodev', 'nosuid', 'noexec']
  const out: OciMount[] = []
  if (etc.passwd !== null)
    out.push({ destination: '/etc/passwd', type: 'bind', source: `${RUN_DIR}/passwd`, options })
  if (etc.group !== null)
    out.push({ destination: '/etc/group', type: 'bind', source: `${RUN_DIR}/group`, options })
  return out
}
