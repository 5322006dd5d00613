import type { TextEdit } from '../types'

/** Collects edits in one chunk's offsets and turns them into sorted, merged, non-overlapping edits. */
export class EditList {
  private readonly edits: TextEdit[] = []

  constructor(readonly text: string) {}

  replace(start: number, end: number, text: string): void {
    if (end > start || text !== '') this.edits.push({ offset: start, length: end - start, text })
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text)
  }

  get size(): number {
    return this.edits.length
  }

  /**
   * Edits shifted by `base`: ordered by offset (edits planned at the same offset keep their planned
   * order), touching edits merged into one, no-ops dropped. Overlaps are a planning bug and throw.
   */
  result(base: number): TextEdit[] {
    const sorted = this.edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.i - b.i)
    const out: TextEdit[] = []
    for (const { e } of sorted) {
      const last = out[out.length - 1]
      if (last && e.offset < last.offset + last.length) throw new Error('overlapping edits')
      if (last && e.offset === last.offset + last.length) {
        last.length += e.length
        last.text += e.text
      } else out.push({ ...e })
    }
    return out
      .filter((e) => this.text.slice(e.offset, e.offset + e.length) !== e.text)
      .map((e) => ({ offset: e.offset + base, length: e.length, text: e.text }))
  }
}
