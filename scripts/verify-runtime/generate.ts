/**
 * Generated Pods for `npm run verify:runtime` (fast-check, fixed seed): the securityContext fields that decide
 * what runc applies — users, groups, fsGroup, supplementalGroupsPolicy, capabilities add/drop with odd
 * spellings, privileged, allowPrivilegeEscalation, seccomp, procMount, readOnlyRootFilesystem — and emptyDir
 * volumes (on disk or in memory, read-write or read-only). Every Pod goes through the whole analysis, so the
 * ones the API server or the kubelet refuses are dropped by the model itself.
 */
import fc from 'fast-check'
import { ENUMS } from '../../src/core/k8s/enums'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export const SEED = 20261127

const id = fc.oneof(
  fc.constantFrom(0, 10, 1000, 2000, 3000, 65534, 2147483647),
  fc.integer({ min: 1, max: 99999 }),
)
/** Names as people write them: canonical, lower case, with CAP_, mixed case, ALL, unknown, padded. */
const capName = fc.constantFrom(
  'NET_ADMIN',
  'net_admin',
  'CAP_NET_ADMIN',
  'cap_sys_time',
  'Sys_Time',
  'SYS_TIME',
  'NET_RAW',
  'CHOWN',
  'chown',
  'DAC_OVERRIDE',
  'SETUID',
  'SETGID',
  'KILL',
  'SYS_ADMIN',
  'SYS_PTRACE',
  'BPF',
  'CHECKPOINT_RESTORE',
  'SYS_RESOURCE',
  'NET_BIND_SERVICE',
  'ALL',
  'all',
  'FLY',
  ' NET_RAW',
)
const profile = fc.oneof(
  fc.constant({ type: 'RuntimeDefault' }),
  fc.constant({ type: 'Unconfined' }),
  fc.constant({ type: 'Localhost', localhostProfile: 'profiles/audit.json' }),
)

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 })

/** An object without its undefined entries. */
function compact(o: Record<string, Json | undefined>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v
  return out
}

const podContext = fc
  .record({
    runAsUser: optional(id),
    runAsGroup: optional(id),
    fsGroup: optional(id),
    supplementalGroups: optional(fc.array(id, { maxLength: 3 })),
    supplementalGroupsPolicy: optional(fc.constantFrom(...ENUMS.supplementalGroupsPolicy.values)),
    seccompProfile: optional(profile),
  })
  .map(compact)

const containerContext = fc
  .record({
    runAsUser: optional(id),
    runAsGroup: optional(id),
    capabilities: optional(
      fc
        .record({
          add: optional(fc.array(capName, { maxLength: 3 })),
          drop: optional(fc.array(capName, { maxLength: 3 })),
        })
        .map(compact),
    ),
    privileged: optional(fc.boolean()),
    allowPrivilegeEscalation: optional(fc.boolean()),
    seccompProfile: optional(profile),
    procMount: optional(fc.constantFrom(...ENUMS.procMount.values)),
    readOnlyRootFilesystem: optional(fc.boolean()),
  })
  .map(compact)

const volume = fc.record({
  memory: fc.boolean(),
  readOnly: fc.boolean(),
  path: fc.constantFrom('/data/a', '/cache', '/var/lib/app/data'),
})

/** One Pod as JSON text (JSON is YAML). */
const pod = fc
  .record({
    pod: podContext,
    container: containerContext,
    volumes: fc.uniqueArray(volume, { maxLength: 2, selector: (v) => v.path }),
  })
  .map(({ pod, container, volumes }) => {
    // procMount Unmasked needs a user namespace (hostUsers: false), else the API server refuses it.
    const hostUsers = container.procMount === 'Unmasked' ? { hostUsers: false } : {}
    const spec = {
      ...hostUsers,
      securityContext: pod,
      containers: [
        {
          name: 'app',
          image: 'busybox:1.36',
          securityContext: container,
          volumeMounts: volumes.map((v, i) => ({ name: `v${i}`, mountPath: v.path, readOnly: v.readOnly })),
        },
      ],
      volumes: volumes.map((v, i) => ({ name: `v${i}`, emptyDir: v.memory ? { medium: 'Memory' } : {} })),
    }
    return JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'generated' }, spec })
  })

/** `count` Pods, the same ones on every run. */
export function generatedPods(count: number): string[] {
  return fc.sample(pod, { seed: SEED, numRuns: count })
}
