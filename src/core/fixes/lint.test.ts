import { describe, expect, it } from 'vitest'
import { codesOf, CTR, HEAD, runFix } from './testFix'

const caps = (lists: string) => `${HEAD}${CTR}    securityContext:\n      capabilities:\n${lists}`

describe('capability name fixes', () => {
  it('CAP_NET_ADMIN → NET_ADMIN, quoting kept', () => {
    const before = caps('        add: ["CAP_NET_ADMIN", "SYS_TIME"]\n')
    const r = runFix(before, 'LINT_CAP_PREFIX', 'strip-cap-prefix')
    expect(r.text).toBe(caps('        add: ["NET_ADMIN", "SYS_TIME"]\n'))
    expect(codesOf(r.after)).not.toContain('LINT_CAP_PREFIX')
  })

  it('a single quoted item keeps its flow list', () => {
    const r = runFix(caps('        add: ["CAP_NET_ADMIN"]\n'), 'LINT_CAP_PREFIX', 'strip-cap-prefix')
    expect(r.text).toBe(caps('        add: ["NET_ADMIN"]\n'))
  })

  it('all → ALL in a block list', () => {
    const r = runFix(caps('        drop:\n        - all\n'), 'LINT_CAP_CASE', 'upper-case-cap')
    expect(r.text).toBe(caps('        drop:\n        - ALL\n'))
  })

  it('removes an unknown name', () => {
    const r = runFix(caps('        add: [NET_ADMN, SYS_TIME]\n'), 'LINT_CAP_UNKNOWN', 'remove-unknown-cap')
    expect(r.text).toBe(caps('        add: [SYS_TIME]\n'))
  })

  it('removes add ALL that drop ALL cancels', () => {
    const r = runFix(
      caps('        add: [ALL]\n        drop: [ALL]\n'),
      'LINT_ADD_ALL_DROPPED',
      'remove-add-all',
    )
    expect(r.text).toBe(caps('        drop: [ALL]\n'))
  })
})

describe('other lint fixes', () => {
  it('sets readOnlyRootFilesystem: true', () => {
    const r = runFix(HEAD + CTR, 'LINT_READ_ONLY_ROOT_FS', 'read-only-root-fs')
    expect(r.text).toBe(`${HEAD}${CTR}    securityContext:\n      readOnlyRootFilesystem: true\n`)
    expect(codesOf(r.after)).not.toContain('LINT_READ_ONLY_ROOT_FS')
  })

  it('sets runAsGroup beside the runAsUser it matches', () => {
    const r = runFix(
      `${HEAD}  securityContext:\n    runAsUser: 1000\n${CTR}`,
      'LINT_GID_ROOT_DEFAULT',
      'set-run-as-group',
    )
    expect(r.text).toBe(`${HEAD}  securityContext:\n    runAsUser: 1000\n    runAsGroup: 1000\n${CTR}`)
    expect(codesOf(r.after)).not.toContain('LINT_GID_ROOT_DEFAULT')
  })

  it('gives runAsNonRoot a numeric runAsUser', () => {
    const before = `${HEAD}  securityContext:\n    runAsNonRoot: true\n${CTR}`
    const r = runFix(before, 'LINT_RUN_AS_NON_ROOT_NO_UID', 'set-run-as-user-1000')
    expect(r.text).toBe(`${HEAD}  securityContext:\n    runAsNonRoot: true\n    runAsUser: 1000\n${CTR}`)
    expect(codesOf(r.after)).not.toContain('LINT_RUN_AS_NON_ROOT_NO_UID')
  })

  it('removes a fsGroupChangePolicy that does nothing', () => {
    const vols = '  volumes:\n  - name: tmp\n    emptyDir: {}\n'
    const before = `${HEAD}  securityContext:\n    fsGroup: 2000\n    fsGroupChangePolicy: OnRootMismatch\n${vols}${CTR}`
    const r = runFix(before, 'LINT_FS_GROUP_CHANGE_POLICY', 'remove-fs-group-change-policy')
    expect(r.text).toBe(`${HEAD}  securityContext:\n    fsGroup: 2000\n${vols}${CTR}`)
  })

  it('removes seLinuxChangePolicy: MountOption (the default)', () => {
    const before = `${HEAD}  securityContext:\n    seLinuxChangePolicy: MountOption\n${CTR}`
    const r = runFix(before, 'LINT_SELINUX_MOUNT_OPTION', 'remove-selinux-change-policy')
    expect(r.text).toBe(HEAD + CTR)
  })
})
