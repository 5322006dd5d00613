/**
 * seccompProfile / appArmorProfile / windowsOptions field rules (k/k pkg/apis/core/validation/validation.go
 * validateSeccompProfileField, ValidateAppArmorProfileField, validateWindowsSecurityContextOptions).
 */
import { isObject, isSet, str } from '../json'
import { goQuote, joinQuote } from '../quote'
import { localDescendingPathProblems } from '../k8s/annotations'
import { supportedValues } from '../k8s/fields'
import { NEWEST_PSS_MINOR } from '../k8s/versions'
import type { JsonValue, Path } from '../types'
import type { Ctx } from './report'
import { specError } from './report'

// seccompProfile.type and appArmorProfile.type share their values (the catalogue's).
const PROFILE_TYPES = supportedValues('seccompProfile.type', NEWEST_PSS_MINOR)
const SUPPORTED = `supported values: ${joinQuote(PROFILE_TYPES)}`

/** validateLocalDescendingPath: relative, no `..` element. */
export function localDescendingPath(ctx: Ctx, code: 'API_SECCOMP_PROFILE_PATH', rel: Path, p: string): void {
  for (const detail of localDescendingPathProblems(p))
    specError(ctx, code, rel, 'Invalid value', { value: p, detail })
}

/** Go's `%#v` of a non-nil pointer: the address is unknowable offline. */
const ptr = (goType: string, v: JsonValue | undefined) => `(*${goType})(${isSet(v) ? '0xc000…' : 'nil'})`

/** A field whose value failed decoding is left to the decoding error. */
const undecodable = (v: JsonValue | undefined) => isSet(v) && typeof v !== 'string'

export function seccompProfile(ctx: Ctx, rel: Path, profile: JsonValue | undefined): void {
  if (ctx.minor < 19 || !isObject(profile)) return
  if (undecodable(profile.type) || undecodable(profile.localhostProfile)) return
  const type = str(profile.type) ?? ''
  const local = str(profile.localhostProfile)
  if (type === '') {
    specError(ctx, 'API_SECCOMP_TYPE_REQUIRED', [...rel, 'type'], 'Required value', {
      detail: 'type is required when seccompProfile is set',
    })
  } else if (!PROFILE_TYPES.includes(type)) {
    specError(ctx, 'API_UNSUPPORTED_VALUE', [...rel, 'type'], 'Unsupported value', {
      value: type,
      detail: SUPPORTED,
    })
  }
  if (type === 'Localhost') {
    if (local === undefined) {
      specError(ctx, 'API_SECCOMP_LOCALHOST_REQUIRED', [...rel, 'localhostProfile'], 'Required value', {
        detail: 'must be set when seccomp type is Localhost',
      })
    } else localDescendingPath(ctx, 'API_SECCOMP_PROFILE_PATH', [...rel, 'localhostProfile'], local)
  } else if (local !== undefined) {
    const raw = `core.SeccompProfile{Type:${goQuote(type)}, LocalhostProfile:${ptr('string', local)}}`
    specError(ctx, 'API_SECCOMP_LOCALHOST_FORBIDDEN', [...rel, 'localhostProfile'], 'Invalid value', {
      value: { raw },
      detail: 'can only be set when seccomp type is Localhost',
    })
  }
}

