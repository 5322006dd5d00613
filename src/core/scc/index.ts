/**
 * OpenShift SecurityContextConstraints admission (issue 17 §2): the SCCs tried in upstream order, the first
 * that validates mutates the pod, and a rejection reads as the API server's error, word for word.
 */
export {
  admitScc,
  REQUIRED_SCC_ANNOTATION,
  STANDARD_SCC_NAMES,
  SUBJECT_TYPE_ANNOTATION,
  VALIDATED_SCC_ANNOTATION,
} from './admission'
export {
  AUTHENTICATED_SCC_GRANTS,
  OPENSHIFT_SCC_DOCUMENTS,
  OPENSHIFT_SCCS,
  SCC_GRANT_PRESETS,
  SCC_SINCE,
} from './defaults'
export { isSccDocument, parseScc, SCC_API_VERSION, SCC_KIND } from './document'
export type { SccParse } from './document'
export {
  allocationFor,
  DEFAULT_UID_BLOCK,
  formatIdBlock,
  MCS_ANNOTATION,
  mcsForUidBlock,
  parseIdBlock,
  parseIdBlocks,
  readNamespace,
  readNamespaceAnnotations,
  SUPPLEMENTAL_GROUPS_ANNOTATION,
  UID_RANGE_ANNOTATION,
} from './namespace'
export type { NamespaceReading } from './namespace'
export { lessWithReason, pointValue, sortByPriority } from './sort'
export { defaultSubjects, podNameFor } from './subjects'
export type * from './types'
