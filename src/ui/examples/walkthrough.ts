/**
 * The pods of the Kubernetes "Configure a Security Context for a Pod or Container" task
 * (kubernetes/website content/en/examples/pods/security/), in the block style the page shows. They exist once,
 * in fixtures/walkthrough/ (issue 12), read here as text (`?raw`: Vite in the app and tests; under tsx, the hook
 * in scripts/rawImports.mjs), and by the CLI, unit and e2e tests from the files.
 */
import SC_1 from '../../../fixtures/walkthrough/security-context.yaml?raw'
import SC_2 from '../../../fixtures/walkthrough/security-context-2.yaml?raw'
import SC_3 from '../../../fixtures/walkthrough/security-context-3.yaml?raw'
import SC_4 from '../../../fixtures/walkthrough/security-context-4.yaml?raw'
import SC_5 from '../../../fixtures/walkthrough/security-context-5.yaml?raw'
import SC_6 from '../../../fixtures/walkthrough/security-context-6.yaml?raw'

/** security-context.yaml: runAsUser 1000, runAsGroup 3000, fsGroup 2000, supplementalGroups [4000]. */
export const SECURITY_CONTEXT: string = SC_1
/** security-context-2.yaml: the container's runAsUser 2000 overrides the pod's 1000. */
export const SECURITY_CONTEXT_2: string = SC_2
/** security-context-3.yaml: no capabilities field, so the runtime's default set. */
export const SECURITY_CONTEXT_3: string = SC_3
/** security-context-4.yaml: adds NET_ADMIN and SYS_TIME. */
export const SECURITY_CONTEXT_4: string = SC_4
/** security-context-5.yaml: runAsGroup and supplementalGroups, supplementalGroupsPolicy unset (Merge). */
export const SECURITY_CONTEXT_5: string = SC_5
/** security-context-6.yaml: the same pod with supplementalGroupsPolicy: Strict. */
export const SECURITY_CONTEXT_6: string = SC_6
