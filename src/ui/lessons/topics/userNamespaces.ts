import { type DocLink, type LessonTopic } from '../types'
import { containerSc } from '../paths'
import USERNS from '../../../../fixtures/lessons/user-namespaces.yaml?raw'
import USERNS_RESTRICTED from '../../../../fixtures/lessons/user-namespaces-restricted.yaml?raw'

const USERNS_DOC: DocLink = {
  label: 'Use a User Namespace With a Pod',
  href: 'https://kubernetes.io/docs/tasks/configure-pod-container/user-namespaces/',
}
const KEP_127: DocLink = {
  label: 'KEP-127: support user namespaces',
  href: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/127-user-namespaces',
}

const USERNS_CAPS = USERNS.replace('name: userns-demo', 'name: userns-caps').concat(
  `    securityContext:
      capabilities:
        add: ["NET_ADMIN"]
`,
)

export const USER_NAMESPACES: LessonTopic = {
  id: 'user-namespaces',
  title: 'User namespaces (hostUsers: false)',
  steps: [
    {
      id: 'userns-root-inside',
      title: 'Root inside, nobody outside',
      manifest: USERNS,
      highlight: [['spec', 'hostUsers']],
      explain: [
        '`hostUsers: false` gives the pod its own user namespace. Inside, the process is who `id` says: here root, uid 0, because nothing sets `runAsUser` and the image runs as root.',
        'Outside, on the node, the same process has another uid: the kubelet maps the pod’s uids 0–65535 onto a block of 65536 host uids of its own choosing (a multiple of 65536, never 0). `/proc/self/uid_map` shows the mapping: inside uid, host uid, length.',
        'The `uid_map` line is modelled, not run: the runtime check (`npm run verify:runtime`) runs this container without a user namespace, so only `id` is checked against runc. 131072 stands for the block the kubelet picks.',
      ],
      tryThis:
        'Delete the `hostUsers: false` line: `uid_map` becomes the identity mapping `0 0 4294967295` — uid 0 inside is uid 0 on the node.',
      shell: ['id', 'uidMap'],
      docs: [USERNS_DOC, KEP_127],
    },
    {
      id: 'userns-capabilities',
      title: 'Capabilities count inside the namespace only',
      manifest: USERNS_CAPS,
      highlight: [['spec', 'hostUsers'], containerSc('capabilities', 'add')],
      explain: [
        'The capability sets look the same as without a user namespace: `CAP_NET_ADMIN` is in `CapEff`. But a capability in a user namespace only works on resources that namespace owns: the pod’s own network namespace, files whose owners map into the pod’s range.',
        'On the node’s resources the process is an unprivileged uid from the pod’s block: a container breakout lands as nobody special, and host files owned by root show up as `nobody` (65534) inside.',
      ],
      tryThis:
        'Add `SYS_ADMIN` to `add`: still a capability of the namespace only. Then set `hostUsers: true` and compare: the same bits, now over the whole node.',
      shell: ['caps', 'uidMap'],
      docs: [
        USERNS_DOC,
        { label: 'user_namespaces(7)', href: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html' },
      ],
    },
    {
      id: 'userns-pod-security',
      title: 'What Pod Security relaxes for user-namespace pods',
      manifest: USERNS_RESTRICTED,
      highlight: [['spec', 'hostUsers'], containerSc('runAsUser')],
      explain: [
        'User namespaces are on by default since Kubernetes v1.33 (the `UserNamespacesSupport` gate went beta). From Pod Security policy version v1.35, a pod with `hostUsers: false` may run as root: restricted’s `runAsNonRoot` and `runAsUser` checks allow anything, and baseline’s `procMount` check allows `Unmasked`. Restricted still requires the `Default` procMount, and every other check stays.',
        'Before v1.35 nothing is relaxed (v1.29–v1.34 only behind the alpha gate `UserNamespacesPodSecurityStandards`): this pod fails restricted with `runAsNonRoot != true` and `runAsUser=0` (upstream pod-security-admission `relaxPolicyForUserNamespacePod`).',
      ],
      tryThis:
        'Set the Kubernetes version picker to v1.34 and watch the verdict fail restricted; back to latest, it passes. Then delete `hostUsers: false`: uid 0 fails again.',
      shell: ['id', 'uidMap'],
      verdict: true,
      docs: [
        USERNS_DOC,
        {
          label: 'Pod Security Standards',
          href: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
        },
      ],
    },
  ],
}
