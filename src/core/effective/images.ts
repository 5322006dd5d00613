/**
 * The image catalogue: well-known images reduced to what decides what `id`, `ls` and `ps` print inside them and
 * what the kubelet reads of them — the config's USER, ENTRYPOINT and CMD, and the /etc/passwd and /etc/group
 * entries. A container whose `image:` names one of them is modelled on it (image.ts matches references); any
 * other container on the image the user assumes (the app's Image picker, the CLI's --image / --image-user).
 *
 * Only the entries that can decide an output are listed; where a base image has more (Debian's and Alpine's
 * system users and groups), `partial` says what is left out, and the Effective view repeats it.
 * `npm run verify:runtime` writes each model's files into the root filesystem it runs with runc.
 */

export interface PasswdEntry {
  name: string
  uid: number
  gid: number
  gecos: string
  home: string
  shell: string
}

export interface GroupEntry {
  name: string
  gid: number
  members: readonly string[]
}

export interface ImageModel {
  /** Catalogue name: what `--image NAME` and the picker take. */
  id: string
  /** The reference shown for it (`busybox:1.28`). */
  ref: string
  /** One line for the picker and the Effective view. */
  title: string
  /** The config's USER as written (`''`: unset, root). The kubelet reads it as a uid, or a name when not numeric. */
  user: string
  entrypoint: readonly string[]
  cmd: readonly string[]
  passwd: readonly PasswdEntry[]
  group: readonly GroupEntry[]
  /** Whether /bin/sh and the busybox-style tools exist (distroless has neither). */
  shell: boolean
  /** What the model leaves out of the real image's files, said once in the view; null when nothing. */
  partial: string | null
  /** Where the facts come from (upstream file). */
  source: string
  /** Normalised repositories (`docker.io/library/busybox`) that are this image. */
  repos: readonly string[]
  /** Tags that are this image (default: any); e.g. only distroless's `nonroot` tags run as 65532. */
  tag?: (tag: string) => boolean
}

const root = (shell: string): PasswdEntry => ({
  name: 'root',
  uid: 0,
  gid: 0,
  gecos: 'root',
  home: '/root',
  shell,
})
const debianNobody: PasswdEntry = {
  name: 'nobody',
  uid: 65534,
  gid: 65534,
  gecos: 'nobody',
  home: '/nonexistent',
  shell: '/usr/sbin/nologin',
}
/** Debian-based official images: Alpine variants have other ids (postgres:alpine is uid 70). */
const notAlpine = (tag: string) => !/alpine/.test(tag)
const DEBIAN_PARTIAL =
  "Debian's other system users and groups (daemon, bin, sys, …) are left out: none of them lists root or the image's user"

/**
 * busybox (the Kubernetes walkthrough's image): no USER, CMD sh; /etc/passwd knows only root, /etc/group names
 * gid 0 `root` and gid 10 `wheel`, with root a member of wheel.
 */
export const BUSYBOX: ImageModel = {
  id: 'busybox',
  ref: 'busybox:1.28',
  title: 'busybox: USER root, the Kubernetes walkthrough image',
  user: '',
  entrypoint: [],
  cmd: ['sh'],
  passwd: [root('/bin/sh')],
  group: [
    { name: 'root', gid: 0, members: [] },
    { name: 'wheel', gid: 10, members: ['root'] },
  ],
  shell: true,
  partial: null,
  source: 'docker-library/busybox (the walkthrough image busybox:1.28)',
  repos: [
    'docker.io/library/busybox',
    'registry.k8s.io/busybox',
    'k8s.gcr.io/busybox',
    'gcr.io/google-containers/busybox',
    'registry.k8s.io/e2e-test-images/busybox',
  ],
}

/**
 * The docs' supplementalGroupsPolicy example image (website content/en/examples/pods/security/
 * security-context-5.yaml and -6.yaml): agnhost, built on Alpine with (kubernetes test/images/agnhost/Dockerfile)
 * `adduser -u 1000 -D user-defined-in-image && addgroup -g 50000 group-defined-in-image &&
 * addgroup user-defined-in-image group-defined-in-image`; ENTRYPOINT ["/agnhost"], CMD ["pause"], no USER.
 * The docs print its /etc/group as `user-defined-in-image:x:1000:` and
 * `group-defined-in-image:x:50000:user-defined-in-image`.
 */
export const AGNHOST: ImageModel = {
  id: 'agnhost',
  ref: 'registry.k8s.io/e2e-test-images/agnhost:2.45',
  title: 'agnhost: the docs’ supplementalGroupsPolicy image (uid 1000 is in group 50000)',
  user: '',
  entrypoint: ['/agnhost'],
  cmd: ['pause'],
  passwd: [
    root('/bin/sh'),
    {
      name: 'user-defined-in-image',
      uid: 1000,
      gid: 1000,
      gecos: 'Linux User,,,',
      home: '/home/user-defined-in-image',
      shell: '/bin/sh',
    },
  ],
  group: [
    { name: 'root', gid: 0, members: ['root'] },
    { name: 'user-defined-in-image', gid: 1000, members: [] },
    { name: 'group-defined-in-image', gid: 50000, members: ['user-defined-in-image'] },
  ],
  shell: true,
  partial:
    "Alpine's system users and groups (bin, daemon, wheel, …, several listing root) are left out: as root, the real image prints more groups",
  source: 'kubernetes test/images/agnhost/Dockerfile; website security-context.md (supplementalGroupsPolicy)',
  repos: [
    'registry.k8s.io/e2e-test-images/agnhost',
    'k8s.gcr.io/e2e-test-images/agnhost',
    'gcr.io/k8s-staging-e2e-test-images/agnhost',
  ],
}

