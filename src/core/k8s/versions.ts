/**
 * Kubernetes versions as the app speaks them: `v1.N` or `latest`. The newest minor the catalogue, validation and
 * Pod Security checks know (k8s.io/pod-security-admission policy/check_sysctls.go: sysctls@1.37, the newest
 * MinimumVersion of any check).
 */
export const NEWEST_PSS_MINOR = 37

/** `v1.N`. */
export function versionLabel(minor: number): string {
  return `v1.${minor}`
}

/** `latest`, then v1.37 down to v1.0: the choices of the Kubernetes version picker. */
export const PSS_VERSIONS: readonly string[] = [
  'latest',
  ...Array.from({ length: NEWEST_PSS_MINOR + 1 }, (_, i) => versionLabel(NEWEST_PSS_MINOR - i)),
]

/** The minor a version label evaluates as (`latest` and newer-than-known clamp to the newest), or null if invalid. */
export function effectiveMinor(version: string): number | null {
  if (version === 'latest') return NEWEST_PSS_MINOR
  const m = /^v1\.(0|[1-9][0-9]*)$/.exec(version)
  return m ? Math.min(Number(m[1]), NEWEST_PSS_MINOR) : null
}
