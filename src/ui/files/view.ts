/**
 * The view a share link carries and a reload keeps (issue 13): which resource and container are selected, the
 * analysis options (level, version, runtime, the assumed image and its user) and the side pane's tab. Every value read from outside
 * (a URL, localStorage) is checked; what does not check out is left out, never guessed.
 */
import { IMAGE_NAMES } from '../../core/effective'
import { effectiveMinor } from '../../core/k8s/versions'
import { MAX_ID } from '../../core/k8s/fields'
import type { AnalyzeOptions, PssLevel, Runtime } from '../../core/types'
import type { AppState, AppStore } from '../../state/store'
import type { StartOrigin } from './startup'
import {
  linkView,
  openShiftOptionsOf,
  openShiftViewOf,
  parseOpenShiftView,
  type OpenShiftView,
} from './viewOpenShift'

export interface View extends OpenShiftView {
  resource?: number
  container?: number
  level?: PssLevel
  version?: string
  runtime?: Runtime
  imageUser?: number
  /** The assumed image (a catalogue name; absent: custom, the image user). */
  image?: string
  tab?: string
}

/** The view's keys, in the order a link writes them. */
export const VIEW_KEYS = [
  'resource',
  'container',
  'level',
  'version',
  'runtime',
  'imageUser',
  'image',
  'tab',
  'platform',
  'uidRange',
  'supplementalGroups',
  'mcs',
  'scc',
] as const satisfies readonly (keyof View)[]

const LEVELS: readonly string[] = ['privileged', 'baseline', 'restricted'] satisfies PssLevel[]
const RUNTIMES: readonly string[] = ['containerd', 'cri-o'] satisfies Runtime[]
/** Linux ids are 32-bit; Kubernetes takes 0 … 2^31 - 1 for runAsUser. */
/** Far beyond any real bundle; keeps an absurd index from being taken at face value. */
const MAX_INDEX = 1_000_000

const index = (raw: string, max: number): number | undefined =>
  /^(0|[1-9][0-9]{0,9})$/.test(raw) && Number(raw) <= max ? Number(raw) : undefined

/** A view from key → raw string lookups (URL parameters, stored JSON): valid entries only. */
export function parseView(get: (key: keyof View) => string | undefined): View {
  const view: View = {}
  const raw = (k: keyof View) => {
    const v = get(k)
    return typeof v === 'string' && v.length <= 64 ? v : undefined
  }
  const resource = raw('resource')
  const container = raw('container')
  const level = raw('level')
  const version = raw('version')
  const runtime = raw('runtime')
  const imageUser = raw('imageUser')
  const image = raw('image')
  const tab = raw('tab')
  if (resource !== undefined) view.resource = index(resource, MAX_INDEX)
  if (container !== undefined) view.container = index(container, MAX_INDEX)
  if (level !== undefined && LEVELS.includes(level)) view.level = level as PssLevel
  if (version !== undefined && effectiveMinor(version) !== null) view.version = version
  if (runtime !== undefined && RUNTIMES.includes(runtime)) view.runtime = runtime as Runtime
  if (imageUser !== undefined) view.imageUser = index(imageUser, MAX_ID)
  if (image !== undefined && image !== 'custom' && IMAGE_NAMES.includes(image)) view.image = image
  if (tab !== undefined && /^[a-z][a-z-]{0,31}$/.test(tab)) view.tab = tab
  Object.assign(view, parseOpenShiftView(raw))
  for (const k of VIEW_KEYS) if (view[k] === undefined) delete view[k]
  return view
}

/** The view the app shows now (the OpenShift entries only under that platform). */
export function viewOf(s: AppState): View {
  const { level, version, runtime, imageUser, image } = s.options
  return {
    resource: s.selectedResource,
    container: s.selectedContainer,
    level,
    version,
    runtime,
    imageUser,
    ...(image === undefined || image === 'custom' ? {} : { image }),
    tab: s.sideTab,
    ...openShiftViewOf(s.options),
  }
}

/** The analysis options a view sets. */
export function optionsOf(view: View): Partial<AnalyzeOptions> {
  const options: Partial<AnalyzeOptions> = {}
  if (view.level !== undefined) options.level = view.level
  if (view.version !== undefined) options.version = view.version
  if (view.runtime !== undefined) options.runtime = view.runtime
  if (view.imageUser !== undefined) options.imageUser = view.imageUser
  // The image user comes with its image: without one (custom, or a link from before the picker) it is custom's.
  if (view.imageUser !== undefined || view.image !== undefined) options.image = view.image
  return { ...options, ...openShiftOptionsOf(view) }
}

/** The view without the selection (what a reload keeps for a text other than the saved one). */
export function withoutSelection(view: View): View {
  const { resource: _r, container: _c, ...rest } = view
  return rest
}

/**
 * The view a page starts with: the saved one (its selection only when the saved text is the one opened: origin
 * autosave), a lesson opens on the Learn tab, and a share link's own view wins over both.
 */
export function startView(origin: StartOrigin, saved: View, shared: View | null): View {
  const base = origin === 'autosave' ? saved : withoutSelection(saved)
  if (origin === 'lesson') return { ...base, tab: 'learn' }
  if (!shared) return base
  const link = linkView(shared)
  // A shared image user without an image is the custom image's: the saved image does not stay.
  const { image: _saved, ...rest } = base
  return link.imageUser !== undefined && link.image === undefined
    ? { ...rest, ...link }
    : { ...base, ...link }
}

/** Shows a view in an open app: options first (only when they differ: they re-analyse), then selection and tab. */
export function applyView(store: AppStore, view: View): void {
  const s = store.getState()
  const options = optionsOf(view)
  // The OpenShift inputs are an object: compared by value, so an unchanged view does not re-analyse.
  const changed = (Object.keys(options) as (keyof typeof options)[]).some((k) =>
    k === 'openshift'
      ? JSON.stringify(options[k]) !== JSON.stringify(s.options[k])
      : options[k] !== s.options[k],
  )
  if (changed) s.setOptions(options)
  if (view.resource !== undefined) s.selectResource(view.resource)
  if (view.container !== undefined) store.getState().selectContainer(view.container)
  if (view.tab !== undefined) s.setSideTab(view.tab)
}
