/** How values are quoted and listed in messages, as upstream Go code prints them. */

/** Go's `%q` for the strings that show up in messages. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c === 7) out += '\\a'
    else if (c === 8) out += '\\b'
    else if (c === 12) out += '\\f'
    else if (c === 11) out += '\\v'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += ch
  }
  return out + '"'
}

/** `"a", "b", "c"`: each item double-quoted (not escaped); '' for none. */
export function joinQuote(items: readonly string[]): string {
  return items.length ? `"${items.join('", "')}"` : ''
}

/** Byte-order sort (ASCII-identical to Go's sort.Strings) of the distinct values. */
export function sortedSet(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
