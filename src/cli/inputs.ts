/** FILE | DIR | - → texts to analyse. A directory expands to its .yaml/.yml/.json files, sorted by name. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface Input {
  /** The path as given (a directory's files as DIR/name); `-` for stdin. */
  file: string
  /** The text, or null when it could not be read. */
  text: string | null
  /** Why it could not be read: `file:line:column: message`. */
  error: string | null
}

const EXTENSIONS = /\.(ya?ml|json)$/i

/** How a path appears in messages: `<stdin>` for `-`. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file
}

/** Offset of the first byte that is not valid UTF-8 (or a NUL), or -1. */
export function firstBadByte(buf: Uint8Array): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i]!
    if (b === 0) return i
    const n =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (n < 0) return i
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    if (n === 2 && ((b === 0xe0 && buf[i + 1]! < 0xa0) || (b === 0xed && buf[i + 1]! >= 0xa0))) return i
    if (n === 3 && ((b === 0xf0 && buf[i + 1]! < 0x90) || (b === 0xf4 && buf[i + 1]! >= 0x90))) return i
    i += n + 1
  }
  return -1
}

/** 1-based line and column of an offset in a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const nl = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - nl }
}

/** Bytes → text, or the `line:column: message` of the first byte that makes it binary. */
export function decode(file: string, buf: Uint8Array): Input {
  const bad = firstBadByte(buf)
  if (bad !== -1) {
    const prefix = new TextDecoder().decode(buf.subarray(0, bad))
    const { line, column } = position(prefix, prefix.length)
    const what = buf[bad] === 0 ? 'a NUL byte' : 'bytes that are not UTF-8'
    return { file, text: null, error: `${displayName(file)}:${line}:${column}: not a text file (${what})` }
  }
  const text = new TextDecoder().decode(buf)
  return { file, text: text.startsWith('\ufeff') ? text.slice(1) : text, error: null }
}

function readOne(file: string): Input {
  try {
    return decode(file, readFileSync(file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String(e)
    return { file, text: null, error: `${file}:1:1: cannot read: ${why}` }
  }
}

/** Every input, in the order given; directories expanded. */
export function readInputs(paths: readonly string[], stdin: () => Uint8Array): Input[] {
  const out: Input[] = []
  for (const p of paths) {
    if (p === '-') {
      out.push(decode('-', stdin()))
      continue
    }
    let isDir = false
    try {
      isDir = statSync(p).isDirectory()
    } catch {
      // readOne reports it
    }
    if (!isDir) {
      out.push(readOne(p))
      continue
    }
    const names = readdirSync(p)
      .filter((n) => EXTENSIONS.test(n) && !statSync(join(p, n)).isDirectory())
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    if (names.length === 0)
      out.push({ file: p, text: null, error: `${p}:1:1: no .yaml, .yml or .json files in the directory` })
    for (const n of names) out.push(readOne(join(p, n)))
  }
  return out
}
