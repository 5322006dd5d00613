import { describe, expect, it } from 'vitest'
import { CTR, HEAD, runFix } from './testFix'

const baseline = { level: 'baseline' } as const

describe('host and kernel settings', () => {
  it('stops sharing host namespaces where they are set, comments and the rest of the spec kept', () => {
    const before = `${HEAD}  # the node's routes\n  hostNetwork: true\n  hostPID: true # ps\n  dnsPolicy: ClusterFirstWithHostNet\n${CTR}`
    const r = runFix(before, 'PSS_HOST_NAMESPACES', 'host-namespaces-false', baseline)
    expect(r.text).toBe(
      `${HEAD}  # the node's routes\n  hostNetwork: false\n  hostPID: false # ps\n  dnsPolicy: ClusterFirstWithHostNet\n${CTR}`,
    )
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('removes the forbidden sysctls and keeps the safe ones', () => {
    const safe = '    - name: net.ipv4.ip_local_port_range\n      value: "1024 65535"\n'
    const before = `${HEAD}  securityContext:\n    sysctls:\n${safe}    - name: net.core.somaxconn\n      value: "1024"\n${CTR}`
    const r = runFix(before, 'PSS_SYSCTLS', 'remove-forbidden-sysctls', baseline)
    expect(r.text).toBe(`${HEAD}  securityContext:\n    sysctls:\n${safe}${CTR}`)
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('removes sysctls and the securityContext when nothing is left', () => {
    const before = `${HEAD}  securityContext:\n    sysctls:\n    - name: kernel.msgmax\n      value: "65536"\n${CTR}`
    const r = runFix(before, 'PSS_SYSCTLS', 'remove-forbidden-sysctls', baseline)
    expect(r.text).toBe(HEAD + CTR)
  })

  it('removes a forbidden SELinux type and user, keeping the level', () => {
    const level = '      level: "s0:c123,c456"\n'
    const before = `${HEAD}  securityContext:\n    seLinuxOptions:\n${level}      type: spc_t\n      user: system_u\n${CTR}`
    const r = runFix(before, 'PSS_SE_LINUX_OPTIONS', 'remove-selinux-forbidden', baseline)
    expect(r.text).toBe(`${HEAD}  securityContext:\n    seLinuxOptions:\n${level}${CTR}`)
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })

  it('keeps an allowed SELinux type', () => {
    const before = `${HEAD}${CTR}    securityContext:\n      seLinuxOptions:\n        type: container_t\n        role: sysadm_r\n`
    const r = runFix(before, 'PSS_SE_LINUX_OPTIONS', 'remove-selinux-forbidden', baseline)
    expect(r.text).toBe(
      `${HEAD}${CTR}    securityContext:\n      seLinuxOptions:\n        type: container_t\n`,
    )
  })

  it('sets hostProcess: false', () => {
    const user = '      runAsUserName: "NT AUTHORITY\\\\SYSTEM"\n'
    const before = `${HEAD}  securityContext:\n    windowsOptions:\n      hostProcess: true\n${user}${CTR}`
    const r = runFix(before, 'PSS_WINDOWS_HOST_PROCESS', 'host-process-false', baseline)
    expect(r.text).toBe(
      `${HEAD}  securityContext:\n    windowsOptions:\n      hostProcess: false\n${user}${CTR}`,
    )
    expect(r.after.resources[0]?.pss.allowed).toBe(true)
  })
})
