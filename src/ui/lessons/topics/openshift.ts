import { type DocLink, type LessonTopic } from '../types'
// A Helm chart's Deployment with a fixed uid, as many charts ship it.
import CHART from '../../../../fixtures/lessons/openshift-chart.yaml?raw'

const SCC_DOC: DocLink = {
  label: 'OpenShift: Managing security context constraints',
  href: 'https://docs.redhat.com/en/documentation/openshift_container_platform/4.18/html/authentication_and_authorization/managing-pod-security-policies',
}
const IMAGES_DOC: DocLink = {
  label: 'OpenShift: support arbitrary user ids (image guidelines)',
  href: 'https://docs.redhat.com/en/documentation/openshift_container_platform/4.18/html/images/creating-images#use-uid_create-images',
}

const WITHOUT_UID = CHART.replace('        securityContext:\n          runAsUser: 10000\n', '')

const CTR = ['spec', 'template', 'spec', 'containers', 0]

export const OPENSHIFT: LessonTopic = {
  id: 'openshift',
  title: 'Why OpenShift says “must be in the ranges”',
  steps: [
    {
      id: 'openshift-kubernetes',
      title: 'On Kubernetes, the chart runs as uid 10000',
      manifest: CHART,
      platform: 'kubernetes',
      highlight: [[...CTR, 'securityContext', 'runAsUser']],
      explain: [
        'A Deployment as many Helm charts ship it: the container runs as a fixed `runAsUser: 10000`. On Kubernetes the API server accepts it and the process gets uid 10000 (group 0: the image has no entry for 10000).',
      ],
      tryThis: 'Press Next: the same chart on OpenShift (the step switches the Platform picker).',
      shell: ['id'],
      verdict: true,
      docs: [SCC_DOC],
    },
    {
      id: 'openshift-must-be-in-ranges',
      title: 'On OpenShift, restricted-v2 refuses it',
      manifest: CHART,
      platform: 'openshift',
      highlight: [[...CTR, 'securityContext', 'runAsUser']],
      explain: [
        'On OpenShift, Security Context Constraints admission runs before Pod Security. A normal service account may use `restricted-v2`, whose `runAsUser` strategy is `MustRunAsRange`: the uid must lie in the namespace’s range, annotated on the namespace as `openshift.io/sa.scc.uid-range: 1000750000/10000` (10000 uids from 1000750000).',
        '10000 is outside, so no SCC validates and the pod is refused with upstream’s message, word for word: `provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]` (openshift/apiserver-library-go, sccmatching).',
      ],
      tryThis:
        'Open the Problems tab: the SCC problem sits on `runAsUser: 10000`, with a fix that removes it.',
      shell: ['id'],
      verdict: true,
      docs: [SCC_DOC],
    },
    {
      id: 'openshift-assigned-uid',
      title: 'Leave runAsUser out: OpenShift assigns 1000750000',
      manifest: WITHOUT_UID,
      platform: 'openshift',
      highlight: [[...CTR, 'name']],
      explain: [
        'Without `runAsUser`, `restricted-v2` admits the pod and mutates it: the container gets the first uid of the namespace’s range, 1000750000, and `fsGroup` the first of `openshift.io/sa.scc.supplemental-groups`; it also sets seccomp `RuntimeDefault`, drops ALL capabilities and forbids privilege escalation. Pod Security then judges the mutated pod: it passes restricted.',
        'The layering picture shows the SCC layer between the runtime default and the pod: it only fills what the pod left unset.',
      ],
      tryThis:
        'Set `runAsUser: 1000750005` on the container: inside the range, it is admitted and kept. Change the namespace range in the OpenShift options and watch the uid follow.',
      shell: ['id', 'volumes'],
      layers: true,
      verdict: true,
      docs: [SCC_DOC],
    },
    {
      id: 'openshift-arbitrary-uid',
      title: 'Why images must run as an arbitrary uid in group 0',
      manifest: WITHOUT_UID,
      platform: 'openshift',
      highlight: [[...CTR, 'image']],
      explain: [
        'The uid is only known when the pod is admitted, and differs per namespace: the image cannot own its files by that uid. What stays fixed is the group: the process always has gid 0 (root group, no privilege by itself).',
        'So images for OpenShift make every path they write owned by group 0 and group-writable (`chgrp -R 0 /app && chmod -R g=u /app` in the Dockerfile), and must not need a `/etc/passwd` entry for their uid. Volumes are covered by `fsGroup`, which the SCC sets from the namespace.',
      ],
      tryThis:
        'Compare `id` here (`gid=0(root)`) with the Kubernetes step: same group 0, a uid nobody wrote down.',
      shell: ['id', 'ps', 'volumes'],
      docs: [IMAGES_DOC, SCC_DOC],
    },
  ],
}
