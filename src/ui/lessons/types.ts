import type { Path, Platform } from '../../core/types'

/** What a step shows from the simulated shell (each reads the analysis of the loaded manifest). */
export type ShellKind =
  | 'id'
  | 'ps'
  | 'volumes'
  | 'caps'
  | 'capsDecode'
  | 'noNewPrivs'
  | 'seccomp'
  | 'selinux'
  | 'apparmor'
  | 'rootfs'
  | 'uidMap'

export interface DocLink {
  label: string
  href: string
}

/** One lesson step: data only; the panel renders it and the highlighter marks its fields. */
export interface LessonStep {
  /** Stable id for the deep link `#lesson=<id>`. */
  id: string
  /** The topic the step belongs to (set by the topic list). */
  topic: string
  title: string
  /** The manifest the step loads (one document). */
  manifest: string
  /** Document-root paths of the fields (and YAML lines) the step is about. */
  highlight: Path[]
  /** Paragraphs; `backticks` mark code. */
  explain: string[]
  /** What to change and what to watch. */
  tryThis: string
  /** A warning the upstream docs give (shown in a note). */
  warning?: string
  shell: ShellKind[]
  /** The platform the step is about: opening the step switches the Platform picker (Exit switches it back). */
  platform?: Platform
  /** Show the verdicts (API server, Pod Security, kubelet; on OpenShift, SCC admission) of the step's manifest. */
  verdict?: boolean
  /** Show the layering picture (runtime default, pod, container) of the step's container. */
  layers?: boolean
  /** Which container (visit order) the shell output is for; 0 when absent. */
  container?: number
  /** Links beyond the per-field API reference. */
  docs: DocLink[]
}

export interface LessonTopic {
  id: string
  title: string
  steps: Omit<LessonStep, 'topic'>[]
}

/** The task page every walkthrough step comes from. */
export const TASK_DOC: DocLink = {
  label: 'Configure a Security Context for a Pod or Container',
  href: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
}
