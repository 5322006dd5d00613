/**
 * Command-line parsing for the secctx CLI (README "CLI"), on node:util parseArgs (its tokens, so every message
 * is ours). Throws UsageError on anything it does not know.
 */
import { parseArgs as parseTokens } from 'node:util'
import { findImage, imageNames } from '../core/effective/image'
import { effectiveMinor } from '../core/k8s/versions'
import type { PssLevel, Runtime } from '../core/types'
import { MAX_ID } from '../core/k8s/fields'
import { PLATFORM_FLAGS, PLATFORM_USAGE, platformOf, type PlatformOptions } from './platform'

export class UsageError extends Error {}

const IMAGE_LIST = imageNames()

export const USAGE = `usage: secctx <command> ...          (from a clone: npm run -s cli -- <command> ...)
  check     [--level baseline|restricted] [--version latest|v1.N] [--format text|json|sarif|github]
            [--fail-on error|warning|never] [--skip-other-yaml] [--image NAME] [--image-user UID] FILE|DIR|- ...
  effective [--runtime containerd|cri-o] [--image NAME] [--image-user UID] [--format text|json] [--oci]
            FILE|DIR|- ...
  fix       [--level baseline|restricted] [--version latest|v1.N] [--image NAME] [--image-user UID] FILE|-
  caps      decode HEX... | encode NAME...
  --image NAME: the image assumed for containers whose own image: is not a known one (a known image is
  modelled as it is: USER, /etc/passwd, /etc/group, entrypoint). NAME is ${IMAGE_LIST}
  (or a reference to one, like nginx:1.27); custom is busybox's files with USER --image-user.
  --json is --format json; secctx --version prints the version of secctx itself.
  --skip-other-yaml: a file none of whose documents has a kind or apiVersion (a CI workflow, Helm values...)
  is skipped, not bad input (for hooks that pass every YAML file).
${PLATFORM_USAGE}
check without --level or --version: a workload whose namespace (no metadata.namespace: "default") is a
  Namespace in the input with pod-security.kubernetes.io/enforce or enforce-version labels is judged at them,
  as PodSecurity admission does; the flags override the labels.
defaults: --level restricted, --version latest, --format text, --fail-on error, --runtime containerd,
  --image custom, --image-user 0
exit: 0 nothing found; 1 findings (check: a Pod Security violation or an API validation error, and with
  --fail-on warning any warning too; never with --fail-on never); 2 bad usage or input`

export type CheckFormat = 'text' | 'json' | 'sarif' | 'github'
export type FailOn = 'error' | 'warning' | 'never'

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | ({
      name: 'check'
      /** null: not given (namespace labels, else restricted). */
      level: PssLevel | null
      /** null: not given (namespace labels, else latest). */
      version: string | null
      format: CheckFormat
      failOn: FailOn
      /** Skip files with no Kubernetes object at all instead of exiting 2. */
      skipOtherYaml: boolean
      inputs: string[]
      platform: PlatformOptions
    } & ImageOptions)
  | ({
      name: 'effective'
      runtime: Runtime
      json: boolean
      /** With --json: each container's OCI runtime-spec parts. */
      oci: boolean
      inputs: string[]
      platform: PlatformOptions
    } & ImageOptions)
  | ({
      name: 'fix'
      level: PssLevel
      version: string
      input: string
      platform: PlatformOptions
    } & ImageOptions)
  | { name: 'caps'; action: 'decode' | 'encode'; values: string[] }

