import { SECURITY_CONTEXT, SECURITY_CONTEXT_6 } from '../../examples/walkthrough'
import { TASK_DOC, type LessonTopic } from '../types'
import { podSc } from '../paths'

/** security-context.yaml without its runAsGroup line. */
const WITHOUT_RUN_AS_GROUP = SECURITY_CONTEXT.replace('    runAsGroup: 3000\n', '')

export const USERS: LessonTopic = {
  id: 'users',
  title: 'Users and groups',
  steps: [
    {
      id: 'user-and-group',
      title: 'Run every container as a user and a group',
      manifest: SECURITY_CONTEXT,
      highlight: [podSc('runAsUser'), podSc('runAsGroup'), podSc('fsGroup'), podSc('supplementalGroups')],
      explain: [
        'This is `security-context.yaml` from the walkthrough. The pod-level `securityContext` applies to every container of the pod.',
        '`runAsUser` is the uid of the container process and `runAsGroup` its primary group. `fsGroup` and `supplementalGroups` become supplementary groups of the process.',
        'busybox `id` prints the supplementary groups sorted, with the primary group among them.',
      ],
      tryThis:
        'Change `runAsUser` to 2000 (in the editor or in the Pod securityContext form) and watch `id` and `ps` follow.',
      shell: ['id', 'ps'],
      docs: [TASK_DOC],
    },
    {
      id: 'no-run-as-group',
      title: 'Without runAsGroup the primary group is root',
      manifest: WITHOUT_RUN_AS_GROUP,
      highlight: [podSc('runAsUser'), podSc('fsGroup')],
      explain: [
        'The same pod without `runAsGroup`. The runtime takes the primary group from the image’s `/etc/passwd` entry for the uid; busybox has no entry for uid 1000, so the group is 0 (root).',
        'The process can then use files owned by group root that grant group permissions: a common surprise with arbitrary `runAsUser` values.',
      ],
      tryThis: 'Add `runAsGroup: 3000` back under `securityContext:` and watch `gid=` change.',
      shell: ['id'],
      docs: [TASK_DOC],
    },
    {
      id: 'fsgroup-volume',
      title: 'fsGroup owns the volume',
      manifest: SECURITY_CONTEXT,
      highlight: [
        podSc('fsGroup'),
        ['spec', 'volumes', 0],
        ['spec', 'containers', 0, 'volumeMounts', 0, 'mountPath'],
      ],
      explain: [
        'The kubelet gives volumes that support ownership management (emptyDir, configMap, secret, projected, many block and CSI volumes) to the `fsGroup`: the group owns the directory, gets read and write, and the setgid bit makes new files inherit the group.',
        'A file the process creates in the volume is owned by its uid and by group `fsGroup`. `fsGroupChangePolicy: OnRootMismatch` skips the recursive walk when the volume root already matches; it has no effect on emptyDir, secret and configMap.',
        'hostPath and NFS volumes are never changed.',
      ],
      tryThis:
        'Remove `fsGroup`, then change `emptyDir: {}` to `hostPath: {path: /tmp}`, and compare the `ls` lines.',
      shell: ['volumes'],
      docs: [TASK_DOC],
    },
    {
      id: 'supplemental-groups-policy',
      title: 'supplementalGroupsPolicy: Merge or Strict',
      manifest: SECURITY_CONTEXT_6,
      highlight: [podSc('supplementalGroups'), podSc('supplementalGroupsPolicy')],
      explain: [
        'With `Merge` (the default) the runtime also adds the groups the image’s `/etc/group` lists for the user: the walkthrough image adds 50000, which can grant access nobody wrote down in the manifest.',
        'With `Strict` the process gets only `runAsGroup`, `fsGroup` and `supplementalGroups`. The node’s runtime must support it (containerd 2.0+, CRI-O 1.31+); since Kubernetes 1.33 the kubelet rejects the pod on nodes that do not.',
        'The simulator knows this image (agnhost, the docs’ example): its `/etc/passwd` names uid 1000 `user-defined-in-image`, and its `/etc/group` puts that user in group 50000.',
      ],
      tryThis:
        'Set the policy to `Merge` and watch 50000 join the group list; add 5000 to `supplementalGroups` and it joins under both policies.',
      shell: ['id'],
      docs: [
        TASK_DOC,
        {
          label: 'KEP-3619: fine-grained supplemental groups control',
          href: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/3619-supplemental-groups-policy',
        },
      ],
    },
  ],
}
