/**
 * Effective settings of every container of a resource (k/k pkg/kubelet/kuberuntime/security_context.go
 * determineEffectiveSecurityContext, then the runtime): the merged fields with their source, the process identity
 * and /proc/1/status lines, and volume ownership.
 */
import { FIELDS, fieldKey } from '../k8s/fields'
import { isSet, lookup } from '../json'
import { RUNTIMES, defaultCapHex } from '../k8s/runtimes'
import { NEWEST_PSS_MINOR, effectiveMinor } from '../k8s/versions'
import { findContainer, podView, type PodView } from '../pod'
import type { ContainerEffective, ContainerRef, EffectiveOptions, Refusal, Resource } from '../types'
import { computeCaps } from './caps'
import { computeIdentity } from './identity'
import { containerImage, kubeletImageUser } from './image'
import { runtimeLsm } from './lsm'
import { containerOnly, eff, type Fields, mergeProfile, mergeSeLinux, mergeWindows, podOnly } from './merge'
import { linuxRunAsNonRoot, sysctlRefusal, windowsRunAsNonRoot } from './refusal'
import { computeVolumes } from './volumes'
import { windowsFields, windowsIdentity, windowsVolumes } from './windows'

export { groupName, userName } from './identity'
export { apiserverRefusal } from './refusal'
export { modeString } from './volumes'
export { ALLOCATED_LEVEL } from './lsm'
export { assumedImage, containerImage, findImage, imageNames, imageUserOf, matchImage } from './image'
export { IMAGE_NAMES, IMAGES } from './images'

/** Keys of ContainerEffective.fields in catalogue order; `capabilities` (the resulting set) before its lists. */
export const FIELD_KEYS: readonly string[] = FIELDS.flatMap((f) =>
  fieldKey(f) === 'capabilities.add' ? ['capabilities', 'capabilities.add'] : [fieldKey(f)],
)