/** The image assumption: a catalogue name (`--image`, absent: custom) and the custom image's USER. */
export interface ImageOptions {
  image?: string
  imageUser: number
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>
const text = { type: 'string' } as const
const flag = { type: 'boolean' } as const

/** The options of each command, by long name (`--level`). */
const OPTIONS: Readonly<Record<'check' | 'effective' | 'fix', OptionSpec>> = {
  check: {
    level: text,
    version: text,
    format: text,
    'fail-on': text,
    json: flag,
    'skip-other-yaml': flag,
    image: text,
    'image-user': text,
    ...PLATFORM_FLAGS,
  },
  effective: {
    runtime: text,
    image: text,
    'image-user': text,
    format: text,
    json: flag,
    oci: flag,
    ...PLATFORM_FLAGS,
  },
  fix: { level: text, version: text, image: text, 'image-user': text, ...PLATFORM_FLAGS },
}

function oneOf<T extends string>(flagName: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flagName} must be ${allowed.join(' or ')}, not "${value}"`)
}

/** Flags (`--x v`, `--x=v`, `--json`) and positional arguments of check/effective/fix. */
function parseFlags(command: keyof typeof OPTIONS, args: readonly string[]) {
  const options = OPTIONS[command]
  const { tokens } = parseTokens({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const flags = new Map<string, string>()
  const inputs: string[] = []
  for (const t of tokens) {
    if (t.kind === 'positional') inputs.push(t.value)
    if (t.kind !== 'option') continue
    const name = `--${t.name}`
    if (!t.rawName.startsWith('--')) throw new UsageError(`unknown option "${args[t.index]}" for ${command}`)
    if (!Object.hasOwn(options, t.name)) throw new UsageError(`unknown option "${name}" for ${command}`)
    if (flags.has(name)) throw new UsageError(`${name} given twice`)
    if (options[t.name]!.type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(`${name} takes no value`)
      flags.set(name, 'true')
      continue
    }
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--')))
      throw new UsageError(`${name} needs a value`)
    flags.set(name, t.value)
  }
  return { flags, inputs }
}

function version(flags: Map<string, string>): string | null {
  const v = flags.get('--version')
  if (v !== undefined && effectiveMinor(v) === null)
    throw new UsageError(`--version must be latest or v1.N (like v1.30), not "${v}"`)
  return v ?? null
}

function imageUser(flags: Map<string, string>): number {
  const v = flags.get('--image-user') ?? '0'
  if (!/^(0|[1-9][0-9]*)$/.test(v) || Number(v) > MAX_ID) {
    throw new UsageError(`--image-user must be a uid between 0 and ${MAX_ID}, not "${v}"`)
  }
  return Number(v)
}

/** `--image NAME` (a catalogue name or a reference to a known image) and `--image-user UID` (custom's USER). */
function imageOptions(flags: Map<string, string>): ImageOptions {
  const name = flags.get('--image')
  const uid = imageUser(flags)
  if (name === undefined || name === 'custom')
    return name ? { image: name, imageUser: uid } : { imageUser: uid }
  const model = findImage(name)
  if (!model)
    throw new UsageError(`--image must be one of ${IMAGE_LIST} (or a reference to one), not "${name}"`)
  if (flags.has('--image-user'))
    throw new UsageError(`--image-user sets the custom image's USER: use it alone or with --image custom`)
  return { image: model.id, imageUser: uid }
}

/** `--format`, with `--json` as its alias (both only when they agree). */
function format<T extends string>(flags: Map<string, string>, allowed: readonly T[]): T {
  const given = flags.get('--format')
  const value = given === undefined ? undefined : oneOf('--format', given, allowed)
  if (!flags.has('--json')) return value ?? allowed[0]!
  if (value !== undefined && value !== 'json')
    throw new UsageError(`--json is --format json: it cannot go with --format ${value}`)
  return 'json' as T
}

const LEVELS = ['baseline', 'restricted'] as const

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv
  if (command === undefined) throw new UsageError('missing command (check, effective, fix or caps)')
  if (command === 'help' || command === '--help' || command === '-h') return { name: 'help' }
  if (command === 'version' || command === '--version' || command === '-V') return { name: 'version' }
  if (command === 'caps') {
    const [action, ...values] = rest
    if (action !== 'decode' && action !== 'encode')
      throw new UsageError('caps needs decode HEX... or encode NAME...')
    if (values.length === 0)
      throw new UsageError(`caps ${action} needs at least one ${action === 'decode' ? 'HEX' : 'NAME'}`)
    return { name: 'caps', action, values }
  }
  if (command !== 'check' && command !== 'effective' && command !== 'fix')
    throw new UsageError(`unknown command "${command}" (check, effective, fix or caps)`)
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' }
  const { flags, inputs } = parseFlags(command, rest)
  if (inputs.length === 0) throw new UsageError(`${command} needs a FILE, DIR or - (stdin)`)
  let platform: PlatformOptions
  try {
    platform = platformOf(flags)
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  if (command === 'effective') {
    const runtime = oneOf('--runtime', flags.get('--runtime') ?? 'containerd', [
      'containerd',
      'cri-o',
    ] as const)
    const json = format(flags, ['text', 'json'] as const) === 'json'
    const oci = flags.has('--oci')
    if (oci && !json) throw new UsageError('--oci adds to the JSON output: use it with --json')
    return { name: 'effective', runtime, ...imageOptions(flags), json, oci, inputs, platform }
  }
  const levelFlag = flags.get('--level')
  const level = levelFlag === undefined ? null : oneOf('--level', levelFlag, LEVELS)
  if (command === 'fix') {
    if (inputs.length !== 1) throw new UsageError('fix takes exactly one FILE (or - for stdin)')
    return {
      name: 'fix',
      level: level ?? 'restricted',
      version: version(flags) ?? 'latest',
      input: inputs[0]!,
      platform,
      ...imageOptions(flags),
    }
  }
  return {
    name: 'check',
    level,
    version: version(flags),
    format: format(flags, ['text', 'json', 'sarif', 'github'] as const),
    failOn: oneOf('--fail-on', flags.get('--fail-on') ?? 'error', ['error', 'warning', 'never'] as const),
    skipOtherYaml: flags.has('--skip-other-yaml'),
    inputs,
    platform,
    ...imageOptions(flags),
  }
}
