/**
 * The image the figures assume: busybox, the image of the Kubernetes walkthrough, reduced to what decides the
 * output of `id`, `ls` and `ps`. Its /etc/passwd knows only root (uid 0, gid 0); its /etc/group names gid 0
 * `root` and gid 10 `wheel`, with root a member of wheel. identity.ts names ids from here, and
 * `npm run verify:runtime` writes exactly these files into the busybox root filesystem it runs with runc.
 *
 * CRI-O adds what the image lacks (server/container_create.go setupContainerUser → utils/utils.go):
 * GeneratePasswd appends `<user>:x:<uid>:<gid>:<user> user:<home>:/sbin/nologin` when no entry has the uid
 * (the user string is the uid for a numeric runAsUser, the gid is the one /etc/passwd gave, 0 when none, the
 * home is $HOME or the working directory), and GenerateGroup appends `<gid>:x:<gid>:` when no entry has the
 * primary gid; each file is written to the container's run directory and bind-mounted over /etc/passwd and
 * /etc/group. Neither is generated when the image's file is writable by the user (not so in busybox: root-owned
 * 0644). containerd reads the image's files and never writes them (pkg/oci/spec_opts.go WithUser,
 * WithAdditionalGIDs).
 */
import { RUNTIMES } from '../k8s/runtimes'
import type { Runtime } from '../types'

interface PasswdEntry {
  name: string
  uid: number
  gid: number
  home: string
  shell: string
}
interface GroupEntry {
  name: string
  gid: number
  members: readonly string[]
}

const PASSWD: readonly PasswdEntry[] = [{ name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' }]
const GROUP: readonly GroupEntry[] = [
  { name: 'root', gid: 0, members: [] },
  { name: 'wheel', gid: 10, members: ['root'] },
]

/** The image's user name of a uid, or undefined. */
export function imageUserName(uid: number): string | undefined {
  return PASSWD.find((p) => p.uid === uid)?.name
}

/** The image's group name of a gid, or undefined. */
export function imageGroupName(gid: number): string | undefined {
  return GROUP.find((g) => g.gid === gid)?.name
}

/** The primary gid /etc/passwd gives a uid: its entry's, else 0 (both runtimes default to 0). */
export function imagePrimaryGid(uid: number): number {
  return PASSWD.find((p) => p.uid === uid)?.gid ?? 0
}

/**
 * The groups of /etc/group that list the uid's user as a member, other than the group named like the user:
 * what containerd's WithAdditionalGIDs and CRI-O's GetUserInfo add under supplementalGroupsPolicy Merge.
 */
export function imageMemberships(uid: number): number[] {
  const name = imageUserName(uid)
  if (name === undefined) return []
  return GROUP.filter((g) => g.name !== name && g.members.includes(name)).map((g) => g.gid)
}

/** The image's /etc/passwd. */
export function imagePasswd(): string {
  return PASSWD.map((p) => `${p.name}:x:${p.uid}:${p.gid}:${p.name}:${p.home}:${p.shell}\n`).join('')
}

/** The image's /etc/group. */
export function imageGroup(): string {
  return GROUP.map((g) => `${g.name}:x:${g.gid}:${g.members.join(',')}\n`).join('')
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
export function generatedEtc(runtime: Runtime, uid: number, gid: number, home = '/'): GeneratedEtc {
  if (!RUNTIMES[runtime].namesMissingIds) return { passwd: null, group: null }
  const user = String(uid)
  return {
    passwd:
      imageUserName(uid) === undefined
        ? `${imagePasswd()}${user}:x:${uid}:${imagePrimaryGid(uid)}:${user} user:${home}:/sbin/nologin\n`
        : null,
    group: imageGroupName(gid) === undefined ? `${imageGroup()}${gid}:x:${gid}:\n` : null,
  }
}

/** The name `id` and `ls` print for a uid in the container (null: the number alone). */
export function userNameIn(runtime: Runtime, uid: number): string | null {
  return imageUserName(uid) ?? (RUNTIMES[runtime].namesMissingIds ? String(uid) : null)
}

/** The name `id` and `ls` print for a gid in a container whose primary gid is `primary` (null: the number). */
export function groupNameIn(runtime: Runtime, gid: number, primary: number): string | null {
  return imageGroupName(gid) ?? (RUNTIMES[runtime].namesMissingIds && gid === primary ? String(gid) : null)
}
