import { TASK_DOC, type DocLink, type LessonTopic } from '../types'
import { podSc } from '../paths'
import PODS from '../../../../fixtures/lessons/container-kinds.yaml?raw'
// A pod as `kubectl get pod -o yaml` shows it after `kubectl debug -it debug-demo --image=busybox:1.36`.
import DEBUGGED from '../../../../fixtures/lessons/container-kinds-debugged.yaml?raw'

const SIDECAR_DOC: DocLink = {
  label: 'Sidecar containers',
  href: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
}
const EPHEMERAL_DOC: DocLink = {
  label: 'Ephemeral containers',
  href: 'https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/',
}

const INIT = ['spec', 'initContainers']

export const CONTAINER_KINDS: LessonTopic = {
  id: 'container-kinds',
  title: 'Init, sidecar and ephemeral containers',
  steps: [
    {
      id: 'init-container-context',
      title: 'An init container has its own securityContext',
      manifest: PODS,
      container: 0,
      highlight: [
        podSc('runAsUser'),
        [...INIT, 0, 'securityContext', 'runAsUser'],
        [...INIT, 0, 'securityContext', 'capabilities'],
      ],
      explain: [
        'Init containers, sidecars (init containers with `restartPolicy: Always`) and ephemeral containers each have a container-level `securityContext`, merged over the pod’s exactly as for ordinary containers: field by field, the container wins.',
        'Here `fix-perms` runs as root (its `runAsUser: 0` overrides the pod’s 1000) with only `CAP_CHOWN`, to hand the volume to the app: the usual pattern, and the one Pod Security’s restricted level refuses (`runAsUser=0`, `runAsNonRoot != true`). `fsGroup` does the same job without a root init container.',
      ],
      tryThis:
        'Pick `fix-perms (initContainer)` in the Container picker and open the Effective tab: the layering picture shows its 0 winning over the pod’s 1000.',
      shell: ['id', 'caps'],
      layers: true,
      verdict: true,
      docs: [
        TASK_DOC,
        {
          label: 'Init containers',
          href: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
        },
      ],
    },
    {
      id: 'sidecar-context',
      title: 'A sidecar inherits the pod’s user, and sets its own hardening',
      manifest: PODS,
      container: 1,
      highlight: [
        [...INIT, 1, 'restartPolicy'],
        [...INIT, 1, 'securityContext'],
      ],
      explain: [
        '`log-shipper` is a sidecar: an init container with `restartPolicy: Always` that keeps running beside the app. It sets no user, so it inherits the pod’s `runAsUser: 1000` and `runAsGroup: 3000`.',
        'Its read-only root filesystem and `allowPrivilegeEscalation: false` are its own: they do not reach `app`, and `app` gets nothing from `fix-perms` either. Each container’s settings stop at that container.',
      ],
      tryThis: 'Add `runAsUser: 2000` to the sidecar’s `securityContext`: only its `id` changes.',
      shell: ['id', 'rootfs', 'noNewPrivs'],
      layers: true,
      docs: [SIDECAR_DOC],
    },
    {
      id: 'ephemeral-context',
      title: 'Ephemeral containers: added by kubectl debug, never created with the pod',
      manifest: DEBUGGED,
      container: 1,
      highlight: [
        ['spec', 'ephemeralContainers'],
        ['spec', 'ephemeralContainers', 0, 'securityContext', 'runAsUser'],
      ],
      explain: [
        'This is the pod as `kubectl get pod -o yaml` shows it after `kubectl debug -it debug-demo --image=busybox:1.36`: the debug container was added through the pod’s `ephemeralcontainers` subresource, with its own `securityContext` (from `--profile`, or `--custom`).',
        'Sent as a new pod, the API server refuses it: `spec.ephemeralContainers: Forbidden: cannot be set on create` — what the shell shows. Once running, Pod Security still judges the debug container like any other: in a restricted namespace, `kubectl debug --profile=restricted` is the way in.',
      ],
      tryThis:
        'Delete the `ephemeralContainers` block: the verdict turns to the API server accepting the pod.',
      shell: ['id'],
      verdict: true,
      docs: [EPHEMERAL_DOC],
    },
  ],
}
