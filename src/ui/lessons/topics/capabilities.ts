import { SECURITY_CONTEXT_3, SECURITY_CONTEXT_4 } from '../../examples/walkthrough'
import { TASK_DOC, type DocLink, type LessonTopic } from '../types'
import { containerSc, podSc } from '../paths'
import DROP_ALL from '../../../../fixtures/lessons/capabilities-drop-all.yaml?raw'
import NON_ROOT_CAPS from '../../../../fixtures/lessons/capabilities-non-root.yaml?raw'

const CAPABILITIES_7: DocLink = {
  label: 'capabilities(7)',
  href: 'https://man7.org/linux/man-pages/man7/capabilities.7.html',
}
const CAPABILITY_H: DocLink = {
  label: 'capability.h (bit numbers)',
  href: 'https://github.com/torvalds/linux/blob/master/include/uapi/linux/capability.h',
}

export const CAPABILITIES: LessonTopic = {
  id: 'capabilities',
  title: 'Capabilities',
  steps: [
    {
      id: 'default-capabilities',
      title: 'The runtime’s default capabilities',
      manifest: SECURITY_CONTEXT_3,
      highlight: [['spec', 'containers', 0]],
      explain: [
        'This is `security-context-3.yaml`: no `securityContext` at all. The image sets no USER, so the process runs as root and holds the container runtime’s default capability set.',
        'containerd gives 14 capabilities (`00000000a80425fb`); CRI-O gives 9 (`00000000000005fb`). Each set bit is one capability: bit 0 is CAP_CHOWN.',
      ],
      tryThis: 'Switch the Container runtime picker to CRI-O and compare `CapEff`.',
      shell: ['caps', 'capsDecode'],
      docs: [TASK_DOC, CAPABILITIES_7],
    },
    {
      id: 'add-capabilities',
      title: 'Add NET_ADMIN and SYS_TIME',
      manifest: SECURITY_CONTEXT_4,
      highlight: [containerSc('capabilities', 'add')],
      explain: [
        'This is `security-context-4.yaml`. Comparing `CapEff` with the previous step, bits 12 (CAP_NET_ADMIN) and 25 (CAP_SYS_TIME) are now set: `00000000aa0435fb`.',
        'Kubernetes wants the names without the `CAP_` prefix: containerd prefixes every name, so `CAP_NET_ADMIN` becomes `CAP_CAP_NET_ADMIN` and is silently ignored.',
      ],
      tryThis: 'Write `CAP_NET_ADMIN` instead of `NET_ADMIN` and see which bit disappears.',
      shell: ['caps', 'capsDecode'],
      docs: [TASK_DOC, CAPABILITY_H],
    },
    {
      id: 'drop-all',
      title: 'Drop ALL, add back only what you need',
      manifest: DROP_ALL,
      highlight: [containerSc('capabilities', 'drop'), containerSc('capabilities', 'add')],
      explain: [
        '`drop: ["ALL"]` empties the set; adds are applied after it, so only NET_BIND_SERVICE (bit 10, `0000000000000400`) is left: enough to listen on a port below 1024.',
        'The restricted Pod Security level requires `drop: ["ALL"]` and allows adding back only `NET_BIND_SERVICE`.',
      ],
      tryThis: 'Remove the `add` line, then try `add: ["ALL"]` together with `drop: ["ALL"]`.',
      shell: ['caps', 'capsDecode'],
      docs: [TASK_DOC, CAPABILITIES_7],
    },
    {
      id: 'non-root-capabilities',
      title: 'Capabilities do nothing for a non-root user',
      manifest: NON_ROOT_CAPS,
      highlight: [podSc('runAsUser'), containerSc('capabilities', 'add')],
      explain: [
        'The pod now runs as uid 1000. Added capabilities land in the bounding set (`CapBnd`), but a non-root process starts with empty permitted and effective sets.',
        'Kubernetes has no ambient capabilities, so only a binary with file capabilities (and `allowPrivilegeEscalation` not false) could use them.',
      ],
      tryThis: 'Set `runAsUser: 0` and watch `CapEff` fill up.',
      shell: ['caps', 'capsDecode'],
      docs: [CAPABILITIES_7],
    },
  ],
}
