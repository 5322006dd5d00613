/**
 * Pod-wide rules: user namespaces, Windows HostProcess pods, OS-specific fields (k/k
 * pkg/apis/core/validation/validation.go validateHostUsers, validateWindowsHostProcessPod, validateOS).
 */
import { bool, isObject, isSet, list, obj, str } from '../json'
import type { Path } from '../types'
import type { Ctx } from './report'
import { specError } from './report'
import { fieldByKey, gateOn, SPEC_FIELDS } from '../k8s/fields'

/** validateHostUsers: a pod with its own user namespace may not share host namespaces (UserNamespacesSupport ≥1.33). */
export function hostUsers(ctx: Ctx): void {
  if (!gateOn(SPEC_FIELDS.hostUsers, ctx.minor) || !ctx.pod.userNamespace) return
  const detail = 'when `hostUsers` is false'
  if (ctx.pod.spec.hostNetwork === true)
    specError(ctx, 'API_HOST_USERS', ['hostNetwork'], 'Forbidden', { detail })
  // Upstream names these two with the Go field names.
  for (const [key, goName] of [
    ['hostPID', 'HostPID'],
    ['hostIPC', 'HostIPC'],
  ] as const) {
    if (ctx.pod.spec[key] === true) {
      specError(ctx, 'API_HOST_USERS', [key], 'Forbidden', { detail, field: `${ctx.specField}.${goName}` })
    }
  }
  if (ctx.minor < 35) return
  for (const c of ctx.pod.containers) {
    if (list(c.obj.volumeDevices).length) {
      specError(ctx, 'API_HOST_USERS', [...c.rel, 'volumeDevices'], 'Forbidden', { detail })
    }
  }
}

/** validateWindowsHostProcessPod (applies whatever spec.os says). */
export function windowsHostProcessPod(ctx: Ctx): void {
  if (!gateOn(fieldByKey('windowsOptions.hostProcess'), ctx.minor)) return
  const podValue = bool(obj(ctx.pod.sc?.windowsOptions)?.hostProcess)
  let hostProcess = 0
  for (const c of ctx.pod.containers) {
    const value = bool(obj(c.sc?.windowsOptions)?.hostProcess)
    if (podValue !== undefined && value !== undefined && podValue !== value) {
      specError(
        ctx,
        'API_HOST_PROCESS_MISMATCH',
        [...c.rel, 'securityContext', 'windowsOptions', 'hostProcess'],
        'Invalid value',
        {
          value,
          detail: `pod hostProcess value must be identical if both are specified, was ${podValue}`,
        },
      )
    }
    if (value ?? podValue) hostProcess++
  }
  if (!hostProcess) return
  if (hostProcess !== ctx.pod.containers.length) {
    specError(ctx, 'API_HOST_PROCESS_ALL_CONTAINERS', [], 'Invalid value', {
      value: '',
      detail: 'If pod contains any hostProcess containers then all containers must be HostProcess containers',
    })
  }
  if (ctx.pod.spec.hostNetwork !== true) {
    specError(ctx, 'API_HOST_PROCESS_HOST_NETWORK', ['hostNetwork'], 'Invalid value', {
      value: false,
      detail: 'hostNetwork must be true if pod contains any hostProcess containers',
    })
  }
}

const WINDOWS_POD_FIELDS = [
  'appArmorProfile',
  'seLinuxOptions',
  '@hostUsers',
  '@hostPID',
  '@hostIPC',
  'seccompProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
  '@shareProcessNamespace',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
]
const WINDOWS_CONTAINER_FIELDS = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
]

/** validateOS / validateLinux / validateWindows: only when spec.os is set (IdentifyPodOS ≥1.24). */
export function osRules(ctx: Ctx): void {
  const os = ctx.pod.spec.os
  if (ctx.minor < 24 || !isObject(os) || (isSet(os.name) && typeof os.name !== 'string')) return
  const name = str(os.name) ?? ''
  if (name === '') {
    specError(ctx, 'API_OS_NAME_REQUIRED', ['os', 'name'], 'Required value', {
      detail: ctx.minor >= 37 ? '' : 'cannot be empty',
    })
  } else if (name !== 'linux' && name !== 'windows') {
    specError(ctx, 'API_UNSUPPORTED_VALUE', ['os'], 'Unsupported value', {
      value: name,
      detail: 'supported values: "linux", "windows"',
    })
  } else if (name === 'linux') {
    const detail = 'windows options cannot be set for a linux pod'
    if (isSet(ctx.pod.sc?.windowsOptions)) {
      specError(ctx, 'API_WINDOWS_OPTIONS_ON_LINUX', ['securityContext', 'windowsOptions'], 'Forbidden', {
        detail,
      })
    }
    for (const c of ctx.pod.containers) {
      if (isSet(c.sc?.windowsOptions)) {
        specError(
          ctx,
          'API_WINDOWS_OPTIONS_ON_LINUX',
          [...c.rel, 'securityContext', 'windowsOptions'],
          'Forbidden',
          { detail },
        )
      }
    }
  } else windowsRules(ctx)
}

function windowsRules(ctx: Ctx): void {
  const detail = 'cannot be set for a windows pod'
  const sc = ctx.pod.sc ?? {}
  for (const f of WINDOWS_POD_FIELDS) {
    const onSpec = f.startsWith('@')
    const key = onSpec ? f.slice(1) : f
    const v = onSpec ? ctx.pod.spec[key] : sc[key]
    const forbidden =
      key === 'hostPID' || key === 'hostIPC'
        ? v === true
        : key === 'sysctls'
          ? list(v).length > 0
          : key === 'supplementalGroupsPolicy' || key === 'seLinuxChangePolicy'
            ? isSet(v) && ctx.minor >= 33
            : isSet(v)
    const rel: Path = onSpec ? [key] : ['securityContext', key]
    if (forbidden) specError(ctx, 'API_FIELD_ON_WINDOWS', rel, 'Forbidden', { detail })
  }
  for (const c of ctx.pod.containers) {
    for (const key of WINDOWS_CONTAINER_FIELDS) {
      if (isSet(c.sc?.[key])) {
        specError(ctx, 'API_FIELD_ON_WINDOWS', [...c.rel, 'securityContext', key], 'Forbidden', { detail })
      }
    }
  }
}

/**
 * Ephemeral containers are added to a running pod through the ephemeralcontainers subresource only:
 * ValidatePodCreate refuses them on a Pod (`cannot be set on create`) and ValidatePodTemplateSpec in any pod
 * template (k8s.io/kubernetes pkg/apis/core/validation/validation.go).
 */
export function ephemeralContainers(ctx: Ctx): void {
  if (list(ctx.pod.spec.ephemeralContainers).length === 0) return
  const detail =
    ctx.resource.kind === 'Pod'
      ? 'cannot be set on create'
      : 'ephemeral containers not allowed in pod template'
  specError(ctx, 'API_EPHEMERAL_ON_CREATE', ['ephemeralContainers'], 'Forbidden', { detail })
}
