import type { LessonTopic } from '../types'
import { containerSc, podSc } from '../paths'
import APPARMOR from '../../../../fixtures/lessons/apparmor.yaml?raw'

export const APPARMOR_TOPIC: LessonTopic = {
  id: 'apparmor',
  title: 'AppArmor',
  steps: [
    {
      id: 'apparmor',
      title: 'Confine a container with AppArmor',
      manifest: APPARMOR,
      highlight: [podSc('appArmorProfile'), containerSc('appArmorProfile')],
      explain: [
        '`appArmorProfile` (a field since Kubernetes 1.30; before, the `container.apparmor.security.beta.kubernetes.io/<name>` annotation) picks the AppArmor profile: `RuntimeDefault`, `Localhost` with the name of a profile loaded on the node, or `Unconfined`.',
        'The container’s profile wins over the pod’s. On a node without AppArmor, any profile other than Unconfined makes the kubelet reject the pod; leaving it unset is fine.',
      ],
      tryThis: 'Delete the container’s `appArmorProfile` and see the pod’s RuntimeDefault take over.',
      shell: ['apparmor'],
      docs: [
        {
          label: 'Restrict a Container’s Access to Resources with AppArmor',
          href: 'https://kubernetes.io/docs/tutorials/security/apparmor/',
        },
      ],
    },
  ],
}
