/** Pod sysctls: names, duplicates, and namespaced sysctls on pods sharing the host's namespace. */
import { isObject, isSet, list, str } from '../json'
import type { JsonObject } from '../types'
import type { Ctx } from './report'
import { specError } from './report'

const SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?'
const NAME = new RegExp(`^(${SEGMENT}[\\./])*${SEGMENT}$`)
const NAME_MSG = `must have at most 253 characters and match regex ${NAME.source}`

/** `a/b.c` style names swap the separators (utilsysctl.NormalizeName). */
export function normalizeSysctl(name: string): string {
  const slash = name.indexOf('/')
  const dot = name.indexOf('.')
  if (slash < 0 || (dot >= 0 && dot < slash)) return name
  return name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))
}

/** The kernel namespace a sysctl belongs to (utilsysctl.GetNamespace), or null. */
export function sysctlNamespace(name: string): 'net' | 'ipc' | null {
  const n = normalizeSysctl(name)
  if (n === 'kernel.sem' || ['kernel.shm', 'kernel.msg', 'fs.mqueue.'].some((p) => n.startsWith(p)))
    return 'ipc'
  return n.startsWith('net.') ? 'net' : null
}

export function sysctls(ctx: Ctx, sc: JsonObject): void {
  const seen = new Set<string>()
  list(sc.sysctls).forEach((s, i) => {
    if (!isObject(s) || (isSet(s.name) && typeof s.name !== 'string')) return
    const name = str(s.name) ?? ''
    const at = ['securityContext', 'sysctls', i, 'name']
    if (name === '') specError(ctx, 'API_SYSCTL_NAME_REQUIRED', at, 'Required value')
    else if (name.length > 253 || !NAME.test(name)) {
      specError(ctx, 'API_SYSCTL_NAME_INVALID', at, 'Invalid value', { value: name, detail: NAME_MSG })
    } else if (seen.has(name)) specError(ctx, 'API_SYSCTL_DUPLICATE', at, 'Duplicate value', { value: name })
    const ns = sysctlNamespace(name)
    if (ns === 'net' && ctx.pod.spec.hostNetwork === true) {
      specError(ctx, 'API_SYSCTL_HOST_NAMESPACE', at, 'Invalid value', {
        value: name,
        detail: "may not be specified when 'hostNetwork' is true",
      })
    } else if (ns === 'ipc' && ctx.pod.spec.hostIPC === true) {
      specError(ctx, 'API_SYSCTL_HOST_NAMESPACE', at, 'Invalid value', {
        value: name,
        detail: "may not be specified when 'hostIPC' is true",
      })
    }
    seen.add(name)
  })
}