/**
 * distroless static, nonroot tags (GoogleContainerTools/distroless common/BUILD.bazel passwd and group,
 * common/variables.bzl NONROOT = 65532): USER 65532, no shell, no ENTRYPOINT or CMD of its own.
 */
export const DISTROLESS_NONROOT: ImageModel = {
  id: 'distroless-nonroot',
  ref: 'gcr.io/distroless/static:nonroot',
  title: 'distroless static nonroot: USER 65532 (nonroot), no shell',
  user: '65532',
  entrypoint: [],
  cmd: [],
  passwd: [
    root('/sbin/nologin'),
    {
      name: 'nobody',
      uid: 65534,
      gid: 65534,
      gecos: 'nobody',
      home: '/nonexistent',
      shell: '/sbin/nologin',
    },
    {
      name: 'nonroot',
      uid: 65532,
      gid: 65532,
      gecos: 'nonroot',
      home: '/home/nonroot',
      shell: '/sbin/nologin',
    },
  ],
  group: [
    { name: 'root', gid: 0, members: [] },
    { name: 'nobody', gid: 65534, members: [] },
    { name: 'tty', gid: 5, members: [] },
    { name: 'staff', gid: 50, members: [] },
    { name: 'nonroot', gid: 65532, members: [] },
  ],
  shell: false,
  partial: null,
  source: 'GoogleContainerTools/distroless common/BUILD.bazel (passwd, group)',
  repos: [
    'gcr.io/distroless/static',
    'gcr.io/distroless/static-debian11',
    'gcr.io/distroless/static-debian12',
    'gcr.io/distroless/base',
    'gcr.io/distroless/base-debian12',
  ],
  tag: (tag) => /(^|-)nonroot$/.test(tag),
}

/**
 * nginx (docker-library/nginx Dockerfile): `groupadd --system --gid 101 nginx && useradd --system --gid nginx
 * --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx`; no USER (the
 * master process runs as root, its workers as nginx); ENTRYPOINT ["/docker-entrypoint.sh"],
 * CMD ["nginx", "-g", "daemon off;"].
 */
export const NGINX: ImageModel = {
  id: 'nginx',
  ref: 'nginx:1.27',
  title: 'nginx: USER root; user nginx 101, group nginx 101',
  user: '',
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  passwd: [
    root('/bin/bash'),
    debianNobody,
    { name: 'nginx', uid: 101, gid: 101, gecos: 'nginx user', home: '/nonexistent', shell: '/bin/false' },
  ],
  group: [
    { name: 'root', gid: 0, members: [] },
    { name: 'nogroup', gid: 65534, members: [] },
    { name: 'nginx', gid: 101, members: [] },
  ],
  shell: true,
  partial: DEBIAN_PARTIAL,
  source: 'docker-library/nginx mainline/debian/Dockerfile',
  repos: ['docker.io/library/nginx'],
  tag: notAlpine,
}

/**
 * postgres (docker-library/postgres Dockerfile-debian.template): `groupadd -r postgres --gid=999; useradd -r -g
 * postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres`; no USER (docker-entrypoint.sh
 * re-executes itself as postgres through gosu when started as root); ENTRYPOINT ["docker-entrypoint.sh"],
 * CMD ["postgres"].
 */
export const POSTGRES: ImageModel = {
  id: 'postgres',
  ref: 'postgres:17',
  title: 'postgres: USER root, the entrypoint switches to postgres 999',
  user: '',
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['postgres'],
  passwd: [
    root('/bin/bash'),
    debianNobody,
    { name: 'postgres', uid: 999, gid: 999, gecos: '', home: '/var/lib/postgresql', shell: '/bin/bash' },
  ],
  group: [
    { name: 'root', gid: 0, members: [] },
    { name: 'nogroup', gid: 65534, members: [] },
    { name: 'postgres', gid: 999, members: [] },
  ],
  shell: true,
  partial: `${DEBIAN_PARTIAL}; started as root, docker-entrypoint.sh runs postgres as uid 999 (gosu)`,
  source: 'docker-library/postgres Dockerfile-debian.template',
  repos: ['docker.io/library/postgres'],
  tag: notAlpine,
}

/** The known images, in the picker's order. */
export const IMAGES: readonly ImageModel[] = [BUSYBOX, AGNHOST, DISTROLESS_NONROOT, NGINX, POSTGRES]

/** The assumption for images the catalogue does not know: busybox's files with USER `uid` (`--image-user`). */
export function customImage(uid: number): ImageModel {
  return {
    ...BUSYBOX,
    id: 'custom',
    ref: `USER ${uid}`,
    title: `custom: USER ${uid}, busybox's /etc/passwd and /etc/group`,
    user: uid === 0 ? '' : String(uid),
    entrypoint: [],
    cmd: [],
    source: 'the uid given',
    repos: [],
  }
}

/** The names `--image` and the picker take: the catalogue's and `custom`. */
export const IMAGE_NAMES: readonly string[] = [...IMAGES.map((i) => i.id), 'custom']
