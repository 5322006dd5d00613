/**
 * An SCC provider: the SCC with the namespace's pre-allocated values filled in, its strategies, and the
 * generation of pod and container security contexts (apiserver-library-go
 * pkg/securitycontextconstraints/sccmatching/matcher.go CreateProviderFromConstraint,
 * requiresPreAllocated*, AssignSecurityContext, assignContainerSecurityContext; provider.go
 * NewSimpleProvider, CreatePodSecurityContext, CreateContainerSecurityContext).
 */
import type { FieldErr, FieldPath } from './fieldError'
import { child, index } from './fieldError'
import type { AdmissionPod, ContainerSc, PodContainer } from './pod'
import { SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION } from '../k8s/annotations'
import type { SeccompStrategy } from './seccomp'
import { fieldForAnnotation, seccompStrategy } from './seccomp'
import type { CapabilitiesStrategy, GroupStrategy, SeLinuxStrategy, UserStrategy } from './strategies'
import { capabilitiesStrategy, groupStrategy, seLinuxStrategy, userStrategy } from './strategies'
import type { NamespaceAllocation, SccDefinition } from './types'
import { validateContainerSecurityContext, validatePodSecurityContext } from './validate'

export interface Provider {
  /** The SCC with the namespace's uid range, MCS level and group ranges filled in. */
  scc: SccDefinition
  user: UserStrategy
  seLinux: SeLinuxStrategy
  fsGroup: GroupStrategy
  supplementalGroups: GroupStrategy
  capabilities: CapabilitiesStrategy
  seccomp: SeccompStrategy
}

/**
 * CreateProviderFromConstraint: MustRunAsRange without min and max takes the namespace's uid range;
 * SELinux MustRunAs without a level takes its MCS level; fsGroup MustRunAs without ranges takes the first
 * supplemental group block's start (a single group); supplementalGroups MustRunAs without ranges takes
 * every block. Then NewSimpleProvider; its error names the SCC and the namespace.
 */
