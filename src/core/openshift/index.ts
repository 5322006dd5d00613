/** The openshift platform (issue 17): the cluster an analysis assumes, SCC admission per resource, its problems. */
export { admitResource, admittedResource, labelScc, type Admitted } from './admit'
export { SCC_CODES, sccCodeOf } from './codes'
export { NO_OPENSHIFT_INPUTS, namespaceFor, openShiftContext, type OpenShiftContext } from './context'
export { sccFindings } from './findings'
