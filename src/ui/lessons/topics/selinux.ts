import { TASK_DOC, type LessonTopic } from '../types'
import { podSc } from '../paths'
import SELINUX from '../../../../fixtures/lessons/selinux.yaml?raw'

export const SELINUX_TOPIC: LessonTopic = {
  id: 'selinux',
  title: 'SELinux',
  steps: [
    {
      id: 'selinux-level',
      title: 'SELinux levels and volume relabeling',
      manifest: SELINUX,
      highlight: [podSc('seLinuxOptions', 'level'), podSc('seLinuxChangePolicy'), ['spec', 'volumes', 0]],
      explain: [
        'Usually you set only the `level` of `seLinuxOptions`: the Multi-Category Security label of every container of the pod and of its volumes. Type and user come from the node’s container policy (`container_t`). Without a level the runtime picks a random one per pod.',
        'Volumes that support labeling are relabeled to the pod’s label: by default the runtime relabels every file (`Recursive`), which is slow on big volumes; with `seLinuxChangePolicy: MountOption` the kubelet mounts the volume with `-o context=…` instead, instantly, but then every pod using the volume on a node needs the same label.',
        'SELinux must be enabled on the node; elsewhere these fields are ignored.',
      ],
      tryThis: 'Move `seLinuxOptions` into the container and give it only a `type`: the pod’s level is lost.',
      warning:
        'After you specify an MCS label for a Pod, all Pods with the same label can access the Volume. If you need inter-Pod protection, you must assign a unique MCS label to each Pod.',
      shell: ['selinux'],
      docs: [
        TASK_DOC,
        {
          label: 'SELinux volume relabeling (KEP-1710)',
          href: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-storage/1710-selinux-relabeling',
        },
      ],
    },
  ],
}
