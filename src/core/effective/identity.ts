/**
 * Who the container's first process is (uid: k/k pkg/kubelet/kuberuntime/security_context.go
 * determineEffectiveSecurityContext and helpers.go getImageUser; gid and groups: the runtime, from the image's
 * /etc/passwd and /etc/group as supplementalGroupsPolicy says).
 *
 * Names come from the container's image model (image.ts, images.ts). On busybox, /etc/passwd knows only root
 * (uid 0, gid 0), and /etc/group names gid 0 `root` and gid 10 `wheel`, with root a member of wheel. So `id`
 * prints names only for 0 and 10 — `uid=0(root) gid=0(root) groups=0(root),10(wheel)` for root, and
 * `uid=1000 gid=0(root) groups=0(root),2000` for uid 1000 without runAsGroup — exactly as busybox does (checked
 * with runc: `npm run verify:runtime`).
 */
import { RUNTIMES } from '../k8s/runtimes'
import type { Effective, JsonObject, JsonValue, ProcessIdentity, Runtime } from '../types'
import { numberSource } from '../yaml'
import {
  groupNameIn,
  imageGroupName,
  imageMemberships,
  imagePrimaryGid,
  imageUid,
  imageUserName,
  userNameIn,
} from './image'
import { BUSYBOX, type ImageModel } from './images'
import { asInt, eff, type Fields, pick, podOnly } from './merge'

/** How busybox ls/ps print a uid: its name in the image's /etc/passwd (busybox: `root` for 0), else the number. */
export function userName(uid: number, m: ImageModel = BUSYBOX): string {
  return imageUserName(uid, m) ?? String(uid)
}

/** How busybox ls prints a gid: its name in the image's /etc/group (busybox: `root`, `wheel`), else the number. */
export function groupName(gid: number, m: ImageModel = BUSYBOX): string {
  return imageGroupName(gid, m) ?? String(gid)
}

/** `1000` or `0(root)`: a name where `named` finds one. */
function idPart(n: number, named: (n: number) => string | null): string {
  const name = named(n)
  return name === null ? String(n) : `${n}(${name})`
}

/** The source text of an ID JavaScript rounded (`9223372036854775808`, not 9223372036854776000), else `v`. */
function exact(v: JsonValue, holder: JsonValue | undefined, key: string | number): JsonValue {
  return numberSource(holder, key) ?? v
}

/**
 * An ID entry showing numbers JavaScript rounded as they are written. No valid ID is that large (the API
 * server rejects the pod: beyond int64 it cannot even decode it), so the entry says so; asInt keeps such
 * values out of the uid and groups.
 */
function exactId(e: Effective, key: string, ctr: JsonObject | null, pod: JsonObject | null): Effective {
  const holder = e.source === 'container' ? ctr : e.source === 'pod' ? pod : null
  const list = Array.isArray(e.value) ? e.value : null
  const value = list ? list.map((v, i) => exact(v, list, i)) : exact(e.value, holder ?? undefined, key)
  const overridden = e.overridden === undefined ? undefined : exact(e.overridden, pod ?? undefined, key)
  const before = [...(list ?? [e.value]), e.overridden]
  const after = [...(Array.isArray(value) ? value : [value]), overridden]
  const changed = after.find((v, i) => v !== before[i])
  if (changed === undefined) return e
  const out: Effective = {
    ...e,
    value,
    why: `${String(changed)} is not a valid ID: the API server rejects the pod`,
  }
  if (overridden !== undefined) out.overridden = overridden
  return out
}

/** The process's user and groups (as ProcessIdentity has them), with the fields and assumptions they come from. */
export interface Identity extends Pick<
  ProcessIdentity,
  'uid' | 'gid' | 'groups' | 'additionalGids' | 'id' | 'user'
> {
  fields: Fields
  fsGroup: number | null
  assumptions: string[]
}

function runAsNonRootEntry(ctr: JsonObject | null, pod: JsonObject | null, uid: number, user: Effective) {
  const e = pick('runAsNonRoot', ctr, pod, eff(null, 'default', { why: 'unset: no check' }))
  if (e.value === true && uid === 0) {
    e.why =
      user.source === 'image'
        ? 'the kubelet will not start the container: the image runs as root (uid 0)'
        : 'the kubelet will not start the container: runAsUser 0 breaks the non-root policy'
  }
  return e
}

/**
 * uid, gid, groups and the `id` line, with the runAsUser/runAsGroup/runAsNonRoot and pod group fields.
 * Both runtimes put the primary gid in the supplementary groups (containerd pkg/oci/spec_opts.go
 * ensureAdditionalGids; CRI-O server/container_create.go setupContainerUser AddProcessAdditionalGid(gid)) and,
 * under Merge, the image's /etc/group memberships of the user (containerd WithAdditionalGIDs, CRI-O
 * utils.GetUserInfo). CRI-O also writes an /etc/passwd entry named after the user string for a uid the image
 * lacks, and an /etc/group entry `<gid>:x:<gid>:` for a primary gid it lacks (utils/utils.go GeneratePasswd,
 * GenerateGroup), so busybox `id` names them: `uid=1000(1000) gid=3000(3000) groups=2000,3000(3000),4000`
 * (checked with runc and busybox on such files).
 */
