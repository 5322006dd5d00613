import { HARDENED_DEPLOYMENT } from '../../examples/gallery'
import { TASK_DOC, type LessonTopic } from '../types'
import { containerSc } from '../paths'
import READ_ONLY from '../../../../fixtures/lessons/filesystem-read-only.yaml?raw'

const POD = ['spec', 'template', 'spec']

export const FILESYSTEM: LessonTopic = {
  id: 'filesystem',
  title: 'Read-only root and hardening',
  steps: [
    {
      id: 'read-only-root',
      title: 'readOnlyRootFilesystem: true',
      manifest: READ_ONLY,
      highlight: [containerSc('readOnlyRootFilesystem'), ['spec', 'containers', 0, 'volumeMounts', 0]],
      explain: [
        'The container’s root filesystem is mounted read-only: nobody can change the binaries or drop tools into the image. Volumes stay writable, so give the process an emptyDir where it must write (`/tmp`, caches).',
      ],
      tryThis:
        'Set `readOnlyRootFilesystem` to false and watch `touch /probe` succeed. Then set it back to true and delete the `volumeMounts` entry: nothing in the container is writable any more.',
      shell: ['rootfs'],
      docs: [TASK_DOC],
    },
    {
      id: 'restricted',
      title: 'Putting it together: a restricted Deployment',
      manifest: HARDENED_DEPLOYMENT,
      highlight: [
        [...POD, 'securityContext', 'runAsNonRoot'],
        [...POD, 'securityContext', 'seccompProfile'],
        [...POD, 'containers', 0, 'securityContext'],
      ],
      explain: [
        'A workload that passes the restricted Pod Security level: non-root with an explicit uid, the RuntimeDefault seccomp profile, no privilege escalation, every capability dropped, and a read-only root with an emptyDir for `/tmp`.',
        'Deployments keep the pod’s `securityContext` under `spec.template.spec`.',
      ],
      tryThis:
        'Keep the Pod Security level picker at restricted and remove one line at a time: the Problems tab names what breaks, and “Make this resource pass restricted” repairs it.',
      shell: ['id', 'caps', 'noNewPrivs', 'seccomp'],
      docs: [
        {
          label: 'Pod Security Standards',
          href: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
        },
      ],
    },
  ],
}
