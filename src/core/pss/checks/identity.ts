/**
 * Identity checks: runAsNonRoot, runAsUser, Windows HostProcess (k8s.io/pod-security-admission
 * policy/check_runAsNonRoot.go, check_runAsUser.go, check_windowsHostProcess.go).
 */
import type { CheckFn } from '../check'
import { containersLabel } from '../check'
import { bool, num, obj } from '../../json'

export const runAsNonRoot: CheckFn = (pod) => {
  const podValue = bool(pod.sc?.runAsNonRoot)
  const setters: string[] = podValue === false ? ['pod'] : []
  const paths = podValue === false ? [pod.specField(['securityContext', 'runAsNonRoot'])] : []
  const explicit = pod.containers.filter((c) => bool(c.sc?.runAsNonRoot) === false)
  const implicit = pod.containers.filter((c) => bool(c.sc?.runAsNonRoot) === undefined && podValue !== true)
  if (explicit.length) setters.push(containersLabel(explicit.map((c) => c.name)))
  paths.push(...explicit.map((c) => pod.specField([...c.rel, 'securityContext', 'runAsNonRoot'])))
  if (setters.length) {
    return {
      reason: 'runAsNonRoot != true',
      detail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
      paths,
    }
  }
  if (!implicit.length) return null
  return {
    reason: 'runAsNonRoot != true',
    detail: `pod or ${containersLabel(implicit.map((c) => c.name))} must set securityContext.runAsNonRoot=true`,
    paths: [pod.specField(['securityContext', 'runAsNonRoot'])],
  }
}

export const runAsUser: CheckFn = (pod) => {
  const setters: string[] = []
  const paths = []
  if (num(pod.sc?.runAsUser) === 0) {
    setters.push('pod')
    paths.push(pod.specField(['securityContext', 'runAsUser']))
  }
  const bad = pod.containers.filter((c) => num(c.sc?.runAsUser) === 0)
  if (bad.length) setters.push(containersLabel(bad.map((c) => c.name)))
  paths.push(...bad.map((c) => pod.specField([...c.rel, 'securityContext', 'runAsUser'])))
  if (!setters.length) return null
  return { reason: 'runAsUser=0', detail: `${setters.join(' and ')} must not set runAsUser=0`, paths }
}

/** From v1.35 a pod in its own user namespace (hostUsers: false) may run as any user. */
export const unlessUserNamespace =
  (fn: CheckFn): CheckFn =>
  (pod) =>
    pod.userNamespace ? null : fn(pod)

export const windowsHostProcess: CheckFn = (pod) => {
  const setters: string[] = []
  const paths = []
  if (bool(obj(pod.sc?.windowsOptions)?.hostProcess) === true) {
    setters.push('pod')
    paths.push(pod.specField(['securityContext', 'windowsOptions', 'hostProcess']))
  }
  const bad = pod.containers.filter((c) => bool(obj(c.sc?.windowsOptions)?.hostProcess) === true)
  if (bad.length) setters.push(containersLabel(bad.map((c) => c.name)))
  paths.push(...bad.map((c) => pod.specField([...c.rel, 'securityContext', 'windowsOptions', 'hostProcess'])))
  if (!setters.length) return null
  return {
    reason: 'hostProcess',
    detail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
    paths,
  }
}
