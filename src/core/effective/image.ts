/**
 * A container's image as the figures read it: which catalogue model (images.ts) it is, and what that model's
 * /etc/passwd and /etc/group say about a uid or gid. identity.ts names ids from here, volumes.ts and the
 * transcript name owners, and `npm run verify:runtime` writes exactly these files into the root filesystem it
 * runs with runc.
 *
 * CRI-O adds what the image lacks (server/container_create.go setupContainerUser → utils/utils.go):
 * GeneratePasswd appends `<user>:x:<uid>:<gid>:<user> user:<home>:/sbin/nologin` when no entry has the uid
 * (the user string is the uid for a numeric runAsUser, the gid is the one /etc/passwd gave, 0 when none, the
 * home is $HOME or the working directory), and GenerateGroup appends `<gid>:x:<gid>:` when no entry has the
 * primary gid; each file is written to the container's run directory and bind-mounted over /etc/passwd and
 * /etc/group. Neither is generated when the image's file is writable by the user (not so in these images:
 * root-owned 0644). containerd reads the image's files and never writes them (pkg/oci/spec_opts.go WithUser,
 * WithAdditionalGIDs).
 */
import { RUNTIMES } from '../k8s/runtimes'
import { lookup } from '../json'
import type { ContainerImage, JsonValue, Runtime } from '../types'
import { BUSYBOX, customImage, IMAGE_NAMES, IMAGES, type ImageModel } from './images'

export type { ImageModel } from './images'

/** The image's user name of a uid, or undefined. */
export function imageUserName(uid: number, m: ImageModel = BUSYBOX): string | undefined {
  return m.passwd.find((p) => p.uid === uid)?.name
}

/** The image's group name of a gid, or undefined. */
export function imageGroupName(gid: number, m: ImageModel = BUSYBOX): string | undefined {
  return m.group.find((g) => g.gid === gid)?.name
}

/** The primary gid /etc/passwd gives a uid: its entry's, else 0 (both runtimes default to 0). */
export function imagePrimaryGid(uid: number, m: ImageModel = BUSYBOX): number {
  return m.passwd.find((p) => p.uid === uid)?.gid ?? 0
}

/**
 * The groups of /etc/group that list the uid's user as a member, other than the group named like the user:
 * what containerd's WithAdditionalGIDs and CRI-O's GetUserInfo add under supplementalGroupsPolicy Merge.
 */
export function imageMemberships(uid: number, m: ImageModel = BUSYBOX): number[] {
  const name = imageUserName(uid, m)
  if (name === undefined) return []
  return m.group.filter((g) => g.name !== name && g.members.includes(name)).map((g) => g.gid)
}

/** The image's /etc/passwd. */
export function imagePasswd(m: ImageModel = BUSYBOX): string {
  return m.passwd.map((p) => `${p.name}:x:${p.uid}:${p.gid}:${p.gecos}:${p.home}:${p.shell}\n`).join('')
}

/** The image's /etc/group. */
export function imageGroup(m: ImageModel = BUSYBOX): string {
  return m.group.map((g) => `${g.name}:x:${g.gid}:${g.members.join(',')}\n`).join('')
}

/** The files a runtime writes and bind-mounts over the image's (null: the image's file is used). */
export interface GeneratedEtc {
  passwd: string | null
  group: string | null
}

/**
 * What the runtime generates for a process of `uid` and primary `gid` (runAsGroup, else the passwd gid):
 * CRI-O completes /etc/passwd and /etc/group, containerd never does. The user string is the uid: the kubelet
 * sends runAsUser, or the image's numeric USER, as a number.
 */
export function generatedEtc(
  runtime: Runtime,
  uid: number,
  gid: number,
  m: ImageModel = BUSYBOX,
  home = '/',
): GeneratedEtc {
  if (!RUNTIMES[runtime].namesMissingIds) return { passwd: null, group: null }
  const user = String(uid)
  return {
    passwd:
      imageUserName(uid, m) === undefined
        ? `${imagePasswd(m)}${user}:x:${uid}:${imagePrimaryGid(uid, m)}:${user} user:${home}:/sbin/nologin\n`
        : null,
    group: imageGroupName(gid, m) === undefined ? `${imageGroup(m)}${gid}:x:${gid}:\n` : null,
  }
}

/** The name `id` and `ls` print for a uid in the container (null: the number alone). */
export function userNameIn(runtime: Runtime, uid: number, m: ImageModel = BUSYBOX): string | null {
  return imageUserName(uid, m) ?? (RUNTIMES[runtime].namesMissingIds ? String(uid) : null)
}

