import { TASK_DOC, type LessonTopic } from '../types'

const SECCOMP = `apiVersion: v1
kind: Pod
metadata:
  name: seccomp-demo
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
  - name: app
    image: busybox:1.28
    command: [ "sh", "-c", "sleep 1h" ]
  - name: audit
    image: busybox:1.28
    command: [ "sh", "-c", "sleep 1h" ]
    securityContext:
      seccompProfile:
        type: Localhost
        localhostProfile: profiles/audit.json
`

export const SECCOMP_TOPIC: LessonTopic = {
  id: 'seccomp',
  title: 'Seccomp',
  steps: [
    {
      id: 'seccomp',
      title: 'Filter system calls with seccomp',
      manifest: SECCOMP,
      highlight: [
        ['spec', 'securityContext', 'seccompProfile', 'type'],
        ['spec', 'containers', 1, 'securityContext', 'seccompProfile'],
      ],
      explain: [
        '`seccompProfile` filters the system calls a process may make. `RuntimeDefault` is the runtime’s profile; `Localhost` loads a file relative to the kubelet’s seccomp directory (`/var/lib/kubelet/seccomp`) and needs `localhostProfile`; `Unconfined` is none.',
        'The pod-level profile applies to every container that sets none; the second container replaces it with its own. Unset everywhere means Unconfined unless the kubelet runs with `seccompDefault: true`.',
        '`/proc/1/status` shows `Seccomp: 2` for a filter and `0` for none.',
      ],
      tryThis:
        'Change the pod’s type to `Unconfined`, or remove `localhostProfile` and read the Problems list.',
      shell: ['seccomp'],
      docs: [
        TASK_DOC,
        {
          label: 'Restrict a Container’s Syscalls with seccomp',
          href: 'https://kubernetes.io/docs/tutorials/security/seccomp/',
        },
      ],
    },
  ],
}
