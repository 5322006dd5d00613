/**
 * The SCC strategies for run-as-user, groups, SELinux and capabilities (apiserver-library-go
 * pkg/securitycontextconstraints/user/{mustrunas,mustrunasrange,nonroot,runasany}.go,
 * group/{mustrunas,runasany}.go, selinux/{mustrunas,runasany}.go, capabilities/mustrunas.go), and their
 * creation from an SCC (sccmatching/provider.go create*Strategy).
 */
import { sortedSet } from '../quote'
import type { At, FieldErr, FieldPath } from './fieldError'
import { child, goInt, goNil, goStr, invalid, required } from './fieldError'
import type { Capabilities } from './pod'
import type { IdRange, SccDefinition, SeLinuxOptions } from './types'

export interface UserStrategy {
  generate(): number | null
  validate(p: FieldPath, runAsNonRoot: boolean | null, runAsUser: number | null, at: UserAt): FieldErr[]
}

/** Where the effective runAsUser and runAsNonRoot come from, for pointing at them. */
export interface UserAt {
  runAsUser: At
  runAsNonRoot: At
}

/** createUserStrategy: MustRunAs, MustRunAsRange, MustRunAsNonRoot or RunAsAny. */
export function userStrategy(opts: SccDefinition['runAsUser']): UserStrategy | string {
  switch (opts.type) {
    case 'MustRunAs': {
      const uid = opts.uid
      if (uid === null) return 'MustRunAs requires a UID'
      return {
        generate: () => uid,
        validate: (p, _nonRoot, runAsUser, at) => {
          if (runAsUser === null) return [required(child(p, 'runAsUser'), '', at.runAsUser)]
          if (runAsUser !== uid)
            return [invalid(child(p, 'runAsUser'), goInt(runAsUser), `must be: ${uid}`, at.runAsUser)]
          return []
        },
      }
    }
    case 'MustRunAsRange': {
      const { uidRangeMin: min, uidRangeMax: max } = opts
      if (min === null) return 'MustRunAsRange requires a UIDRangeMin'
      if (max === null) return 'MustRunAsRange requires a UIDRangeMax'
      return {
        generate: () => min,
        validate: (p, _nonRoot, runAsUser, at) => {
          if (runAsUser === null) return [required(child(p, 'runAsUser'), '', at.runAsUser)]
          if (runAsUser < min || runAsUser > max) {
            const detail = `must be in the ranges: [${min}, ${max}]`
            return [invalid(child(p, 'runAsUser'), goInt(runAsUser), detail, at.runAsUser)]
          }
          return []
        },
      }
    }
    case 'MustRunAsNonRoot':
      return {
        generate: () => null,
        validate: (p, runAsNonRoot, runAsUser, at) => {
          if (runAsNonRoot === null && runAsUser === null)
            return [required(child(p, 'runAsNonRoot'), 'must be true', at.runAsNonRoot)]
          if (runAsNonRoot === false)
            return [
              invalid(
                child(p, 'runAsNonRoot'),
                { kind: 'bool', value: false },
                'must be true',
                at.runAsNonRoot,
              ),
            ]
          if (runAsUser === 0)
            return [
              invalid(
                child(p, 'runAsUser'),
                goInt(0),
                'running with the root UID is forbidden',
                at.runAsUser,
              ),
            ]
          return []
        },
      }
    case 'RunAsAny':
      return { generate: () => null, validate: () => [] }
    default:
      return `Unrecognized RunAsUser strategy type ${opts.type}`
  }
}

export interface GroupStrategy {
  /** Generate (supplementalGroups). */
  generate(): number[] | null
  /** GenerateSingle (fsGroup). */
  generateSingle(): number | null
  validate(p: FieldPath, groups: readonly number[] | null, at: At): FieldErr[]
}

/** group.NewMustRunAs / NewRunAsAny for fsGroup or supplementalGroups (`field` names the child path). */
export function groupStrategy(
  opts: { type: string; ranges: IdRange[] },
  field: 'fsGroup' | 'supplementalGroups',
): GroupStrategy | string {
  const what = field === 'fsGroup' ? 'FSGroup' : 'SupplementalGroups'
  if (opts.type === 'RunAsAny')
    return { generate: () => null, generateSingle: () => null, validate: () => [] }
  if (opts.type !== 'MustRunAs') return `Unrecognized ${what} strategy type ${opts.type}`
  const ranges = opts.ranges
  if (ranges.length === 0) return 'ranges must be supplied for MustRunAs'
  const first = ranges[0]!.min
  return {
    generate: () => [first],
    generateSingle: () => first,
    validate: (p, groups, at) => {
      const errs: FieldErr[] = []
      const bad = { kind: 'int64s', value: groups } as const
      if (!groups || groups.length === 0)
        errs.push(
          invalid(child(p, field), bad, 'unable to validate empty groups against required ranges', at),
        )
      for (const g of groups ?? []) {
        if (!ranges.some((r) => g >= r.min && g <= r.max))
          errs.push(invalid(child(p, field), bad, `${g} is not an allowed group`, at))
      }
      return errs
    },
  }
}

