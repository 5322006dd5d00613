/**
 * Host-facing checks: namespaces, ports, probe hosts, volumes, sysctls (k8s.io/pod-security-admission
 * policy/check_hostNamespaces.go, check_hostPorts.go, check_hostProbesAndhostLifecycle.go,
 * check_hostPathVolumes.go, check_restrictedVolumes.go, check_sysctls.go).
 */
import type { JsonObject, Path } from '../../types'
import type { CheckFn } from '../check'
import { containersLabel, pluralize } from '../check'
import { isObject, isSet, list, num, obj, str } from '../../json'
import { joinQuote, sortedSet } from '../../quote'
import { VOLUME_SOURCES } from '../../k8s/defaults'
import type { ContainerView } from '../../pod'

export const hostNamespaces: CheckFn = (pod) => {
  const keys = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => pod.spec[k] === true)
  if (!keys.length) return null
  return {
    reason: 'host namespaces',
    detail: keys.map((k) => `${k}=true`).join(', '),
    paths: keys.map((k) => pod.specField([k])),
  }
}

const volumes = (spec: JsonObject) =>
  list(spec.volumes).flatMap((v, i) => (isObject(v) ? [{ v, i, name: str(v.name) ?? '' }] : []))

export const hostPathVolumes: CheckFn = (pod) => {
  const bad = volumes(pod.spec).filter(({ v }) => isSet(v.hostPath))
  if (!bad.length) return null
  return {
    reason: 'hostPath volumes',
    detail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad.map((b) => b.name))}`,
    paths: bad.map(({ i }) => pod.specField(['volumes', i, 'hostPath'])),
  }
}

const ALLOWED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
])

/** Upstream reports the first restricted source in VolumeSource order, `unknown` when none is set. */
export const restrictedVolumes: CheckFn = (pod) => {
  const bad: { name: string; path: Path; type: string }[] = []
  for (const { v, i, name } of volumes(pod.spec)) {
    if ([...ALLOWED_VOLUMES].some((s) => isSet(v[s]))) continue
    const type = VOLUME_SOURCES.find((s) => isSet(v[s])) ?? 'unknown'
    bad.push({ name, type, path: pod.specField(type === 'unknown' ? ['volumes', i] : ['volumes', i, type]) })
  }
  if (!bad.length) return null
  const types = sortedSet(bad.map((b) => b.type))
  return {
    reason: 'restricted volume types',
    detail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad.map((b) => b.name))} ${pluralize('uses', 'use', bad.length)} ${pluralize('restricted volume type', 'restricted volume types', types.length)} ${joinQuote(types)}`,
    paths: bad.map((b) => b.path),
  }
}

export const hostPorts: CheckFn = (pod) => {
  const bad: ContainerView[] = []
  const ports: string[] = []
  const paths: Path[] = []
  for (const c of pod.containers) {
    let found = false
    list(c.obj.ports).forEach((p, j) => {
      const hostPort = isObject(p) ? num(p.hostPort) : undefined
      if (!hostPort) return
      found = true
      ports.push(String(hostPort))
      paths.push(pod.specField([...c.rel, 'ports', j, 'hostPort']))
    })
    if (found) bad.push(c)
  }
  if (!bad.length) return null
  const distinct = sortedSet(ports)
  return {
    reason: 'hostPort',
    detail: `${containersLabel(bad.map((c) => c.name))} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
    paths,
  }
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const
const LIFECYCLE = ['postStart', 'preStop'] as const
const HANDLERS = ['httpGet', 'tcpSocket'] as const
type Handler = [rel: Path, handler: JsonObject | undefined]

export const hostProbesAndHostLifecycle: CheckFn = (pod) => {
  const names: string[] = []
  const hosts: string[] = []
  const paths: Path[] = []
  for (const c of pod.containers) {
    if (!PROBES.some((p) => c.obj[p]) && !c.obj.lifecycle) continue
    const lifecycle = obj(c.obj.lifecycle)
    const owners: Handler[] = [
      ...PROBES.map((p): Handler => [[p], obj(c.obj[p])]),
      ...LIFECYCLE.map((h): Handler => [['lifecycle', h], obj(lifecycle?.[h])]),
    ]
    for (const [rel, handler] of owners) {
      for (const kind of HANDLERS) {
        const host = str(obj(handler?.[kind])?.host)
        if (!host) continue
        names.push(c.name)
        hosts.push(host)
        paths.push(pod.specField([...c.rel, ...rel, kind, 'host']))
      }
    }
  }
  if (!names.length) return null
  const badNames = sortedSet(names)
  const badHosts = sortedSet(hosts)
  return {
    reason: 'probe or lifecycle host',
    detail: `${containersLabel(badNames)} ${pluralize('uses', 'use', badNames.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', badHosts.length)} ${joinQuote(badHosts)}`,
    paths,
  }
}

const SAFE_SYSCTLS: readonly [number, readonly string[]][] = [
  [
    0,
    [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_unprivileged_port_start',
    ],
  ],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [
    29,
    [
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
    ],
  ],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
  [37, ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']],
]

/** The sysctl names baseline allows at a policy version. */
export function safeSysctls(minor: number): ReadonlySet<string> {
  let hit = SAFE_CACHE.get(minor)
  if (!hit)
    SAFE_CACHE.set(
      minor,
      (hit = new Set(SAFE_SYSCTLS.flatMap(([since, names]) => (minor >= since ? names : [])))),
    )
  return hit
}

const SAFE_CACHE = new Map<number, ReadonlySet<string>>()

export const sysctls: CheckFn = (pod) => {
  if (!Array.isArray(pod.sc?.sysctls)) return null
  const safe = safeSysctls(pod.minor)
  const bad: { name: string; i: number }[] = []
  list(pod.sc?.sysctls).forEach((s, i) => {
    const name = isObject(s) ? (str(s.name) ?? '') : ''
    if (isObject(s) && !safe.has(name)) bad.push({ name, i })
  })
  if (!bad.length) return null
  return {
    reason: 'forbidden sysctls',
    detail: bad.map((b) => b.name).join(', '),
    values: bad.map((b) => b.name),
    paths: bad.map((b) => pod.specField(['securityContext', 'sysctls', b.i, 'name'])),
  }
}