/** The name `id` and `ls` print for a gid in a container whose primary gid is `primary` (null: the number). */
export function groupNameIn(
  runtime: Runtime,
  gid: number,
  primary: number,
  m: ImageModel = BUSYBOX,
): string | null {
  return imageGroupName(gid, m) ?? (RUNTIMES[runtime].namesMissingIds && gid === primary ? String(gid) : null)
}

/** The uid the image's USER gives (unset: root; a name: its /etc/passwd entry, else 0). */
export function imageUid(m: ImageModel): number {
  const user = m.user.split(':')[0] ?? ''
  if (user === '') return 0
  if (/^[0-9]+$/.test(user)) return Number(user)
  return m.passwd.find((p) => p.name === user)?.uid ?? 0
}

/** What the kubelet reads of the USER (kuberuntime getImageUser): a uid, or a name when it is not numeric. */
export function kubeletImageUser(m: ImageModel): { uid: number } | { name: string } {
  const user = m.user.split(':')[0] ?? ''
  return user === '' || /^[0-9]+$/.test(user) ? { uid: imageUid(m) } : { name: user }
}

/**
 * A reference's repository as a registry would name it: `busybox:1.36` → `docker.io/library/busybox`, with its
 * tag (`latest` when none; a digest-only reference has no tag). Docker's rule (distribution/reference
 * ParseNormalizedNamed): the first part is a registry only when it has a `.` or `:` or is `localhost`.
 */
export function normaliseRef(ref: string): { repo: string; tag: string | null } {
  const [named = ''] = ref.trim().toLowerCase().split('@')
  const slash = named.lastIndexOf('/')
  const colon = named.lastIndexOf(':')
  const tagged = colon > slash
  const name = tagged ? named.slice(0, colon) : named
  const tag = tagged ? named.slice(colon + 1) : ref.includes('@') ? null : 'latest'
  const parts = name.split('/')
  const first = parts[0] ?? ''
  const hasRegistry =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  let registry = hasRegistry ? first : 'docker.io'
  const path = hasRegistry ? parts.slice(1) : parts
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io'
  if (registry === 'docker.io' && path.length === 1) path.unshift('library')
  return { repo: `${registry}/${path.join('/')}`, tag }
}

/** The catalogue model an image reference names, or null. */
export function matchImage(ref: string): ImageModel | null {
  const { repo, tag } = normaliseRef(ref)
  return IMAGES.find((m) => m.repos.includes(repo) && (!m.tag || (tag !== null && m.tag(tag)))) ?? null
}

/** A model by catalogue name (`busybox`, `distroless-nonroot`) or by an image reference it matches. */
export function findImage(name: string): ImageModel | null {
  return IMAGES.find((m) => m.id === name) ?? matchImage(name)
}

/** The known names, for messages: `busybox, agnhost, …, custom`. */
export const imageNames = (): string => IMAGE_NAMES.join(', ')

/** The image the user assumes for containers whose own image is not known (options.image, options.imageUser). */
export function assumedImage(options: { image?: string; imageUser: number }): ImageModel {
  const named = options.image === undefined || options.image === 'custom' ? null : findImage(options.image)
  return named ?? customImage(options.imageUser)
}

/** A container's model: its own `image:` where the catalogue knows it, else the assumed one. */
export function containerImage(
  image: JsonValue | undefined,
  options: { image?: string; imageUser: number; knownImages?: boolean },
): { model: ImageModel; info: ContainerImage } {
  const ref = typeof image === 'string' && image.trim() !== '' ? image.trim() : null
  const own = ref === null || options.knownImages === false ? null : matchImage(ref)
  const model = own ?? assumedImage(options)
  // The same words for every container on the assumed image (the CLI prints a repeated container once).
  const label = own
    ? `image ${ref} (known: ${own.id})`
    : `assumed image: ${model.title} (${ref === null ? 'the container names no image' : 'its image is not a known one'})`
  return {
    model,
    info: {
      ref,
      model: model.id,
      known: own !== null,
      user: model.user,
      uid: imageUid(model),
      entrypoint: [...model.entrypoint],
      cmd: [...model.cmd],
      label,
    },
  }
}

/** The model a computed container used (its `image` entry); busybox when it has none. */
export function modelOf(info: ContainerImage | undefined): ImageModel {
  if (!info) return BUSYBOX
  if (info.model === 'custom') return customImage(info.uid)
  return IMAGES.find((m) => m.id === info.model) ?? BUSYBOX
}

/**
 * The uid a container's process gets from its image when runAsUser is unset: its own image's USER where the
 * catalogue knows it, else the assumed image's (lint and fixes ask here, as core/effective computes it).
 */
export function imageUserOf(
  container: JsonValue | undefined,
  options: { image?: string; imageUser: number },
): number {
  const object = container !== null && typeof container === 'object' && !Array.isArray(container)
  return imageUid(containerImage(object ? lookup(container, 'image') : undefined, options).model)
}