function computeOne(view: PodView, ref: ContainerRef, options: EffectiveOptions): ContainerEffective {
  const { resource, spec: podSpec, annotations } = view
  const found = findContainer(view, ref)
  const container = found?.obj ?? null
  const pod = view.sc ?? null
  const ctr = found?.sc ?? null

  const { model: image, info: imageInfo } = containerImage(
    container ? lookup(container, 'image') : undefined,
    options,
  )
  const identity = computeIdentity(ctr, pod, image, options.runtime)
  const caps = computeCaps(ctr, options.runtime, identity.uid)
  const { privileged } = caps
  const seccomp = mergeProfile('seccompProfile', ctr, pod, privileged)
  // AppArmor and SELinux are merged as for an unprivileged container; runtimeLsm applies each runtime's rule.
  const apparmor = mergeProfile('appArmorProfile', ctr, pod, false, { annotations, container: ref.name })
  const seLinux = mergeSeLinux(ctr, pod, false)
  const lsm = runtimeLsm({ ...apparmor, ...seLinux }, options.runtime, privileged, podSpec)

  const merged: Fields = {
    ...identity.fields,
    fsGroupChangePolicy: podOnly(
      'fsGroupChangePolicy',
      pod,
      eff('Always', 'default', { why: 'unset: Always' }),
    ),
    sysctls: podOnly('sysctls', pod, eff(null, 'default')),
    seLinuxChangePolicy: podOnly(
      'seLinuxChangePolicy',
      pod,
      eff(null, 'default', { why: 'unset: MountOption where the cluster supports it, else Recursive' }),
    ),
    ...caps.fields,
    readOnlyRootFilesystem: containerOnly('readOnlyRootFilesystem', ctr, eff(false, 'default')),
    // Privileged: no masked or read-only /proc paths on either runtime (containerd oci.WithPrivileged
    // WithMaskedPaths(nil); CRI-O SpecSetPrivileges adds them only when !Privileged()).
    procMount: containerOnly(
      'procMount',
      ctr,
      eff('Default', 'default', privileged ? { why: 'privileged: nothing is masked' } : {}),
    ),
    ...seccomp,
    ...apparmor,
    ...seLinux,
    ...lsm.fields,
    ...mergeWindows(ctr, pod),
  }
  const fields: Fields = {}
  for (const k of FIELD_KEYS) fields[k] = merged[k] ?? eff(null, 'default')
  const seccompType = fields['seccompProfile.type']?.value
  // mergeProfile made a privileged container's type Unconfined: neither runtime loads a filter for it.
  const filtered = seccompType === 'RuntimeDefault' || seccompType === 'Localhost'
  const volumes = computeVolumes(podSpec, container, {
    fsGroup: identity.fsGroup,
    uid: identity.uid,
    gid: identity.gid,
    image,
  })
  const base = { name: ref.name, type: ref.type, kind: ref.kind, index: ref.index, image: imageInfo }

  const os = view.nodeOs
  if (os.os === 'windows') {
    const message = windowsRunAsNonRoot(resource, ref.name, fields)
    const runAsNonRoot = fields.runAsNonRoot ?? eff(null, 'default')
    const winFields = windowsFields({
      ...fields,
      runAsNonRoot: eff(runAsNonRoot.value, runAsNonRoot.source, {
        overridden: runAsNonRoot.overridden,
        why: message ? 'the kubelet will not start the container: ContainerAdministrator is root' : undefined,
      }),
    })
    const assumptions = [`a Windows node runs the pod (${os.why})`]
    if (options.runtime === 'cri-o') assumptions.push('CRI-O does not run on Windows: containerd does')
    return {
      ...base,
      fields: winFields,
      process: null,
      refusal: message ? { by: 'kubelet', message } : null,
      windows: windowsIdentity(fields, os),
      volumes: windowsVolumes(volumes),
      assumptions,
    }
  }

  const runtime = RUNTIMES[options.runtime]
  const assumptions = [
    `runtime ${runtime.label} (default capabilities ${defaultCapHex(options.runtime)})`,
    imageInfo.label,
    ...identity.assumptions,
  ]
  if (image.partial) assumptions.push(`the ${image.id} model is partial: ${image.partial}`)
  if (fields['seccompProfile.type']?.source === 'default') assumptions.push('kubelet seccompDefault is off')
  if (privileged) assumptions.push('kernel with 41 capabilities (the last is CAP_CHECKPOINT_RESTORE)')
  if (volumes.some((v) => v.newFile !== null)) assumptions.push('new files are created with umask 022')
  if (volumes.some((v) => v.size === 4096)) assumptions.push("the kubelet's directory is on ext4")
  if (isSet(pod?.sysctls))
    assumptions.push('the kubelet allows only the safe sysctls (no --allowed-unsafe-sysctls)')

  // Pod admission (sysctls) comes before the container's own check (runAsNonRoot).
  const minor = effectiveMinor(options.version ?? 'latest') ?? NEWEST_PSS_MINOR
  const kubelet =
    sysctlRefusal(podSpec, minor) ?? linuxRunAsNonRoot(resource, ref.name, fields, kubeletImageUser(image))
  const refusal: Refusal | null = kubelet
    ? { by: 'kubelet', message: kubelet }
    : caps.refusal
      ? { by: 'runtime', message: caps.refusal }
      : null

  return {
    ...base,
    fields,
    process: refusal
      ? null
      : {
          uid: identity.uid,
          gid: identity.gid,
          groups: identity.groups,
          additionalGids: identity.additionalGids,
          id: identity.id,
          user: identity.user,
          noNewPrivs: caps.noNewPrivs,
          seccompMode: filtered ? 2 : 0,
          // runc loads the profile as one filter (libcontainer/seccomp InitSeccomp).
          seccompFilters: filtered ? 1 : 0,
          status: caps.status,
          capabilitySets: caps.sets,
          effectiveCaps: caps.effectiveCaps,
          boundingCaps: caps.boundingCaps,
          apparmorProfile: lsm.apparmorProfile,
          seLinuxLabel: lsm.seLinuxLabel,
          seLinuxProcessLabel: lsm.seLinuxProcessLabel,
        },
    refusal,
    windows: null,
    volumes,
    assumptions,
  }
}

/**
 * One entry per container of the resource, in resource.containers order (init, regular, ephemeral); an item
 * that is not an object gets one too. `pod`: the resource's view when the caller has it.
 */
export function computeEffective(
  resource: Resource,
  options: EffectiveOptions,
  pod: PodView = podView(resource),
): ContainerEffective[] {
  return resource.containers.map((ref) => computeOne(pod, ref, options))
}

/** Every container refused the same way (the API server refuses the whole object): no process runs. */
export function refuseAll(containers: readonly ContainerEffective[], refusal: Refusal): ContainerEffective[] {
  return containers.map((c) => ({ ...c, process: null, refusal }))
}
