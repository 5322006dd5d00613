import { SECURITY_CONTEXT } from './examples/walkthrough'

/** The Kubernetes "Configure a Security Context" walkthrough's first pod (security-context.yaml). */
export const INITIAL_TEXT: string = SECURITY_CONTEXT
