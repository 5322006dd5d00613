/**
 * The pods of the Kubernetes "Configure a Security Context for a Pod or Container" task
 * (kubernetes/website content/en/examples/pods/security/), in the block style the page shows.
 */
import { INITIAL_TEXT } from '../initialText'

/** security-context.yaml: runAsUser 1000, runAsGroup 3000, fsGroup 2000, supplementalGroups [4000]. */
export const SECURITY_CONTEXT = INITIAL_TEXT

/** security-context-2.yaml: the container's runAsUser 2000 overrides the pod's 1000. */
export const SECURITY_CONTEXT_2 = `apiVersion: v1
kind: Pod
metadata:
  name: security-context-demo-2
spec:
  securityContext:
    runAsUser: 1000
  containers:
  - name: sec-ctx-demo-2
    image: gcr.io/google-samples/hello-app:2.0
    securityContext:
      runAsUser: 2000
      allowPrivilegeEscalation: false
`

/** security-context-3.yaml: no capabilities field, so the runtime's default set. */
export const SECURITY_CONTEXT_3 = `apiVersion: v1
kind: Pod
metadata:
  name: security-context-demo-3
spec:
  containers:
  - name: sec-ctx-3
    image: gcr.io/google-samples/hello-app:2.0
`

/** security-context-4.yaml: adds NET_ADMIN and SYS_TIME. */
export const SECURITY_CONTEXT_4 = `apiVersion: v1
kind: Pod
metadata:
  name: security-context-demo-4
spec:
  containers:
  - name: sec-ctx-4
    image: gcr.io/google-samples/hello-app:2.0
    securityContext:
      capabilities:
        add: ["NET_ADMIN", "SYS_TIME"]
`

/** security-context-5.yaml: runAsGroup and supplementalGroups, supplementalGroupsPolicy unset (Merge). */
export const SECURITY_CONTEXT_5 = `apiVersion: v1
kind: Pod
metadata:
  name: security-context-demo
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    supplementalGroups: [4000]
  containers:
  - name: sec-ctx-demo
    image: registry.k8s.io/e2e-test-images/agnhost:2.45
    command: [ "sh", "-c", "sleep 1h" ]
    securityContext:
      allowPrivilegeEscalation: false
`

/** security-context-6.yaml: the same pod with supplementalGroupsPolicy: Strict. */
export const SECURITY_CONTEXT_6 = `apiVersion: v1
kind: Pod
metadata:
  name: security-context-demo
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    supplementalGroups: [4000]
    supplementalGroupsPolicy: Strict
  containers:
  - name: sec-ctx-demo
    image: registry.k8s.io/e2e-test-images/agnhost:2.45
    command: [ "sh", "-c", "sleep 1h" ]
    securityContext:
      allowPrivilegeEscalation: false
`
