import { SECURITY_CONTEXT_2 } from '../../examples/walkthrough'
import { TASK_DOC, type LessonTopic } from '../types'
import { containerSc, podSc } from '../paths'

export const OVERRIDE: LessonTopic = {
  id: 'override',
  title: 'Container overrides pod',
  steps: [
    {
      id: 'container-override',
      title: 'The container’s runAsUser wins',
      manifest: SECURITY_CONTEXT_2,
      highlight: [podSc('runAsUser'), containerSc('runAsUser')],
      explain: [
        'This is `security-context-2.yaml`. The pod says `runAsUser: 1000`, the container says 2000: where both levels set a field, the container wins, field by field.',
        'Only `runAsUser`, `runAsGroup`, `runAsNonRoot`, `seLinuxOptions`, `windowsOptions`, `seccompProfile` and `appArmorProfile` exist at both levels. An explicit `false` or `0` in the container overrides the pod too.',
        'Container settings do not affect the pod’s volumes: `fsGroup` is pod-only.',
      ],
      tryThis:
        'Delete the container’s `runAsUser` line: the picture moves the win to the pod’s 1000, and `id` follows.',
      shell: ['ps', 'id'],
      layers: true,
      docs: [TASK_DOC],
    },
  ],
}
