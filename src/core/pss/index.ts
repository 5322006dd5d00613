/** Pod Security Standards, as pod-security-admission evaluates them (spec/pss.md). */
export { evaluatePss, violationText } from './evaluate'
export { containerAt, pssFindings } from './findings'
export { PSS_CHECK_IDS, PSS_CODES, pssCode, type PssCheckId, type PssCodeInfo } from './codes'
export { activeChecks } from './registry'
export { NEWEST_PSS_MINOR, PSS_VERSIONS, effectiveMinor } from '../k8s/versions'
