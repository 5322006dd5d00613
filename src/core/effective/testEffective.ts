/**
 * Test data: security-context.yaml of the Kubernetes task "Configure a Security Context for a Pod or Container"
 * (the walkthrough's first pod) and the effective settings of its container, for the effective, runtime, lesson
 * and CLI tests.
 */
import type { CapStatus, ContainerEffective, JsonObject, VolumeOwnership } from '../types'

/** The pod spec of security-context.yaml (supplementalGroups [4000]). */
export const SC1: JsonObject = {
  securityContext: { runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, supplementalGroups: [4000] },
  volumes: [{ name: 'sec-ctx-vol', emptyDir: {} }],
  containers: [
    {
      name: 'sec-ctx-demo',
      image: 'busybox:1.28',
      volumeMounts: [{ name: 'sec-ctx-vol', mountPath: '/data/demo' }],
      securityContext: { allowPrivilegeEscalation: false },
    },
  ],
}

/** The Cap lines of /proc/1/status for a non-root process under containerd's default bounding set. */
export const NON_ROOT_CAPS: CapStatus = {
  CapInh: '0000000000000000',
  CapPrm: '0000000000000000',
  CapEff: '0000000000000000',
  CapBnd: '00000000a80425fb',
  CapAmb: '0000000000000000',
}

/** The /data/demo emptyDir of SC1 as computeEffective reports it. */
export const SC1_VOLUME: VolumeOwnership = {
  name: 'sec-ctx-vol',
  mountPath: '/data/demo',
  type: 'emptyDir',
  readOnly: false,
  group: 2000,
  mode: 'drwxrwsrwx',
  size: 4096,
  newFile: '-rw-r--r-- 1000 2000',
  why: 'fsGroup 2000 owns the volume with setgid, so new files get group 2000',
}

/** A hand-made ContainerEffective of SC1's sec-ctx-demo (no fields, no capability sets), with `over` on top. */
export const sc1Container = (over: Partial<ContainerEffective> = {}): ContainerEffective => ({
  name: 'sec-ctx-demo',
  type: 'container',
  kind: 'containers',
  index: 0,
  fields: {},
  process: {
    uid: 1000,
    gid: 3000,
    groups: [2000, 3000, 4000],
    additionalGids: [2000, 3000, 4000],
    id: 'uid=1000 gid=3000 groups=2000,3000,4000',
    user: '1000',
    noNewPrivs: true,
    seccompMode: 0,
    seccompFilters: 0,
    status: NON_ROOT_CAPS,
    capabilitySets: { bounding: [], effective: [], permitted: [], inheritable: [], ambient: [] },
    effectiveCaps: [],
    boundingCaps: [],
    apparmorProfile: null,
    seLinuxLabel: true,
    seLinuxProcessLabel: 'system_u:system_r:container_t:s0:c…,c…',
  },
  refusal: null,
  windows: null,
  volumes: [SC1_VOLUME],
  assumptions: ['runtime containerd', 'image user uid 0'],
  ...over,
})
