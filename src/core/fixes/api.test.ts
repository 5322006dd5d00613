import { describe, expect, it } from 'vitest'
import { codesOf, CTR, HEAD, runFix } from './testFix'

const sc = (lines: string) => `${HEAD}${CTR}    securityContext:\n${lines}`
const noApiErrors = (r: ReturnType<typeof runFix>) =>
  expect(r.after.problems.filter((p) => p.source === 'api' && p.severity === 'error')).toEqual([])

describe('API validation fixes', () => {
  // Each row: the container securityContext before, the problem and the fix applied (the only one offered), after.
  it.each([
    {
      title: 'removes an out-of-range runAsUser, leaving the rest of securityContext',
      before: '      runAsUser: -1\n      runAsGroup: 3000\n',
      code: 'API_RANGE',
      fix: 'remove-out-of-range-id',
      after: '      runAsGroup: 3000\n',
    },
    {
      title: 'removes a runAsUser beyond int64 (a decode error); its comment stays, on a line of its own',
      before: '      runAsUser: 9223372036854775808 # too big\n      runAsGroup: 3000\n',
      code: 'API_DECODE',
      fix: 'remove-undecodable-number',
      after: '      # too big\n      runAsGroup: 3000\n',
    },
    {
      title: 'a quoted number is unquoted, not removed',
      before: '      runAsUser: "1000"\n',
      code: 'API_DECODE',
      fix: 'unquote-value',
      after: '      runAsUser: 1000\n',
    },
    {
      title: 'removes a localhostProfile on a non-Localhost seccomp type',
      before: '      seccompProfile:\n        type: RuntimeDefault\n        localhostProfile: my.json\n',
      code: 'API_SECCOMP_LOCALHOST_FORBIDDEN',
      fix: 'remove-localhost-profile',
      after: '      seccompProfile:\n        type: RuntimeDefault\n',
    },
    {
      title: 'removes CAP_SYS_ADMIN that contradicts allowPrivilegeEscalation false',
      before: '      allowPrivilegeEscalation: false\n      capabilities:\n        add: [CAP_SYS_ADMIN]\n',
      code: 'API_APE_CAP_SYS_ADMIN',
      fix: 'remove-cap-sys-admin',
      after: '      allowPrivilegeEscalation: false\n',
    },
    {
      title: 'sets procMount: Unmasked back to Default without a user namespace',
      before: '      procMount: Unmasked\n',
      code: 'API_PROC_MOUNT_HOST_USERS',
      fix: 'proc-mount-default',
      after: '      procMount: Default\n',
    },
  ])('$title', ({ before, code, fix, after }) => {
    const r = runFix(sc(before), code, fix)
    expect(r.problem.fixes.map((f) => f.id)).toEqual([fix])
    expect(r.text).toBe(sc(after))
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
})
