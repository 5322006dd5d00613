import { APPARMOR_TOPIC } from './topics/apparmor'
import { CAPABILITIES } from './topics/capabilities'
import { CONTAINER_KINDS } from './topics/containerKinds'
import { FILESYSTEM } from './topics/filesystem'
import { OPENSHIFT } from './topics/openshift'
import { OVERRIDE } from './topics/override'
import { PRIVILEGE } from './topics/privileged'
import { SECCOMP_TOPIC } from './topics/seccomp'
import { SELINUX_TOPIC } from './topics/selinux'
import { USER_NAMESPACES } from './topics/userNamespaces'
import { USERS } from './topics/users'
import type { LessonStep, LessonTopic } from './types'

/** The guided path, in order. */
export const TOPICS: readonly LessonTopic[] = [
  USERS,
  OVERRIDE,
  CAPABILITIES,
  PRIVILEGE,
  SELINUX_TOPIC,
  SECCOMP_TOPIC,
  APPARMOR_TOPIC,
  FILESYSTEM,
  CONTAINER_KINDS,
  USER_NAMESPACES,
  OPENSHIFT,
]

/** Every step of every topic, in order. */
export const STEPS: readonly LessonStep[] = TOPICS.flatMap((t) =>
  t.steps.map((s): LessonStep => ({ ...s, topic: t.title })),
)

export function stepIndex(id: string): number {
  return STEPS.findIndex((s) => s.id === id)
}

export function stepById(id: string): LessonStep | undefined {
  return STEPS[stepIndex(id)]
}
