// Generates src/editor/k8s.schema.json (`npm run schema`): a draft-07 JSON schema for Kubernetes workload
// manifests, built from kubernetes-types@1.30.0 with ts-json-schema-generator, then post-processed:
// - the root dispatches on `kind` (enum for completion, one if/then per kind; unknown kinds are not flagged),
// - `status` is accepted but neither suggested nor validated (kubectl output carries it),
// - Quantity is string|number, Time/MicroTime accept null (`creationTimestamp: null` from kubectl),
// - PodSecurityContext / SecurityContext / PodSpec know every securityContext field up to Kubernetes 1.37
//   (supplementalGroupsPolicy 1.31, seLinuxChangePolicy 1.32), with enums and descriptions.
// Enum values and their one-line docs come from the field catalogue (src/core/k8s/fields.ts); the script runs
// under tsx to import it. The output is committed: the build never needs this script.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGenerator } from 'ts-json-schema-generator'
import { fieldByKey } from '../src/core/k8s/fields.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const types = join(root, 'node_modules', 'kubernetes-types')
const out = join(root, 'src', 'editor', 'k8s.schema.json')

/** kind → [module, apiVersion]. Workload kinds first, then the objects that usually travel with them. */
const KINDS = {
  Pod: ['core/v1', 'v1'],
  PodTemplate: ['core/v1', 'v1'],
  ReplicationController: ['core/v1', 'v1'],
  ReplicaSet: ['apps/v1', 'apps/v1'],
  Deployment: ['apps/v1', 'apps/v1'],
  StatefulSet: ['apps/v1', 'apps/v1'],
  DaemonSet: ['apps/v1', 'apps/v1'],
  Job: ['batch/v1', 'batch/v1'],
  CronJob: ['batch/v1', 'batch/v1'],
  PodList: ['core/v1', 'v1'],
  DeploymentList: ['apps/v1', 'apps/v1'],
  Namespace: ['core/v1', 'v1'],
  Service: ['core/v1', 'v1'],
  ServiceAccount: ['core/v1', 'v1'],
  ConfigMap: ['core/v1', 'v1'],
  Secret: ['core/v1', 'v1'],
  PersistentVolumeClaim: ['core/v1', 'v1'],
}

function generateRaw() {
  const dir = mkdtempSync(join(tmpdir(), 'secctx-schema-'))
  try {
    const modules = [...new Set(Object.values(KINDS).map(([m]) => m))]
    const imports = modules.map((m) => {
      const names = Object.keys(KINDS).filter((k) => KINDS[k][0] === m)
      return `import type { ${names.join(', ')} } from '${join(types, m)}'`
    })
    const entry = [
      ...imports,
      `export interface Resources {`,
      ...Object.keys(KINDS).map((k) => `  ${k}: ${k}`),
      `}`,
      '',
    ].join('\n')
    const path = join(dir, 'entry.ts')
    writeFileSync(path, entry)
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true }, files: ['entry.ts'] }),
    )
    return createGenerator({
      path,
      tsconfig: join(dir, 'tsconfig.json'),
      type: 'Resources',
      skipTypeCheck: true,
      expose: 'export',
      jsDoc: 'extended',
      topRef: true,
    }).createSchema('Resources')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const STATUS = {
  description: 'Most recently observed status, written by the cluster. Read-only: ignored when applied.',
  doNotSuggest: true,
}

const enumOf = (description, values, enumDescriptions) => ({
  type: 'string',
  enum: values,
  description,
  enumDescriptions,
})

/** An enum from the field catalogue: its values and their docs, with the schema's description. */
function catalogueEnum(description, key) {
  const f = fieldByKey(key)
  if (!f?.values || !f.valueDocs) throw new Error(`${key} is not an enum of the field catalogue`)
  return enumOf(description, [...f.values], [...f.valueDocs])
}

const WINDOWS_NOTE = ' Note that this field cannot be set when spec.os.name is windows.'

