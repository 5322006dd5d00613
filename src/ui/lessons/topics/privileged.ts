import { TASK_DOC, type LessonTopic } from '../types'
import { containerSc } from '../paths'
import PRIVILEGED from '../../../../fixtures/lessons/privileged.yaml?raw'
import NO_NEW_PRIVS from '../../../../fixtures/lessons/privileged-no-new-privs.yaml?raw'

export const PRIVILEGE: LessonTopic = {
  id: 'privilege',
  title: 'Privileged and privilege escalation',
  steps: [
    {
      id: 'privileged',
      title: 'privileged: true turns almost everything off',
      manifest: PRIVILEGED,
      highlight: [containerSc('privileged')],
      explain: [
        'A privileged container gets every capability of the kernel, all host devices, writable `/sys`, no masked `/proc` paths and no seccomp filter: `capabilities`, `procMount` and `seccompProfile` no longer matter. The runtimes differ on the rest: containerd still applies a Localhost AppArmor profile and the SELinux label, CRI-O applies neither.',
        'CRI-O also puts every capability in the inheritable and ambient sets, so even a non-root privileged process keeps them all; on containerd a non-root process starts with none.',
        'The baseline Pod Security level forbids it: the Problems list says so.',
      ],
      tryThis:
        'Add `runAsUser: 1000` and switch the Container runtime picker between containerd and CRI-O; then add `allowPrivilegeEscalation: false` next to `privileged: true`: the API server rejects that combination.',
      warning: 'A privileged container is effectively root on the node.',
      shell: ['caps', 'seccomp', 'noNewPrivs'],
      docs: [TASK_DOC],
    },
    {
      id: 'allow-privilege-escalation',
      title: 'allowPrivilegeEscalation: false sets no_new_privs',
      manifest: NO_NEW_PRIVS,
      highlight: [containerSc('allowPrivilegeEscalation')],
      explain: [
        '`allowPrivilegeEscalation: false` sets the `no_new_privs` flag: setuid binaries such as `su` and file capabilities stop raising privileges.',
        'Unset means allowed: only an explicit `false` sets the flag. It is always allowed when the container is privileged or has CAP_SYS_ADMIN.',
      ],
      tryThis: 'Delete the `allowPrivilegeEscalation` line and watch `NoNewPrivs` drop to 0.',
      shell: ['noNewPrivs', 'id'],
      docs: [
        TASK_DOC,
        {
          label: 'no_new_privs (kernel documentation)',
          href: 'https://docs.kernel.org/userspace-api/no_new_privs.html',
        },
      ],
    },
  ],
}
