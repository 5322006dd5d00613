/**
 * The API server prints some errors with the whole Go struct of the value
 * (`…securityContext: Invalid value: core.SecurityContext{Capabilities:(*core.Capabilities)(0xc000…), …}: cannot set …`).
 * Kept verbatim (it is what kubectl shows), it buries the reason; the list shows the field and the reason first.
 */
export interface ApiMessageParts {
  /** The field path the message starts with. */
  field: string
  /** The Go struct dump of the invalid value. */
  dump: string
  /** What is wrong, as upstream words it (backticks around field names). */
  reason: string
}

/** Dumps shorter than this read fine inline (`core.SeccompProfile{Type:"Localhost", …}`). */
const LONG_DUMP = 80
const STRUCT_DUMP = /^(\S+): Invalid value: (core\.[A-Za-z]+\{.*\}): ([^{}]+)$/s

/** Splits a message whose invalid value is a long Go struct dump; null for every other message. */
export function splitApiMessage(message: string): ApiMessageParts | null {
  const m = STRUCT_DUMP.exec(message)
  if (!m || m[2]!.length < LONG_DUMP) return null
  return { field: m[1]!, dump: m[2]!, reason: m[3]! }
}
