/** What the CLI reads and writes: the process's streams, or a test's buffers. */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  /** The whole of stdin as bytes (read once, on demand). */
  stdin(): Uint8Array
  /** The terminal's width when stdout is a TTY; human output wraps there (at 100 otherwise). */
  columns?: number
}