export function createProvider(
  ns: NamespaceAllocation,
  original: SccDefinition,
): Provider | { error: string } {
  const scc: SccDefinition = structuredClone(original)
  if (
    scc.runAsUser.type === 'MustRunAsRange' &&
    scc.runAsUser.uidRangeMin === null &&
    scc.runAsUser.uidRangeMax === null
  ) {
    scc.runAsUser.uidRangeMin = ns.uidRange.start
    scc.runAsUser.uidRangeMax = ns.uidRange.end
  }
  const se = scc.seLinuxContext
  if (se.type === 'MustRunAs' && (!se.seLinuxOptions || se.seLinuxOptions.level === '')) {
    se.seLinuxOptions = {
      ...(se.seLinuxOptions ?? { user: '', role: '', type: '', level: '' }),
      level: ns.mcs,
    }
  }
  const blocks = ns.supplementalGroups
  if (scc.fsGroup.type === 'MustRunAs' && scc.fsGroup.ranges.length === 0 && blocks[0])
    scc.fsGroup.ranges = [{ min: blocks[0].start, max: blocks[0].start }]
  if (scc.supplementalGroups.type === 'MustRunAs' && scc.supplementalGroups.ranges.length === 0)
    scc.supplementalGroups.ranges = blocks.map((b) => ({ min: b.start, max: b.end }))

  const user = userStrategy(scc.runAsUser)
  const seLinux = seLinuxStrategy(scc.seLinuxContext)
  const fsGroup = groupStrategy(scc.fsGroup, 'fsGroup')
  const supplementalGroups = groupStrategy(scc.supplementalGroups, 'supplementalGroups')
  for (const s of [user, seLinux, fsGroup, supplementalGroups]) {
    if (typeof s === 'string')
      return { error: `error creating provider for SCC ${scc.name} in namespace ${ns.name}: ${s}` }
  }
  return {
    scc,
    user: user as UserStrategy,
    seLinux: seLinux as SeLinuxStrategy,
    fsGroup: fsGroup as GroupStrategy,
    supplementalGroups: supplementalGroups as GroupStrategy,
    capabilities: capabilitiesStrategy(scc),
    seccomp: seccompStrategy(scc.seccompProfiles),
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const EMPTY_SC: ContainerSc = {
  capabilities: null,
  privileged: null,
  seLinuxOptions: null,
  runAsUser: null,
  runAsNonRoot: null,
  readOnlyRootFilesystem: null,
  seccompProfile: null,
  allowPrivilegeEscalation: null,
}

/**
 * The effective container mutator's Set: nothing when the effective value (the container's, else for the
 * inherited fields the pod's) already equals v; else the container's own field, creating its security
 * context unless v is nil.
 */
function setField<K extends keyof ContainerSc>(
  c: PodContainer,
  k: K,
  v: ContainerSc[K],
  effective: ContainerSc[K],
) {
  if (same(effective, v)) return
  if (!c.sc && v === null) return
  c.sc ??= { ...EMPTY_SC }
  c.sc[k] = v
}

/**
 * CreatePodSecurityContext, in place: supplementalGroups, fsGroup and SELinux options when unset; the
 * seccomp profile (annotation and field) from the pod annotation, the pod field or the SCC's first profile.
 */
export function createPodSecurityContext(p: Provider, pod: AdmissionPod): void {
  const sc = pod.sc
  if (sc.supplementalGroups === null) {
    const groups = p.supplementalGroups.generate()
    // SetSupplementalGroups: an empty value over an empty value changes nothing.
    if (groups && groups.length) sc.supplementalGroups = groups
  }
  if (sc.fsGroup === null) sc.fsGroup = p.fsGroup.generateSingle()
  if (sc.seLinuxOptions === null) sc.seLinuxOptions = p.seLinux.generate()
  const profile = p.seccomp.generate(pod)
  if (profile !== '') {
    pod.annotations.set(SECCOMP_POD_ANNOTATION, profile)
    sc.seccompProfile = fieldForAnnotation(profile)
  }
}

/**
 * CreateContainerSecurityContext, in place: runAsUser and SELinux options when the container does not get
 * them from the pod; runAsNonRoot true for a uid above 0 (or none under MustRunAsNonRoot); the capability
 * adds and drops; readOnlyRootFilesystem when the SCC requires it; a seccomp profile from the container's
 * annotation; allowPrivilegeEscalation from the SCC's default (not for privileged or CAP_SYS_ADMIN
 * containers) and false when the SCC forbids escalation.
 */
export function createContainerSecurityContext(p: Provider, pod: AdmissionPod, c: PodContainer): void {
  const scc = p.scc
  const own = () => c.sc ?? EMPTY_SC
  const runAsUser = () => own().runAsUser ?? pod.sc.runAsUser
  if (runAsUser() === null) setField(c, 'runAsUser', p.user.generate(), runAsUser())
  const seLinux = own().seLinuxOptions ?? pod.sc.seLinuxOptions
  if (seLinux === null) setField(c, 'seLinuxOptions', p.seLinux.generate(), seLinux)
  const runAsNonRoot = own().runAsNonRoot ?? pod.sc.runAsNonRoot
  if (runAsNonRoot === null) {
    const uid = runAsUser()
    const nonRoot = uid === null ? scc.runAsUser.type === 'MustRunAsNonRoot' : uid > 0
    if (nonRoot) setField(c, 'runAsNonRoot', true, runAsNonRoot)
  }
  const caps = p.capabilities.generate(own().capabilities)
  setField(c, 'capabilities', caps, own().capabilities)
  if (scc.readOnlyRootFilesystem && own().readOnlyRootFilesystem === null)
    setField(c, 'readOnlyRootFilesystem', true, null)
  const isPrivileged = own().privileged === true
  const addsSysAdmin = (caps?.add ?? []).includes('CAP_SYS_ADMIN')
  const annotated = pod.annotations.get(SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name)
  if (annotated !== undefined)
    setField(c, 'seccompProfile', fieldForAnnotation(annotated), own().seccompProfile)
  const defaultApe = scc.defaultAllowPrivilegeEscalation
  if (defaultApe !== null && own().allowPrivilegeEscalation === null && !isPrivileged && !addsSysAdmin)
    setField(c, 'allowPrivilegeEscalation', defaultApe, null)
  if (scc.allowPrivilegeEscalation === false && own().allowPrivilegeEscalation === null)
    setField(c, 'allowPrivilegeEscalation', false, null)
}

/**
 * AssignSecurityContext on a copy of the pod: generate and validate the pod security context under `root`
 * (`provider NAME: `), then each container in visit order under `root.initContainers[i]`, ....
 * Returns the errors; the copy holds the mutations.
 */
export function assignSecurityContext(p: Provider, pod: AdmissionPod, root: FieldPath): FieldErr[] {
  createPodSecurityContext(p, pod)
  const errs = validatePodSecurityContext(p, pod, child(root, 'spec', 'securityContext'))
  for (const c of pod.containers) {
    createContainerSecurityContext(p, pod, c)
    errs.push(...validateContainerSecurityContext(p, pod, c, index(child(root, c.kind), c.index)))
  }
  return errs
}
