/** STUB — lints beyond PSS (issue 5, core/lint). */
import type { Finding } from '../findings'
import type { AnalyzeOptions, Resource } from '../types'

export function lintResource(_resource: Resource, _options: AnalyzeOptions): Finding[] {
  return []
}

/** Lints across resources (e.g. SELinux levels shared between pods); each names its resource index. */
export function lintStream(_resources: readonly Resource[]): (Finding & { resource: number })[] {
  return []
}
