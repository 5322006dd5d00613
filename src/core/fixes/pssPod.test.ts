import { describe, expect, it } from 'vitest'
import { codesOf, CTR, HEAD, runFix } from './testFix'

describe('runAsNonRoot and runAsUser', () => {
  it('sets runAsNonRoot at pod level, covering every container', () => {
    const r = runFix(HEAD + CTR, 'PSS_RUN_AS_NON_ROOT', 'run-as-non-root')
    expect(r.text).toBe(`${HEAD}  securityContext:\n    runAsNonRoot: true\n${CTR}`)
    expect(codesOf(r.after)).not.toContain('PSS_RUN_AS_NON_ROOT')
  })

  it('fixes an explicit false where it is', () => {
    const before = `${HEAD}  securityContext:\n    runAsNonRoot: true\n${CTR}    securityContext:\n      runAsNonRoot: false\n`
    const r = runFix(before, 'PSS_RUN_AS_NON_ROOT', 'run-as-non-root')
    expect(r.text).toBe(before.replace('runAsNonRoot: false', 'runAsNonRoot: true'))
    expect(codesOf(r.after)).not.toContain('PSS_RUN_AS_NON_ROOT')
  })

  it('removes runAsUser: 0 at pod level', () => {
    const before = `${HEAD}  securityContext:\n    runAsUser: 0\n    runAsNonRoot: true\n${CTR}`
    const r = runFix(before, 'PSS_RUN_AS_USER', 'remove-run-as-user-0')
    expect(r.text).toBe(`${HEAD}  securityContext:\n    runAsNonRoot: true\n${CTR}`)
    expect(codesOf(r.after)).not.toContain('PSS_RUN_AS_USER')
  })

  it('removes runAsUser: 0 on a container, and the securityContext it empties', () => {
    const r = runFix(
      `${HEAD}${CTR}    securityContext:\n      runAsUser: 0\n`,
      'PSS_RUN_AS_USER',
      'remove-run-as-user-0',
    )
    expect(r.text).toBe(HEAD + CTR)
  })
})

describe('seccomp and AppArmor profiles', () => {
  it('sets a missing pod seccompProfile to RuntimeDefault', () => {
    const r = runFix(HEAD + CTR, 'PSS_SECCOMP_PROFILE_RESTRICTED', 'pod-seccomp-runtime-default')
    expect(r.text).toBe(`${HEAD}  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n${CTR}`)
    expect(codesOf(r.after)).not.toContain('PSS_SECCOMP_PROFILE_RESTRICTED')
  })

  it('turns an explicit Unconfined into RuntimeDefault', () => {
    const before = `${HEAD}  securityContext:\n    seccompProfile:\n      type: Unconfined\n${CTR}`
    const r = runFix(before, 'PSS_SECCOMP_PROFILE_RESTRICTED', 'seccomp-runtime-default')
    expect(r.problem.fixes.map((f) => f.id)).toEqual(['seccomp-runtime-default'])
    expect(r.text).toBe(before.replace('Unconfined', 'RuntimeDefault'))
  })

  it('drops the localhostProfile of a container profile it resets (flow map kept)', () => {
    const before = `${HEAD}${CTR}    securityContext:\n      seccompProfile: {type: Unconfined, localhostProfile: x.json}\n`
    const r = runFix(before, 'PSS_SECCOMP_PROFILE_BASELINE', 'seccomp-runtime-default', { level: 'baseline' })
    expect(r.text).toBe(`${HEAD}${CTR}    securityContext:\n      seccompProfile: {type: RuntimeDefault}\n`)
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('sets an Unconfined AppArmor field to RuntimeDefault', () => {
    const before = `${HEAD}  securityContext:\n    appArmorProfile:\n      type: Unconfined\n${CTR}`
    const r = runFix(before, 'PSS_APP_ARMOR_PROFILE', 'apparmor-runtime-default', { level: 'baseline' })
    expect(r.text).toBe(before.replace('Unconfined', 'RuntimeDefault'))
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('sets an unconfined AppArmor annotation to runtime/default', () => {
    const meta = (v: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: ${v}\nspec:\n${CTR}`
    const r = runFix(meta('unconfined'), 'PSS_APP_ARMOR_PROFILE', 'apparmor-runtime-default', {
      level: 'baseline',
    })
    expect(r.text).toBe(meta('runtime/default'))
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('before v1.19, sets the seccomp annotations to runtime/default', () => {
    const meta = (v: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: ${v}\n    other: x\nspec:\n${CTR}`
    const options = { level: 'baseline', version: 'v1.18' } as const
    const r = runFix(
      meta('unconfined'),
      'PSS_SECCOMP_PROFILE_BASELINE',
      'seccomp-annotation-runtime-default',
      options,
    )
    expect(r.text).toBe(meta('runtime/default'))
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })
})
