/** Command-line parsing for the secctx CLI (design §4.2). Throws UsageError on anything it does not know. */
import { effectiveMinor } from '../core/pss/versions'
import type { PssLevel, Runtime } from '../core/types'

export class UsageError extends Error {}

export const USAGE = `usage: npm run -s cli -- <command> ...
  check     [--level baseline|restricted] [--version latest|v1.N] [--json] FILE|DIR|- ...
  effective [--runtime containerd|cri-o] [--image-user UID] [--json] FILE|DIR|- ...
  fix       [--level baseline|restricted] [--version latest|v1.N] FILE|-
  caps      decode HEX... | encode NAME...
defaults: --level restricted, --version latest, --runtime containerd, --image-user 0
exit: 0 nothing found, 1 a Pod Security violation or API validation error (check), 2 bad usage or input`

export type Command =
  | { name: 'help' }
  | { name: 'check'; level: PssLevel; version: string; json: boolean; inputs: string[] }
  | { name: 'effective'; runtime: Runtime; imageUser: number; json: boolean; inputs: string[] }
  | { name: 'fix'; level: PssLevel; version: string; input: string }
  | { name: 'caps'; action: 'decode' | 'encode'; values: string[] }

const FLAGS: Record<string, readonly string[]> = {
  check: ['--level', '--version', '--json'],
  effective: ['--runtime', '--image-user', '--json'],
  fix: ['--level', '--version'],
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be ${allowed.join(' or ')}, not "${value}"`)
}

/** Flags (`--x v`, `--x=v`, `--json`) and positional arguments of check/effective/fix. */
function parseFlags(command: string, args: readonly string[]) {
  const flags = new Map<string, string>()
  const inputs: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      inputs.push(...args.slice(i + 1))
      break
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" for ${command}`)
      inputs.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg : arg.slice(0, eq)
    if (!FLAGS[command]!.includes(name)) throw new UsageError(`unknown option "${name}" for ${command}`)
    if (flags.has(name)) throw new UsageError(`${name} given twice`)
    if (name === '--json') {
      if (eq !== -1) throw new UsageError('--json takes no value')
      flags.set(name, 'true')
      continue
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1)
    if (value === undefined || (eq === -1 && value.startsWith('--')))
      throw new UsageError(`${name} needs a value`)
    flags.set(name, value)
  }
  return { flags, inputs }
}

function version(flags: Map<string, string>): string {
  const v = flags.get('--version') ?? 'latest'
  if (effectiveMinor(v) === null)
    throw new UsageError(`--version must be latest or v1.N (like v1.30), not "${v}"`)
  return v
}

function imageUser(flags: Map<string, string>): number {
  const v = flags.get('--image-user') ?? '0'
  if (!/^(0|[1-9][0-9]*)$/.test(v) || Number(v) > 2147483647) {
    throw new UsageError(`--image-user must be a uid between 0 and 2147483647, not "${v}"`)
  }
  return Number(v)
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv
  if (command === undefined) throw new UsageError('missing command (check, effective, fix or caps)')
  if (command === 'help' || command === '--help' || command === '-h') return { name: 'help' }
  if (command === 'caps') {
    const [action, ...values] = rest
    if (action !== 'decode' && action !== 'encode')
      throw new UsageError('caps needs decode HEX... or encode NAME...')
    if (values.length === 0)
      throw new UsageError(`caps ${action} needs at least one ${action === 'decode' ? 'HEX' : 'NAME'}`)
    return { name: 'caps', action, values }
  }
  if (!Object.hasOwn(FLAGS, command))
    throw new UsageError(`unknown command "${command}" (check, effective, fix or caps)`)
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' }
  const { flags, inputs } = parseFlags(command, rest)
  if (inputs.length === 0) throw new UsageError(`${command} needs a FILE, DIR or - (stdin)`)
  const json = flags.has('--json')
  if (command === 'effective') {
    const runtime = oneOf('--runtime', flags.get('--runtime') ?? 'containerd', [
      'containerd',
      'cri-o',
    ] as const)
    return { name: 'effective', runtime, imageUser: imageUser(flags), json, inputs }
  }
  const level = oneOf('--level', flags.get('--level') ?? 'restricted', ['baseline', 'restricted'] as const)
  if (command === 'fix') {
    if (inputs.length !== 1) throw new UsageError('fix takes exactly one FILE (or - for stdin)')
    return { name: 'fix', level, version: version(flags), input: inputs[0]! }
  }
  return { name: 'check', level, version: version(flags), json, inputs }
}
