/** Pod Security Standards, as k8s.io/pod-security-admission evaluates them (policy/registry.go, check_*.go). */
export { evaluatePss, violationText } from './evaluate'
export { pssFindings } from './findings'
export { PSS_CHECK_IDS, PSS_CODES, pssCode, type PssCheckId, type PssCodeInfo } from './codes'
export { activeChecks } from './registry'
export { NEWEST_PSS_MINOR, PSS_VERSIONS, effectiveMinor } from '../k8s/versions'
