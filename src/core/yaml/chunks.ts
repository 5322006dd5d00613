import type { ParsedStream } from './stream'

/** A slice of the text that parses on its own: one document, rarely none or several. */
export interface StreamChunk {
  /** Offset of the slice in the whole text. */
  base: number
  text: string
  /** How many documents it holds (so document indexes map to chunks). */
  documents: number
}

/**
 * The chunks of a parsed stream, in text order. parseStream of a chunk's text with the stream as `previous`
 * reuses its parse, so a caller can work on one document of a big stream without touching the rest.
 */
export function streamChunks(stream: ParsedStream): StreamChunk[] {
  return stream.chunks.map(({ base, chunk }) => ({ base, text: chunk.text, documents: chunk.docs.length }))
}