export function computeIdentity(
  ctr: JsonObject | null,
  pod: JsonObject | null,
  image: ImageModel = BUSYBOX,
  runtime: Runtime = 'containerd',
): Identity {
  const assumptions: string[] = []
  const imageUser = imageUid(image)
  const userWord = imageUser === 0 ? 'root (uid 0)' : `uid ${imageUser}`
  const assumed = image.id === 'custom' ? 'assumed to be ' : `${image.id}: `
  const imageWhy = `unset: the image's USER, ${assumed}${userWord}`
  const picked = pick('runAsUser', ctr, pod, eff(imageUser, 'image', { why: imageWhy }))
  const runAsUser = exactId(picked, 'runAsUser', ctr, pod)
  const uid = asInt(picked.value) ?? imageUser
  if (runAsUser.source === 'image') {
    assumptions.push(`image USER is ${userWord}`)
  } else if (asInt(picked.value) === null) {
    // A number that is no ID (1.5, 9223372036854775808) is shown as written; anything else as JSON.
    const [text, what] =
      typeof picked.value === 'number'
        ? [String(runAsUser.value), 'not a valid ID']
        : [JSON.stringify(picked.value), 'not a number']
    assumptions.push(`runAsUser ${text} is ${what}: the image user is shown`)
  }

  const passwdGid = imagePrimaryGid(uid, image)
  const passwdName = imageUserName(uid, image)
  const passwdWhy =
    passwdName !== undefined
      ? `uid ${uid} is ${passwdName} in the image's /etc/passwd, so the primary group is ${passwdGid} (${imageGroupName(passwdGid, image) ?? passwdGid})`
      : `uid ${uid} is not in the image's /etc/passwd, so the primary group is 0 (root)`
  const runAsGroup = exactId(
    pick('runAsGroup', ctr, pod, eff(passwdGid, 'derived', { why: passwdWhy })),
    'runAsGroup',
    ctr,
    pod,
  )
  const gid = asInt(runAsGroup.value) ?? passwdGid
  if (runAsGroup.source === 'derived' && passwdName === undefined) {
    assumptions.push(`image has no /etc/passwd entry for uid ${uid}`)
  }

  const supplementalGroups = exactId(
    podOnly('supplementalGroups', pod, eff(null, 'default', { why: 'unset: no extra groups' })),
    'supplementalGroups',
    ctr,
    pod,
  )
  const policy = podOnly(
    'supplementalGroupsPolicy',
    pod,
    eff('Merge', 'default', { why: "unset: Merge (the image's /etc/group memberships are added)" }),
  )
  const fsGroupEntry = exactId(
    podOnly(
      'fsGroup',
      pod,
      eff(null, 'default', { why: 'unset: the kubelet never changes volume ownership' }),
    ),
    'fsGroup',
    ctr,
    pod,
  )
  const fsGroup = asInt(fsGroupEntry.value)

  // What the kubelet sends (kuberuntime determineEffectiveSecurityContext): fsGroup, then supplementalGroups.
  const kubelet: number[] = []
  if (fsGroup !== null) kubelet.push(fsGroup)
  const extra = Array.isArray(supplementalGroups.value) ? supplementalGroups.value : []
  for (const g of extra) if (asInt(g) !== null) kubelet.push(g as number)
  const merged = policy.value === 'Strict' ? [] : imageMemberships(uid, image)
  if (merged.length > 0) {
    const names = merged.map((g) => `${imageGroupName(g, image)} (${g})`).join(', ')
    const files = image.id === 'custom' ? 'busybox' : image.id
    assumptions.push(`image /etc/group as in ${files}: ${userName(uid, image)} is also in ${names}`)
  }
  // CRI-O (setupContainerUser): the gid, the image's memberships, then the kubelet's groups, each once.
  // containerd (WithUser → ensureAdditionalGids, WithAdditionalGIDs, WithSupplementalGroups → mergeGids):
  // the same groups, sorted. The kernel keeps the list sorted (setgroups), which `id` prints.
  const additionalGids = [...new Set([gid, ...merged, ...kubelet])]
  const groups = [...additionalGids].sort((a, b) => a - b)
  const userNamed = (n: number) => userNameIn(runtime, n, image)
  const groupNamed = (n: number) => groupNameIn(runtime, n, gid, image)
  if (
    RUNTIMES[runtime].namesMissingIds &&
    (passwdName === undefined || imageGroupName(gid, image) === undefined)
  ) {
    assumptions.push(`${RUNTIMES[runtime].label} adds the missing /etc/passwd and /etc/group entries`)
  }
  const id = `uid=${idPart(uid, userNamed)} gid=${idPart(gid, groupNamed)} groups=${groups
    .map((g) => idPart(g, groupNamed))
    .join(',')}`

  return {
    fields: {
      runAsUser,
      runAsGroup,
      runAsNonRoot: runAsNonRootEntry(ctr, pod, uid, runAsUser),
      supplementalGroups,
      supplementalGroupsPolicy: policy,
      fsGroup: fsGroupEntry,
    },
    uid,
    gid,
    groups,
    additionalGids: RUNTIMES[runtime].sortsAdditionalGids ? groups : additionalGids,
    id,
    user: userName(uid, image),
    fsGroup,
    assumptions,
  }
}
