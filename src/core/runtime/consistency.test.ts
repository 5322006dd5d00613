/**
 * The runtime spec says what the effective model says, for the generated Pods of `npm run verify:runtime`
 * (fast-check, fixed seed): the capability lists give the CapBnd line, the additionalGids the kernel's sorted
 * groups, a seccomp filter the Seccomp: 2 line, noNewPrivileges the NoNewPrivs line.
 */
import { describe, expect, it } from 'vitest'
import { generatedPods } from '../../../scripts/verify-runtime/generate'
import { analyze } from '../analyze'
import { formatCapMask, maskOf } from '../k8s/capabilities'
import { DEFAULT_OPTIONS, type Runtime } from '../types'
import { runtimeSpec } from './index'

describe('runtime spec ⇔ effective model', () => {
  it.each<Runtime>(['containerd', 'cri-o'])('%s: 150 generated Pods', { timeout: 60_000 }, (runtime) => {
    let checked = 0
    for (const text of generatedPods(150)) {
      const ra = analyze(text, { ...DEFAULT_OPTIONS, runtime }).resources[0]!
      const c = ra.effective[0]!
      const r = runtimeSpec(ra.resource, c, runtime)
      expect(r === null, text).toBe(c.process === null)
      if (!r || !c.process) continue
      checked++
      const p = c.process
      const { capabilities, user, noNewPrivileges } = r.spec.process
      expect(formatCapMask(maskOf(capabilities.bounding)), text).toBe(p.status.CapBnd)
      expect(formatCapMask(maskOf(capabilities.ambient)), text).toBe(p.status.CapAmb)
      expect(formatCapMask(maskOf(capabilities.inheritable)), text).toBe(p.status.CapInh)
      expect(
        [...new Set(user.additionalGids)].sort((a, b) => a - b),
        text,
      ).toEqual(p.groups)
      expect(user.additionalGids[0] === user.gid || runtime === 'containerd', text).toBe(true)
      expect(r.spec.linux.seccomp !== null, text).toBe(p.seccompMode === 2)
      expect(noNewPrivileges, text).toBe(p.noNewPrivs)
      const privileged = c.fields.privileged?.value === true
      if (privileged) expect(r.spec.linux.maskedPaths, text).toEqual([])
      expect(r.spec.mounts.filter((m) => !m.destination.startsWith('/etc/')).length, text).toBe(
        c.volumes.length,
      )
    }
    expect(checked).toBeGreaterThan(100)
  })
})
