import { TASK_DOC, type LessonTopic } from '../types'
import { podSc } from '../paths'
import SECCOMP from '../../../../fixtures/lessons/seccomp.yaml?raw'

export const SECCOMP_TOPIC: LessonTopic = {
  id: 'seccomp',
  title: 'Seccomp',
  steps: [
    {
      id: 'seccomp',
      title: 'Filter system calls with seccomp',
      manifest: SECCOMP,
      highlight: [
        podSc('seccompProfile', 'type'),
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
