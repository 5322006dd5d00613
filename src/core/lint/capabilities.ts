import type { Finding } from '../findings'
import { isCheckActive } from '../pss/registry'
import { canonicalCapability, isKnownCapability } from './capNames'
import type { ContainerView } from '../pod'
import { effective, effectiveUid, finding, label, onWindows, type LintContext } from './context'
import { obj, strings } from '../json'
import { joinQuote } from '../quote'

const isAll = (name: string) => name.toUpperCase() === 'ALL'

function nameLints(ctx: LintContext, c: ContainerView, list: 'add' | 'drop', names: string[]): Finding[] {
  const verb = list === 'add' ? 'adds' : 'drops'
  return names.flatMap((name, i): Finding[] => {
    const path = [...c.scPath, 'capabilities', list, i]
    const canonical = canonicalCapability(name)
    if (!isKnownCapability(name)) {
      const effect =
        list === 'add'
          ? 'CRI-O refuses to create the container and containerd ignores it'
          : 'dropping it has no effect'
      return [
        finding(
          ctx,
          'LINT_CAP_UNKNOWN',
          path,
          `${label(c)} ${verb} unknown capability "${name}": ${effect}`,
          c,
        ),
      ]
    }
    if (name.toUpperCase().startsWith('CAP_')) {
      const effect = list === 'add' ? 'is not added' : 'is not dropped'
      const message = `${label(c)} ${verb} "${name}": on containerd the capability ${effect}; write "${canonical}"`
      return [finding(ctx, 'LINT_CAP_PREFIX', path, message, c)]
    }
    if (name !== canonical) {
      const message = `${label(c)} ${verb} "${name}": write "${canonical}", the spelling Pod Security compares`
      return [finding(ctx, 'LINT_CAP_CASE', path, message, c)]
    }
    return []
  })
}

function dropAllMessage(ctx: LintContext, c: ContainerView): string {
  const defaults =
    ctx.options.runtime === 'cri-o'
      ? 'the 9 CRI-O default capabilities, including DAC_OVERRIDE, SETUID and SETGID'
      : 'the 14 containerd default capabilities, including NET_RAW, SETUID and SETGID'
  return `${label(c)} does not drop ALL capabilities: it keeps ${defaults}`
}

/** Capability lints for every container (Linux pods only). */
export function capabilityLints(ctx: LintContext): Finding[] {
  if (onWindows(ctx)) return []
  const restrictedCovers = isCheckActive('capabilities_restricted', ctx.options.level, ctx.minor)
  return ctx.pod.containers.flatMap((c) => {
    const caps = obj(c.sc?.capabilities)
    const add = strings(caps?.add)
    const drop = strings(caps?.drop)
    const capsPath = [...c.scPath, 'capabilities']
    const privileged = c.sc?.privileged === true
    const out = [...nameLints(ctx, c, 'add', add), ...nameLints(ctx, c, 'drop', drop)]
    if (add.some(isAll) && drop.some(isAll)) {
      const message = `${label(c)} adds ALL and drops ALL: drop ALL wins, so it gets only the capabilities listed one by one`
      out.push(finding(ctx, 'LINT_ADD_ALL_DROPPED', [...capsPath, 'add'], message, c))
    }
    const uid = effectiveUid(ctx, c)
    if (!privileged && add.length > 0 && uid !== undefined && uid > 0) {
      const source = effective(ctx, c, 'runAsUser') === undefined ? ' (the image user)' : ''
      const message = `${label(c)} adds ${joinQuote(add)} but runs as uid ${uid}${source}: its effective capabilities stay empty (CapEff 0000000000000000)`
      out.push(finding(ctx, 'LINT_CAPS_NON_ROOT', [...capsPath, 'add'], message, c))
    }
    if (!privileged && !restrictedCovers && !drop.some(isAll)) {
      out.push(finding(ctx, 'LINT_DROP_ALL', [...capsPath, 'drop'], dropAllMessage(ctx, c), c))
    }
    return out
  })
}