/** Fields newer than kubernetes-types 1.30, and enums the TS types leave as plain strings. */
function patchSecurity(defs) {
  const need = (name) => {
    const d = defs[name]
    if (!d || !d.properties) throw new Error(`definition ${name} missing from the generated schema`)
    return d.properties
  }
  const pod = need('PodSecurityContext')
  pod.fsGroupChangePolicy = catalogueEnum(pod.fsGroupChangePolicy.description, 'fsGroupChangePolicy')
  pod.supplementalGroupsPolicy = catalogueEnum(
    'supplementalGroupsPolicy (Kubernetes 1.31+) decides how the supplementary groups of the first process of ' +
      'each container are computed. "Merge" (the default when unset) adds the groups the image\'s /etc/group ' +
      'lists for the user to fsGroup and supplementalGroups; "Strict" uses only fsGroup, supplementalGroups and ' +
      'the primary group. Strict needs a container runtime that supports it (containerd 2.0+, CRI-O 1.31+).' +
      WINDOWS_NOTE,
    'supplementalGroupsPolicy',
  )
  pod.seLinuxChangePolicy = catalogueEnum(
    'seLinuxChangePolicy (Kubernetes 1.32+) decides how the SELinux label of the pod is applied to its volumes. ' +
      '"Recursive" relabels every file of every volume (slow for big volumes, but lets privileged and ' +
      'unprivileged pods share a volume on one node). "MountOption" mounts eligible volumes with the ' +
      '`-o context` mount option, which requires every pod sharing the volume to use the same label; it is ' +
      'accepted only when the SELinuxMount feature gate is on. No effect on nodes without SELinux.' +
      WINDOWS_NOTE,
    'seLinuxChangePolicy',
  )
  const ctr = need('SecurityContext')
  ctr.procMount = catalogueEnum(ctr.procMount.description, 'procMount')
  for (const [name, key] of [
    ['SeccompProfile', 'seccompProfile.type'],
    ['AppArmorProfile', 'appArmorProfile.type'],
  ]) {
    const p = need(name)
    p.type = catalogueEnum(p.type.description, key)
  }
  // IDs are int64 in the API: 1000.5 is rejected by the server, so reject it here too.
  for (const props of [pod, ctr]) {
    for (const f of ['runAsUser', 'runAsGroup', 'fsGroup']) if (props[f]) props[f].type = 'integer'
  }
  pod.supplementalGroups.items = { type: 'integer' }
  const spec = need('PodSpec')
  if (!spec.hostUsers) throw new Error('PodSpec.hostUsers missing')
}

/** A List: `items` are any resources the root schema knows. */
const LIST = {
  type: 'object',
  description: 'A list of resources (kubectl get -o yaml, or several manifests in one document).',
  properties: {
    apiVersion: { type: 'string', const: 'v1', description: 'APIVersion of the List: v1.' },
    kind: { type: 'string', const: 'List' },
    metadata: { $ref: '#/definitions/ListMeta' },
    items: { type: 'array', items: { $ref: '#' }, description: 'The resources of the list.' },
  },
  required: ['items'],
  additionalProperties: false,
}

function build() {
  const raw = generateRaw()
  const defs = raw.definitions
  delete defs.Resources
  for (const kind of Object.keys(KINDS)) {
    const def = defs[kind]
    if (!def?.properties) throw new Error(`kind ${kind} missing`)
    if (def.properties.status) def.properties.status = STATUS
    if (def.properties.items?.items?.$ref) {
      const item = defs[def.properties.items.items.$ref.replace('#/definitions/', '')]
      if (item?.properties?.status) item.properties.status = STATUS
    }
  }
  defs.Quantity = { ...defs.Quantity, type: ['string', 'number'] }
  for (const t of ['Time', 'MicroTime']) if (defs[t]) defs[t] = { ...defs[t], type: ['string', 'null'] }
  patchSecurity(defs)
  defs.List = LIST

  const kinds = [...Object.keys(KINDS), 'List']
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'inmemory://schemas/k8s-1.30.json',
    title: 'Kubernetes',
    description:
      'Kubernetes workload manifests (API 1.30 from kubernetes-types, securityContext fields up to 1.37).',
    type: 'object',
    required: ['apiVersion', 'kind'],
    properties: {
      apiVersion: { type: 'string', description: defs.Pod.properties.apiVersion.description },
      kind: {
        description: defs.Pod.properties.kind.description,
        anyOf: [{ enum: kinds }, { type: 'string' }],
      },
    },
    allOf: kinds.map((k) => ({
      if: { properties: { kind: { const: k } }, required: ['kind'] },
      then: { $ref: `#/definitions/${k}` },
    })),
    definitions: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  }
}

const schema = build()
const text = JSON.stringify(schema) + '\n'
if (process.argv.includes('--check')) {
  // Used by the unit test: the committed file must be what this script produces.
  const same = existsSync(out) && readFileSync(out, 'utf8') === text
  console.log(same ? `${out} is up to date` : `${out} is stale: run npm run schema`)
  process.exit(same ? 0 : 1)
}
writeFileSync(out, text)
console.log(
  `wrote ${out}: ${(text.length / 1024).toFixed(0)} KB, ${Object.keys(schema.definitions).length} definitions`,
)
