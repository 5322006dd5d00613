import type { Path } from '../types'

/**
 * Kinds whose objects carry a pod spec, and where it sits (the kinds of k8s.io/pod-security-admission
 * admission/admission.go DefaultPodSpecExtractor.ExtractPodSpec).
 */
export const WORKLOAD_POD_SPEC: Readonly<Record<string, { spec: Path; metadata: Path }>> = {
  Pod: { spec: ['spec'], metadata: ['metadata'] },
  PodTemplate: { spec: ['template', 'spec'], metadata: ['template', 'metadata'] },
  ReplicationController: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  ReplicaSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  Deployment: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  StatefulSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  DaemonSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  Job: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  CronJob: {
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
  },
}

export const WORKLOAD_KINDS = Object.keys(WORKLOAD_POD_SPEC)

export function isWorkloadKind(kind: unknown): kind is string {
  return typeof kind === 'string' && Object.hasOwn(WORKLOAD_POD_SPEC, kind)
}

/** `List` and every `<Kind>List`: its `items` are objects of their own, workloads among them. */
export function isListKind(kind: unknown): kind is string {
  return typeof kind === 'string' && kind.endsWith('List')
}
