/**
 * What `npm run verify:runtime` runs: every example of the gallery, every lesson step, the generated Pods, each
 * under both runtimes; and the five outputs of the Kubernetes walkthrough that runc must print.
 */
import { analyze } from '../../src/core/analyze'
import { runtimeSpec, type RuntimeSpec } from '../../src/core/runtime'
import type { ContainerEffective, JsonObject, Runtime } from '../../src/core/types'
import { DEFAULT_OPTIONS } from '../../src/core/types'
import { EXAMPLES } from '../../src/ui/examples'
import { IMAGES, type ImageModel } from '../../src/core/effective/images'
import {
  SECURITY_CONTEXT,
  SECURITY_CONTEXT_3,
  SECURITY_CONTEXT_4,
  SECURITY_CONTEXT_5,
  SECURITY_CONTEXT_6,
} from '../../src/ui/examples/walkthrough'
import { STEPS } from '../../src/ui/lessons'
import { generatedPods } from './generate'

export const RUNTIMES: readonly Runtime[] = ['containerd', 'cri-o']

export interface Source {
  /** `gallery security-context`, `lesson drop-all`, `generated 17`. */
  label: string
  text: string
  /** The runtimes it runs under. */
  runtimes: readonly Runtime[]
}

/** One container to run: its effective model and runtime spec, for one runtime. */
export interface Case {
  label: string
  /** The manifest it comes from. */
  text: string
  runtime: Runtime
  /** The pod spec, read as the kubelet reads it to prepare the volumes. */
  podSpec: JsonObject
  container: ContainerEffective
  oci: RuntimeSpec
}

/**
 * Pods on one known image (by its own reference): the image's user, uid 1000, the image's non-root user (its
 * primary group from /etc/passwd), and that user with runAsGroup 3000 and supplementalGroups 4000, under
 * supplementalGroupsPolicy Merge (unset) or Strict; an fsGroup emptyDir shows the owners `ls` names.
 */
export function imagePods(image: ImageModel): string[] {
  const own = image.passwd.find((p) => p.uid !== 0 && p.uid !== 65534)?.uid ?? 1000
  const container = (name: string, sc: string) =>
    [
      `  - name: ${name}`,
      `    image: ${image.ref}`,
      ...(sc ? [`    securityContext: {${sc}}`] : []),
      '    volumeMounts: [{name: data, mountPath: /data}]',
    ].join('\n')
  return [null, 'Strict'].map((policy) =>
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: image-${image.id}-${(policy ?? 'merge').toLowerCase()}`,
      'spec:',
      '  securityContext:',
      '    fsGroup: 2000',
      '    supplementalGroups: [4000]',
      ...(policy ? [`    supplementalGroupsPolicy: ${policy}`] : []),
      '  volumes: [{name: data, emptyDir: {}}]',
      '  containers:',
      container('as-image', ''),
      container('uid-1000', 'runAsUser: 1000'),
      container('own-user', `runAsUser: ${own}`),
      container('own-user-groups', `runAsUser: ${own}, runAsGroup: 3000`),
      '',
    ].join('\n'),
  )
}

/**
 * The gallery and the lessons under both runtimes; the generated Pods alternate between them, so each runtime
 * gets half of them (more distinct securityContexts than running fewer under both, in the same time).
 */
export function sources(generated: number): Source[] {
  return [
    ...EXAMPLES.map((e) => ({ label: `gallery ${e.id}`, text: e.text, runtimes: RUNTIMES })),
    ...STEPS.map((s) => ({ label: `lesson ${s.id}`, text: s.manifest, runtimes: RUNTIMES })),
    ...IMAGES.flatMap((image) =>
      imagePods(image).map((text, i) => ({ label: `image ${image.id} ${i}`, text, runtimes: RUNTIMES })),
    ),
    ...generatedPods(generated).map((text, i) => ({
      label: `generated ${i}`,
      text,
      runtimes: [RUNTIMES[i % RUNTIMES.length]!],
    })),
  ]
}

/** Every container with a Linux process, per runtime; the others are counted as not run. */
export function cases(list: readonly Source[]): { cases: Case[]; notRun: number } {
  const out: Case[] = []
  let notRun = 0
  for (const runtime of RUNTIMES) {
    for (const s of list.filter((x) => x.runtimes.includes(runtime))) {
      const analysis = analyze(s.text, { ...DEFAULT_OPTIONS, runtime })
      for (const ra of analysis.resources) {
        for (const container of ra.effective) {
          const oci = runtimeSpec(ra.resource, container, runtime)
          if (!oci) notRun++
          else
            out.push({
              label: `${s.label} ${ra.resource.kind}/${container.name}`,
              text: s.text,
              runtime,
              podSpec: ra.resource.podSpec,
              container,
              oci,
            })
        }
      }
    }
  }
  return { cases: out, notRun }
}

/** The walkthrough's outputs (issue 14, Must show): the case label prefix, and what runc must print. */
export const WALKTHROUGH: readonly { text: string; line: RegExp; what: string }[] = [
  { text: SECURITY_CONTEXT, line: /^drwxrwsrwx .* 2000 .*\/data\/demo$/, what: 'ls -ld /data/demo' },
  { text: SECURITY_CONTEXT, line: /^-rw-r--r-- .* 1000 2000 .*testfile$/, what: 'ls -l of a new file' },
  { text: SECURITY_CONTEXT, line: /^uid=1000 gid=3000 groups=2000,3000,4000$/, what: 'id' },
  { text: SECURITY_CONTEXT_3, line: /^CapEff:\t00000000a80425fb$/, what: 'CapEff, default set' },
  { text: SECURITY_CONTEXT_4, line: /^CapEff:\t00000000aa0435fb$/, what: 'CapEff, NET_ADMIN and SYS_TIME' },
  {
    text: SECURITY_CONTEXT_5,
    line: /^uid=1000\(user-defined-in-image\) gid=3000 groups=3000,4000,50000\(group-defined-in-image\)$/,
    what: 'id, supplementalGroupsPolicy Merge (agnhost)',
  },
  {
    text: SECURITY_CONTEXT_6,
    line: /^uid=1000\(user-defined-in-image\) gid=3000 groups=3000,4000$/,
    what: 'id, supplementalGroupsPolicy Strict (agnhost)',
  },
]
