/** The pod as pod-security-admission sees it: template metadata + spec after server-side defaulting. */
import { podView, type PodView } from '../pod'
import type { Resource } from '../types'

export interface PssPod extends PodView {
  /** Policy minor version the checks run at. */
  minor: number
}

/** The defaulted view of the resource's pod (k8s/defaults.ts), at a policy minor version. */
export function pssPod(resource: Resource, minor: number): PssPod {
  return { ...podView(resource, { defaulted: true }), minor }
}
