/**
 * Pod- and container-level securityContext rules (k/k pkg/apis/core/validation/validation.go
 * validatePodSpecSecurityContext, ValidateSecurityContext).
 */
import { bool, isSet, list, num, obj, str } from '../json'
import type { ContainerView } from '../pod'
import type { JsonObject, JsonValue, Path } from '../types'
import type { ApiCode } from './codes'
import { decodeFailed, exactInteger } from './decode'
import { appArmorProfile, seccompProfile, windowsOptions } from './profiles'
import type { Ctx, GoRaw } from './report'
import { specError } from './report'
import { sysctls } from './sysctls'
import { fieldByKey, gateOn, MAX_ID, supportedValues } from '../k8s/fields'

function idRange(ctx: Ctx, rel: Path, v: JsonValue | undefined): void {
  const n = num(v)
  if (n !== undefined && Number.isInteger(n) && (n < 0 || n > MAX_ID) && !decodeFailed(ctx, rel)) {
    specError(ctx, 'API_RANGE', rel, 'Invalid value', {
      value: exactInteger(ctx, rel, n),
      detail: `must be between 0 and ${MAX_ID}, inclusive`,
    })
  }
}

function enumValue(
  ctx: Ctx,
  rel: Path,
  v: JsonValue | undefined,
  supported: readonly string[],
  code: ApiCode = 'API_UNSUPPORTED_VALUE',
) {
  const s = str(v)
  if (s !== undefined && !supported.includes(s)) {
    specError(ctx, code, rel, 'Unsupported value', {
      value: s,
      detail: `supported values: ${supported.map((x) => `"${x}"`).join(', ')}`,
    })
  }
}

/** Go `%#v` of the internal core.SecurityContext (pointer addresses are unknowable offline). */
function securityContextValue(sc: JsonObject): GoRaw {
  const fields: [string, string, string][] = [
    ['Capabilities', 'capabilities', 'core.Capabilities'],
    ['Privileged', 'privileged', 'bool'],
    ['SELinuxOptions', 'seLinuxOptions', 'core.SELinuxOptions'],
    ['WindowsOptions', 'windowsOptions', 'core.WindowsSecurityContextOptions'],
    ['RunAsUser', 'runAsUser', 'int64'],
    ['RunAsGroup', 'runAsGroup', 'int64'],
    ['RunAsNonRoot', 'runAsNonRoot', 'bool'],
    ['ReadOnlyRootFilesystem', 'readOnlyRootFilesystem', 'bool'],
    ['AllowPrivilegeEscalation', 'allowPrivilegeEscalation', 'bool'],
    ['ProcMount', 'procMount', 'core.ProcMountType'],
    ['SeccompProfile', 'seccompProfile', 'core.SeccompProfile'],
    ['AppArmorProfile', 'appArmorProfile', 'core.AppArmorProfile'],
  ]
  const body = fields.map(([go, key, t]) => `${go}:(*${t})(${isSet(sc[key]) ? '0xc000…' : 'nil'})`).join(', ')
  return { raw: `core.SecurityContext{${body}}` }
}

/** ValidateSecurityContext for one container. */
export function containerSecurityContext(ctx: Ctx, c: ContainerView): void {
  const sc = c.sc
  if (!sc) return
  const at = (...k: string[]): Path => [...c.rel, 'securityContext', ...k]
  idRange(ctx, at('runAsUser'), sc.runAsUser)
  idRange(ctx, at('runAsGroup'), sc.runAsGroup)
  const procMount = str(sc.procMount)
  // While ProcMountType is off the API server rewrites procMount to Default instead of validating it.
  if (procMount !== undefined && gateOn(fieldByKey('procMount'), ctx.minor)) {
    enumValue(ctx, at('procMount'), procMount, supportedValues('procMount', ctx.minor))
    if (procMount === 'Unmasked' && !ctx.pod.userNamespace) {
      specError(ctx, 'API_PROC_MOUNT_HOST_USERS', at('procMount'), 'Invalid value', {
        value: procMount,
        detail: '`hostUsers` must be false to use `Unmasked`',
      })
    }
  }
  seccompProfile(ctx, at('seccompProfile'), sc.seccompProfile)
  if (bool(sc.allowPrivilegeEscalation) === false) {
    if (bool(sc.privileged) === true) {
      specError(ctx, 'API_APE_PRIVILEGED', at(), 'Invalid value', {
        value: securityContextValue(sc),
        detail: 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
      })
    }
    for (const cap of list(obj(sc.capabilities)?.add)) {
      if (cap !== 'CAP_SYS_ADMIN') continue
      specError(ctx, 'API_APE_CAP_SYS_ADMIN', at(), 'Invalid value', {
        value: securityContextValue(sc),
        detail: 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
      })
    }
  }
  windowsOptions(ctx, at('windowsOptions'), sc.windowsOptions)
  appArmorProfile(ctx, at('appArmorProfile'), sc.appArmorProfile)
}

/** validatePodSpecSecurityContext. */
export function podSecurityContext(ctx: Ctx): void {
  const sc = ctx.pod.sc
  const at = (...k: (string | number)[]): Path => ['securityContext', ...k]
  if (sc) {
    idRange(ctx, at('fsGroup'), sc.fsGroup)
    idRange(ctx, at('runAsUser'), sc.runAsUser)
    idRange(ctx, at('runAsGroup'), sc.runAsGroup)
    list(sc.supplementalGroups).forEach((g, i) => idRange(ctx, at('supplementalGroups', i), g))
  }
  if (ctx.pod.spec.shareProcessNamespace === true && ctx.pod.spec.hostPID === true) {
    // Until the host fields moved out of the internal PodSecurityContext (1.37) the path named it.
    const field = ctx.minor >= 37 ? undefined : `${ctx.specField}.securityContext.shareProcessNamespace`
    specError(ctx, 'API_SHARE_PROCESS_NAMESPACE_HOST_PID', ['shareProcessNamespace'], 'Invalid value', {
      value: true,
      detail: 'ShareProcessNamespace and HostPID cannot both be enabled',
      field,
    })
  }
  if (!sc) return
  sysctls(ctx, sc)
  const supported = (key: string) => supportedValues(key, ctx.minor)
  enumValue(ctx, at('fsGroupChangePolicy'), sc.fsGroupChangePolicy, supported('fsGroupChangePolicy'))
  seccompProfile(ctx, at('seccompProfile'), sc.seccompProfile)
  windowsOptions(ctx, at('windowsOptions'), sc.windowsOptions)
  appArmorProfile(ctx, at('appArmorProfile'), sc.appArmorProfile)
  // Both fields are dropped by the API server while their gates are off.
  if (gateOn(fieldByKey('supplementalGroupsPolicy'), ctx.minor)) {
    enumValue(
      ctx,
      at('supplementalGroupsPolicy'),
      sc.supplementalGroupsPolicy,
      supported('supplementalGroupsPolicy'),
    )
  }
  if (gateOn(fieldByKey('seLinuxChangePolicy'), ctx.minor)) {
    const policies = supported('seLinuxChangePolicy')
    const gated = str(sc.seLinuxChangePolicy) === 'MountOption' && !policies.includes('MountOption')
    const code: ApiCode = gated ? 'API_SELINUX_CHANGE_POLICY_MOUNT_OPTION' : 'API_UNSUPPORTED_VALUE'
    enumValue(ctx, at('seLinuxChangePolicy'), sc.seLinuxChangePolicy, policies, code)
  }
}
