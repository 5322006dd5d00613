/** Test helpers for ui/files: a Storage in memory, and a view with every part set. */

/** A Storage kept in memory that counts its writes. */
export class MemoryStorage {
  items = new Map<string, string>()
  writes = 0
  getItem(k: string) {
    return this.items.get(k) ?? null
  }
  setItem(k: string, v: string) {
    this.writes++
    this.items.set(k, v)
  }
  removeItem(k: string) {
    this.items.delete(k)
  }
}

/** A view with every Kubernetes part set (resource 1: the second of a two-resource text). */
export const SOME_VIEW = {
  resource: 1,
  container: 1,
  level: 'baseline',
  version: 'v1.30',
  runtime: 'cri-o',
  imageUser: 1000,
  tab: 'problems',
} as const
