import { describe, expect, it } from 'vitest'
import { codesOf, CTR, HEAD, runFix } from './testFix'

const sc = (lines: string) => `${HEAD}${CTR}    securityContext:\n${lines}`
const noApiErrors = (r: ReturnType<typeof runFix>) =>
  expect(r.after.problems.filter((p) => p.source === 'api' && p.severity === 'error')).toEqual([])

describe('API validation fixes', () => {
  it('removes an out-of-range runAsUser, leaving the rest of securityContext', () => {
    const before = sc('      runAsUser: -1\n      runAsGroup: 3000\n')
    const r = runFix(before, 'API_RANGE', 'remove-out-of-range-id')
    expect(r.text).toBe(sc('      runAsGroup: 3000\n'))
    noApiErrors(r)
  })

  it('removes a runAsUser beyond int64 (a decode error), keeping the rest byte for byte', () => {
    const before = sc('      runAsUser: 9223372036854775808 # too big\n      runAsGroup: 3000\n')
    const r = runFix(before, 'API_DECODE', 'remove-undecodable-number')
    expect(r.problem.fixes.map((f) => f.id)).toEqual(['remove-undecodable-number'])
    // The comment stays, on a line of its own.
    expect(r.text).toBe(sc('      # too big\n      runAsGroup: 3000\n'))
    noApiErrors(r)
  })

  it('a quoted number is unquoted, not removed', () => {
    const r = runFix(sc('      runAsUser: "1000"\n'), 'API_DECODE', 'unquote-value')
    expect(r.problem.fixes.map((f) => f.id)).toEqual(['unquote-value'])
    expect(r.text).toBe(sc('      runAsUser: 1000\n'))
  })

  it('removes a localhostProfile on a non-Localhost seccomp type', () => {
    const before = sc(
      '      seccompProfile:\n        type: RuntimeDefault\n        localhostProfile: my.json\n',
    )
    const r = runFix(before, 'API_SECCOMP_LOCALHOST_FORBIDDEN', 'remove-localhost-profile')
    expect(r.text).toBe(sc('      seccompProfile:\n        type: RuntimeDefault\n'))
    noApiErrors(r)
  })

  it('allowPrivilegeEscalation false with privileged: privileged false, or no allowPrivilegeEscalation', () => {
    const before = sc('      privileged: true\n      allowPrivilegeEscalation: false\n')
    const a = runFix(before, 'API_APE_PRIVILEGED', 'set-privileged-false')
    expect(a.problem.fixes.map((f) => f.id)).toEqual(['set-privileged-false', 'remove-ape-false'])
    expect(a.text).toBe(sc('      privileged: false\n      allowPrivilegeEscalation: false\n'))
    noApiErrors(a)
    const b = runFix(before, 'API_APE_PRIVILEGED', 'remove-ape-false')
    expect(b.text).toBe(sc('      privileged: true\n'))
    noApiErrors(b)
  })

  it('removes CAP_SYS_ADMIN that contradicts allowPrivilegeEscalation false', () => {
    const before = sc(
      '      allowPrivilegeEscalation: false\n      capabilities:\n        add: [CAP_SYS_ADMIN]\n',
    )
    const r = runFix(before, 'API_APE_CAP_SYS_ADMIN', 'remove-cap-sys-admin')
    expect(r.text).toBe(sc('      allowPrivilegeEscalation: false\n'))
    noApiErrors(r)
  })

  it('seLinuxChangePolicy MountOption before v1.37: remove it or use Recursive', () => {
    const before = `${HEAD}  securityContext:\n    seLinuxChangePolicy: MountOption\n${CTR}`
    const r = runFix(before, 'API_SELINUX_CHANGE_POLICY_MOUNT_OPTION', 'selinux-change-policy-recursive', {
      version: 'v1.33',
    })
    expect(r.problem.fixes.map((f) => f.id)).toEqual([
      'remove-selinux-change-policy',
      'selinux-change-policy-recursive',
    ])
    expect(r.text).toBe(before.replace('MountOption', 'Recursive'))
    noApiErrors(r)
  })

  it('writes a quoted number as a number', () => {
    const r = runFix(
      `${HEAD}  securityContext:\n    runAsUser: "1000"\n${CTR}`,
      'API_DECODE',
      'unquote-value',
    )
    expect(r.text).toBe(`${HEAD}  securityContext:\n    runAsUser: 1000\n${CTR}`)
    expect(codesOf(r.after)).not.toContain('API_DECODE')
  })

  it('sets procMount: Unmasked back to Default without a user namespace', () => {
    const r = runFix(sc('      procMount: Unmasked\n'), 'API_PROC_MOUNT_HOST_USERS', 'proc-mount-default')
    expect(r.text).toBe(sc('      procMount: Default\n'))
    noApiErrors(r)
  })
})
