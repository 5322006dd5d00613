import { CRONJOB_WITH_INIT, HARDENED_DEPLOYMENT, PRIVILEGED_DAEMONSET, WINDOWS_POD } from './gallery'
import {
  SECURITY_CONTEXT,
  SECURITY_CONTEXT_2,
  SECURITY_CONTEXT_3,
  SECURITY_CONTEXT_4,
  SECURITY_CONTEXT_5,
  SECURITY_CONTEXT_6,
} from './walkthrough'

export interface Example {
  id: string
  /** Shown in the Examples picker. */
  title: string
  text: string
}

/** The Examples gallery, in menu order: the walkthrough pods first. */
export const EXAMPLES: readonly Example[] = [
  { id: 'security-context', title: 'security-context.yaml — user, group, fsGroup', text: SECURITY_CONTEXT },
  {
    id: 'security-context-2',
    title: 'security-context-2.yaml — container overrides pod',
    text: SECURITY_CONTEXT_2,
  },
  {
    id: 'security-context-3',
    title: 'security-context-3.yaml — default capabilities',
    text: SECURITY_CONTEXT_3,
  },
  {
    id: 'security-context-4',
    title: 'security-context-4.yaml — NET_ADMIN and SYS_TIME',
    text: SECURITY_CONTEXT_4,
  },
  {
    id: 'security-context-5',
    title: 'security-context-5.yaml — runAsGroup and supplementalGroups',
    text: SECURITY_CONTEXT_5,
  },
  {
    id: 'security-context-6',
    title: 'security-context-6.yaml — supplementalGroupsPolicy: Strict',
    text: SECURITY_CONTEXT_6,
  },
  { id: 'hardened-deployment', title: 'Hardened Deployment (restricted)', text: HARDENED_DEPLOYMENT },
  { id: 'privileged-daemonset', title: 'Privileged DaemonSet (node agent)', text: PRIVILEGED_DAEMONSET },
  { id: 'windows-pod', title: 'Windows pod (windowsOptions)', text: WINDOWS_POD },
  { id: 'cronjob-init', title: 'CronJob with an init container', text: CRONJOB_WITH_INIT },
]

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id)
}