export interface SeLinuxStrategy {
  generate(): SeLinuxOptions | null
  validate(p: FieldPath, seLinux: SeLinuxOptions | null, at: At): FieldErr[]
}

/**
 * equalLevels: equal strings, or both `sensitivity:categories` (split at the first colon) with the same
 * sensitivity and the same comma-separated categories in any order (sorted lists, duplicates kept).
 */
export function equalLevels(expected: string, actual: string): boolean {
  if (expected === actual) return true
  const split = (level: string) => {
    const at = level.indexOf(':')
    return at < 0 ? null : ([level.slice(0, at), goSort(level.slice(at + 1).split(',')).join(',')] as const)
  }
  const e = split(expected)
  const a = split(actual)
  return !!e && !!a && e[0] === a[0] && e[1] === a[1]
}

/** sort.Strings: byte order (what ASCII text compares as in JavaScript too). */
function goSort(items: string[]): string[] {
  return items.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
}

/** createSELinuxStrategy: MustRunAs (with the options, level filled from the namespace) or RunAsAny. */
export function seLinuxStrategy(opts: SccDefinition['seLinuxContext']): SeLinuxStrategy | string {
  if (opts.type === 'RunAsAny') return { generate: () => null, validate: () => [] }
  if (opts.type !== 'MustRunAs') return `Unrecognized SELinuxContext strategy type ${opts.type}`
  const want = opts.seLinuxOptions
  if (!want) return 'MustRunAs requires SELinuxOptions'
  return {
    generate: () => ({ ...want }),
    validate: (p, seLinux, at) => {
      if (!seLinux) return [required(p, '', at)]
      const errs: FieldErr[] = []
      const sub = (k: keyof SeLinuxOptions): At => ({ in: at.in, path: [...at.path, k] })
      if (!equalLevels(want.level, seLinux.level))
        errs.push(invalid(child(p, 'level'), goStr(seLinux.level), `must be ${want.level}`, sub('level')))
      for (const k of ['role', 'type', 'user'] as const) {
        if (seLinux[k] !== want[k])
          errs.push(invalid(child(p, k), goStr(seLinux[k]), `must be ${want[k]}`, sub(k)))
      }
      return errs
    },
  }
}

export interface CapabilitiesStrategy {
  generate(container: Capabilities | null): Capabilities | null
  validate(p: FieldPath, caps: Capabilities | null, at: At): FieldErr[]
}

/** capabilities.NewDefaultCapabilities: names compared as written (no case folding). */
export function capabilitiesStrategy(scc: SccDefinition): CapabilitiesStrategy {
  const defaultAdd = scc.defaultAddCapabilities
  const requiredDrop = scc.requiredDropCapabilities
  const allowed = new Set(scc.allowedCapabilities)
  return {
    // Generate: the default adds the container does not drop, plus its own adds; the required drops plus its
    // own drops; the container's own capabilities when that changes nothing.
    generate(container) {
      const containerAdd = new Set(container?.add ?? [])
      const containerDrop = new Set(container?.drop ?? [])
      const add = new Set([...defaultAdd.filter((c) => !containerDrop.has(c)), ...containerAdd])
      const drop = new Set([...requiredDrop, ...containerDrop])
      if (add.size === containerAdd.size && drop.size === containerDrop.size) return container
      const slice = (s: Set<string>) => (s.size ? sortedSet(s) : null)
      return { add: slice(add), drop: slice(drop) }
    },
    validate(p, caps, at) {
      if (!caps) {
        if (defaultAdd.length === 0 && requiredDrop.length === 0) return []
        return [
          invalid(
            child(p, 'capabilities'),
            goNil,
            'required capabilities are not set on the securityContext',
            at,
          ),
        ]
      }
      if (allowed.has('*')) return []
      const errs: FieldErr[] = []
      const capsAt = (k: 'add' | 'drop'): At => ({ in: at.in, path: [...at.path, 'capabilities', k] })
      for (const c of caps.add ?? []) {
        if (!defaultAdd.includes(c) && !allowed.has(c))
          errs.push(
            invalid(child(p, 'capabilities', 'add'), goStr(c), 'capability may not be added', capsAt('add')),
          )
      }
      const drops = new Set(caps.drop ?? [])
      for (const c of requiredDrop) {
        if (!drops.has(c)) {
          const bad = { kind: 'caps', value: caps.drop } as const
          errs.push(
            invalid(
              child(p, 'capabilities', 'drop'),
              bad,
              `${c} is required to be dropped but was not found`,
              capsAt('drop'),
            ),
          )
        }
      }
      return errs
    },
  }
}