export function appArmorProfile(ctx: Ctx, rel: Path, profile: JsonValue | undefined): void {
  if (ctx.minor < 30 || !isObject(profile)) return
  if (undecodable(profile.type) || undecodable(profile.localhostProfile)) return
  const type = str(profile.type) ?? ''
  const local = str(profile.localhostProfile)
  const at = [...rel, 'localhostProfile']
  const required = () =>
    specError(ctx, 'API_APPARMOR_LOCALHOST_REQUIRED', at, 'Required value', {
      detail: 'must be set when AppArmor type is Localhost',
    })
  if (type === 'Localhost') {
    if (local === undefined) required()
    else {
      if (local.trim() !== local) {
        specError(ctx, 'API_APPARMOR_PROFILE_WHITESPACE', at, 'Invalid value', {
          value: local,
          detail: 'must not be padded with whitespace',
        })
      } else if (local === '') required()
      if (utf8Length(local) > 4095) {
        specError(ctx, 'API_APPARMOR_PROFILE_TOO_LONG', at, 'Too long', {
          detail: 'must have at most 4095 bytes',
        })
      }
    }
  } else if (type === 'RuntimeDefault' || type === 'Unconfined') {
    if (local !== undefined) {
      specError(ctx, 'API_APPARMOR_LOCALHOST_FORBIDDEN', at, 'Invalid value', {
        value: local,
        detail: 'can only be set when AppArmor type is Localhost',
      })
    }
  } else if (type === '') {
    specError(ctx, 'API_APPARMOR_TYPE_REQUIRED', [...rel, 'type'], 'Required value', {
      detail: 'type is required when appArmorProfile is set',
    })
  } else {
    specError(ctx, 'API_UNSUPPORTED_VALUE', [...rel, 'type'], 'Unsupported value', {
      value: type,
      detail: SUPPORTED,
    })
  }
}

export function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const DNS1123_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
/** Go's [[:cntrl:]]. */
const hasControl = (s: string) => [...s].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\x7f')
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u
const DNS_DOMAIN =
  /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/
const USER_CHARS = /["/\\:;|=,+*?<>@[\]]/
const DOTS_SPACES = /^[. ]+$/

/** validateWindowsSecurityContextOptions. */
export function windowsOptions(ctx: Ctx, rel: Path, opts: JsonValue | undefined): void {
  if (!isObject(opts)) return
  const name = str(opts.gmsaCredentialSpecName)
  if (name !== undefined) {
    const at = [...rel, 'gmsaCredentialSpecName']
    if (name.length > 253) {
      specError(ctx, 'API_WINDOWS_GMSA', at, 'Invalid value', {
        value: name,
        detail: 'must be no more than 253 characters',
      })
    }
    if (!DNS1123_SUBDOMAIN.test(name))
      specError(ctx, 'API_WINDOWS_GMSA', at, 'Invalid value', { value: name, detail: DNS1123_MSG })
  }
  const spec = str(opts.gmsaCredentialSpec)
  if (spec !== undefined) {
    const at = [...rel, 'gmsaCredentialSpec']
    if (spec === '') {
      specError(ctx, 'API_WINDOWS_GMSA', at, 'Invalid value', {
        value: spec,
        detail: 'gmsaCredentialSpec cannot be an empty string',
      })
    } else if (utf8Length(spec) > 64 * 1024) {
      specError(ctx, 'API_WINDOWS_GMSA', at, 'Invalid value', {
        value: spec,
        detail: 'gmsaCredentialSpec size must be under 64 KiB',
      })
    }
  }
  const user = str(opts.runAsUserName)
  if (user !== undefined) runAsUserName(ctx, [...rel, 'runAsUserName'], user)
}

function runAsUserName(ctx: Ctx, at: Path, value: string): void {
  const bad = (detail: string) =>
    specError(ctx, 'API_WINDOWS_RUN_AS_USER_NAME', at, 'Invalid value', { value, detail })
  const parts = value.split('\\')
  if (value === '') return bad('runAsUserName cannot be an empty string')
  if (hasControl(value)) return bad('runAsUserName cannot contain control characters')
  if (parts.length > 2) return bad('runAsUserName cannot contain more than one backslash')
  const [domain, user] = parts.length === 1 ? ['', parts[0] ?? ''] : [parts[0] ?? '', parts[1] ?? '']
  if (utf8Length(domain) >= 256) bad("runAsUserName's Domain length must be under 256 characters")
  if (parts.length === 2 && !(NETBIOS.test(domain) || DNS_DOMAIN.test(domain))) {
    bad("runAsUserName's Domain doesn't match the NetBios nor the DNS format")
  }
  if (user === '') bad("runAsUserName's User cannot be empty")
  else if (utf8Length(user) > 104) bad("runAsUserName's User length must not be longer than 104 characters")
  if (DOTS_SPACES.test(user)) bad("runAsUserName's User cannot contain only periods or spaces")
  if (USER_CHARS.test(user))
    bad('runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]')
}
