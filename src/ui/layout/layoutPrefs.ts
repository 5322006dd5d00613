/** The page layout a user chose (pane widths, folded panes, presentation mode), remembered in localStorage. */
export interface LayoutPrefs {
  /** Width of the forms pane, in percent of the page width. */
  forms: number
  /** Width of the side pane (effective settings, problems, lessons), in percent of the page width. */
  side: number
  formsCollapsed: boolean
  sideCollapsed: boolean
  /** Presentation mode: YAML, the simulated shell and the layering picture only, large type. */
  present: boolean
}

export const LAYOUT_KEY = 'secctx:layout'
export const PANE_MIN = 15
export const PANE_MAX = 50

export const DEFAULT_LAYOUT: LayoutPrefs = {
  forms: 27,
  side: 33,
  formsCollapsed: false,
  sideCollapsed: false,
  present: false,
}

type Store = Pick<Storage, 'getItem' | 'setItem'>

export const clampPane = (n: number) => Math.round(Math.min(PANE_MAX, Math.max(PANE_MIN, n)))

const num = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? clampPane(v) : fallback
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback)

/** The remembered layout; anything missing, malformed or out of range falls back to the default. */
export function loadLayout(storage: Store | null): LayoutPrefs {
  let raw: unknown = null
  try {
    raw = JSON.parse(storage?.getItem(LAYOUT_KEY) ?? 'null')
  } catch {
    raw = null
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_LAYOUT }
  const get = (key: keyof LayoutPrefs): unknown =>
    Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined
  const d = DEFAULT_LAYOUT
  return {
    forms: num(get('forms'), d.forms),
    side: num(get('side'), d.side),
    formsCollapsed: bool(get('formsCollapsed'), d.formsCollapsed),
    sideCollapsed: bool(get('sideCollapsed'), d.sideCollapsed),
    present: bool(get('present'), d.present),
  }
}

export function saveLayout(storage: Store | null, prefs: LayoutPrefs): void {
  try {
    storage?.setItem(LAYOUT_KEY, JSON.stringify(prefs))
  } catch {
    // the layout just is not remembered
  }
}
