/** The page's console/test API (a contract: outside tests and console users call it). */
interface SecctxApi {
  /** The editor's whole text. */
  getText(): string
  /** Replaces the whole text as one undoable edit. */
  setText(text: string): void
  /** Replaces [start, end) (UTF-16 offsets) with `text`, exactly as typing would. */
  replaceRange(start: number, end: number, text: string): void
  /** The share link of the text and view shown now: the URL "Copy share link" copies. */
  shareLink(): string
}

interface Window {
  secctx?: SecctxApi
}
