/**
 * One reading of a resource's pod: its spec, template metadata, both securityContexts, the containers in visit
 * order and where each sits in the document. Validation, Pod Security, lints, fixes and effective settings all
 * read the pod through it.
 */
import { defaultPodSpec } from './k8s/defaults'
import { declaredOs, podOs, type PodOsReading } from './k8s/podOs'
import { isObject, list, locate, obj, str } from './json'
import {
  CONTAINER_KINDS,
  CONTAINER_TYPE,
  type ContainerKind,
  type ContainerRef,
  type JsonObject,
  type Path,
  type Resource,
} from './types'

export interface ContainerView extends ContainerRef {
  /** The container item (after defaulting in a defaulted view). */
  obj: JsonObject
  /** Its securityContext, when that is an object. */
  sc: JsonObject | undefined
  /** Path from the pod spec to the container item: ['initContainers', 1]. */
  rel: Path
  /** Document path of the container item. */
  path: Path
  /** Document path of its securityContext. */
  scPath: Path
}

export interface PodView {
  resource: Resource
  /** The pod spec ({} when missing); a defaulted copy in a defaulted view. */
  spec: JsonObject
  /** The pod (template) metadata ({} when missing). */
  meta: JsonObject
  /** The metadata's annotations ({} when missing). */
  annotations: JsonObject
  /** spec.securityContext, when that is an object. */
  sc: JsonObject | undefined
  /** The container items that are objects: initContainers, containers, ephemeralContainers, in visit order. */
  containers: ContainerView[]
  /** Document path of the pod spec. */
  specPath: Path
  /** Document path of the pod (template) metadata. */
  metaPath: Path
  /** Document path of the pod securityContext. */
  scPath: Path
  /** Document path of `rel` below the pod spec, cut back to what exists in the source. */
  specNode(rel: Path): Path
  /** Document path of `rel` below the pod spec, written or not (the field a finding is about). */
  specField(rel: Path): Path
  /** Document path of `rel` below the pod metadata, cut back to what exists in the source. */
  metaNode(rel: Path): Path
  /** Document path of `rel` below the pod metadata, written or not. */
  metaField(rel: Path): Path
  /** A path from specField or metaField cut back to what exists in the source (specNode / metaNode). */
  existing(path: Path): Path
  /** spec.os.name when it is a string, else null: all the API server and Pod Security go by. */
  declaredOs: string | null
  /** Which OS the node that runs the pod has, and why (spec.os, nodeSelector, affinity, hostProcess, a guess). */
  nodeOs: PodOsReading
  /** `hostUsers: false`: the pod runs in a user namespace of its own. */
  userNamespace: boolean
}

export interface PodViewOptions {
  /** Read the spec as admission sees it, after the API server's defaulting (k8s/defaults.ts). */
  defaulted?: boolean
}

/** The pod of a resource as one view. */
export function podView(resource: Resource, options: PodViewOptions = {}): PodView {
  const spec = options.defaulted ? defaultPodSpec(resource.kind, resource.podSpec) : resource.podSpec
  const specPath = [...resource.basePath, ...resource.podSpecPath]
  const metaPath = [...resource.basePath, ...resource.podMetadataPath]
  const containers: ContainerView[] = []
  for (const kind of CONTAINER_KINDS) {
    list(spec[kind]).forEach((c, index) => {
      if (!isObject(c)) return
      const path = [...specPath, kind, index]
      containers.push({
        kind,
        type: CONTAINER_TYPE[kind],
        index,
        name: str(c.name) ?? '',
        obj: c,
        sc: obj(c.securityContext),
        rel: [kind, index],
        path,
        scPath: [...path, 'securityContext'],
      })
    })
  }
  return {
    resource,
    spec,
    meta: resource.podMetadata,
    annotations: obj(resource.podMetadata.annotations) ?? {},
    sc: obj(spec.securityContext),
    containers,
    specPath,
    metaPath,
    scPath: [...specPath, 'securityContext'],
    specNode: (rel) => locate(resource.podSpec, specPath, rel),
    metaNode: (rel) => locate(resource.podMetadata, metaPath, rel),
    specField: (rel) => [...specPath, ...rel],
    metaField: (rel) => [...metaPath, ...rel],
    existing(path) {
      const under = (base: Path) => base.every((k, i) => path[i] === k)
      if (under(specPath)) return locate(resource.podSpec, specPath, path.slice(specPath.length))
      if (under(metaPath)) return locate(resource.podMetadata, metaPath, path.slice(metaPath.length))
      return path
    },
    declaredOs: declaredOs(spec),
    nodeOs: podOs(spec),
    userNamespace: spec.hostUsers === false,
  }
}

/** The container of the view at `kind[index]`, if that item is an object. */
export function findContainer(
  pod: PodView,
  ref: { kind: ContainerKind; index: number },
): ContainerView | undefined {
  return pod.containers.find((c) => c.kind === ref.kind && c.index === ref.index)
}

/** The container a document path sits in, if any. */
export function containerAt(
  resource: Resource,
  path: Path,
): { kind: ContainerKind; index: number } | undefined {
  const spec = [...resource.basePath, ...resource.podSpecPath]
  if (spec.some((k, i) => path[i] !== k)) return undefined
  const [kind, index] = path.slice(spec.length)
  return CONTAINER_KINDS.includes(kind as ContainerKind) && typeof index === 'number'
    ? { kind: kind as ContainerKind, index }
    : undefined
}
