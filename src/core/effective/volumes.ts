/**
 * Volume ownership as the container sees it (k/k pkg/volume/volume_linux.go VolumeOwnership.ChangePermissions):
 * for each volumeMount, the mount point's group and `ls -ld` mode, and what a file the process creates there looks
 * like (umask 022).
 */
import type { JsonObject, JsonValue, VolumeOwnership } from '../types'
import { groupName, userName } from './identity'
import type { ImageModel } from './images'
import { asInt, asObject } from './merge'

export interface VolumeContext {
  fsGroup: number | null
  uid: number
  gid: number
  /** The image whose /etc/passwd and /etc/group name the owners (default busybox). */
  image?: ImageModel
}

/** `ls -l` mode string: `drwxrwsrwx`, `-rw-r--r--`, with setuid/setgid/sticky letters. */
export function modeString(type: 'd' | '-', mode: number): string {
  const bits = 'rwxrwxrwx'.split('').map((c, i) => ((mode >> (8 - i)) & 1 ? c : '-'))
  const special = (i: number, flag: number, set: string) => {
    if (mode & flag) bits[i] = bits[i] === 'x' ? set : set.toUpperCase()
  }
  special(2, 0o4000, 's')
  special(5, 0o2000, 's')
  special(8, 0o1000, 't')
  return type + bits.join('')
}

const octal = (n: number) => `0${n.toString(8)}`
const EXT4_EMPTY_DIR = 4096
const TMPFS_EMPTY_DIR = 40
/** What the kubelet ORs into a directory it gives to fsGroup: group rw and x, setgid. */
const FSGROUP_DIR_BITS = 0o660 | 0o110 | 0o2000
/** Volumes whose files the kubelet writes (AtomicWriter): always read-only, tmpfs except configMap. */
const ATOMIC = new Set(['configMap', 'secret', 'downwardAPI', 'projected'])
const NEVER = new Set(['hostPath', 'nfs', 'cephfs', 'glusterfs'])
const CSI_LIKE = new Set(['persistentVolumeClaim', 'csi', 'ephemeral'])
const BLOCK = new Set([
  'iscsi',
  'fc',
  'rbd',
  'awsElasticBlockStore',
  'gcePersistentDisk',
  'azureDisk',
  'cinder',
])

function sourceType(volume: JsonObject | null): string {
  if (!volume) return 'unknown'
  return Object.keys(volume).find((k) => k !== 'name') ?? 'emptyDir'
}

function managedDir(base: number, ctx: VolumeContext) {
  const mode = ctx.fsGroup === null ? base : base | FSGROUP_DIR_BITS
  return { group: ctx.fsGroup ?? 0, mode, setgid: ctx.fsGroup !== null }
}

function emptyDir(volume: JsonObject, ctx: VolumeContext, readOnly: boolean) {
  const memory = asObject(volume.emptyDir)?.medium === 'Memory'
  const dir = managedDir(memory ? 0o1777 : 0o777, ctx)
  const fileGroup = dir.setgid ? dir.group : ctx.gid
  const created = memory ? 'a tmpfs created 1777' : 'created 0777'
  return {
    group: dir.group,
    mode: modeString('d', dir.mode),
    // An empty directory: one ext4 block on the kubelet's disk; tmpfs counts 20 bytes per entry (. and ..).
    size: memory ? TMPFS_EMPTY_DIR : EXT4_EMPTY_DIR,
    newFile: readOnly
      ? null
      : `-rw-r--r-- ${userName(ctx.uid, ctx.image)} ${groupName(fileGroup, ctx.image)}`,
    why:
      ctx.fsGroup === null
        ? `${created} root:root; without fsGroup the kubelet leaves ownership alone`
        : `fsGroup ${ctx.fsGroup} owns the volume with setgid, so new files get group ${ctx.fsGroup}` +
          (readOnly ? '; the mount is read-only' : ''),
  }
}

function atomic(type: string, volume: JsonObject, ctx: VolumeContext) {
  const dir = managedDir(type === 'configMap' ? 0o777 : 0o1777, ctx)
  const defaultMode = asInt(asObject(volume[type])?.defaultMode) ?? 0o644
  const fileMode = ctx.fsGroup === null ? defaultMode : defaultMode | 0o440
  const files = `${modeString('-', fileMode & 0o7777)} root ${groupName(dir.group, ctx.image)}`
  return {
    group: dir.group,
    mode: modeString('d', dir.mode),
    newFile: null,
    why: `${type} volumes are read-only; files show as ${files} (defaultMode ${octal(defaultMode)}${
      ctx.fsGroup === null ? '' : ` OR 0440 for fsGroup ${ctx.fsGroup}`
    })`,
  }
}

function unmanaged(type: string, ctx: VolumeContext) {
  const g = ctx.fsGroup
  let why: string
  if (NEVER.has(type)) why = `Kubernetes does not manage ${type} ownership: the existing owner and mode apply`
  else if (type === 'image') why = 'image volumes are read-only: owner and mode come from the image'
  else if (CSI_LIKE.has(type)) {
    why =
      g === null
        ? `without fsGroup the kubelet leaves ${type} ownership alone: the filesystem's owner and mode apply`
        : `depends on the CSI driver's fsGroupPolicy: with File (or ReadWriteOnceWithFSType and an fsType on a ` +
          `ReadWriteOnce volume) the root gets group ${g} and setgid; with None it is left alone`
  } else if (type === 'unknown') why = 'no volume of that name in spec.volumes'
  else why = `ownership of ${type} volumes is not modelled`
  return { group: null, mode: null, newFile: null, why }
}

/** One entry per volumeMount of the container, in order, joined with spec.volumes by name. */
export function computeVolumes(podSpec: JsonObject, container: JsonObject | null, ctx: VolumeContext) {
  const mounts = Array.isArray(container?.volumeMounts) ? container.volumeMounts : []
  const volumes: JsonValue[] = Array.isArray(podSpec.volumes) ? podSpec.volumes : []
  return mounts.map((m): VolumeOwnership => {
    const mount = asObject(m) ?? {}
    const name = typeof mount.name === 'string' ? mount.name : ''
    const mountPath = typeof mount.mountPath === 'string' ? mount.mountPath : ''
    const volume = volumes.map(asObject).find((v) => v?.name === name) ?? null
    const type = sourceType(volume)
    const readOnly = mount.readOnly === true || ATOMIC.has(type) || type === 'image'
    let figures: Omit<VolumeOwnership, 'name' | 'mountPath' | 'type' | 'readOnly'>
    if (volume && (type === 'emptyDir' || type === 'gitRepo')) figures = emptyDir(volume, ctx, readOnly)
    else if (volume && ATOMIC.has(type)) figures = atomic(type, volume, ctx)
    else if (BLOCK.has(type) && ctx.fsGroup !== null) {
      figures = {
        group: ctx.fsGroup,
        mode: null,
        newFile: null,
        why: `fsGroup ${ctx.fsGroup} is applied (group, setgid, group rw); the other mode bits come from the filesystem`,
      }
    } else figures = unmanaged(type, ctx)
    if (typeof mount.subPath === 'string' && mount.subPath && figures.mode !== null) {
      figures = {
        group: figures.group,
        mode: null,
        newFile: null,
        why: `subPath ${mount.subPath}: the subdirectory's mode is not modelled`,
      }
    }
    return { name, mountPath, type, readOnly, ...figures }
  })
}
