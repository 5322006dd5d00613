import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { TD, WALK } from './testIo'

/** The real entry point, spawned as `npx tsx src/cli/main.ts` (or tsx's bin directly, which skips npx's start-up). */
const tsx = (args: string[], viaNpx = false) =>
  viaNpx
    ? spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
    : spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 })

describe('src/cli/main.ts as a process', () => {
  it('effective --json prints the walkthrough figures and exits 0', () => {
    const r = tsx(['effective', '--json', `${WALK}/security-context.yaml`], true)
    expect([r.status, r.stderr]).toEqual([0, ''])
    const c = JSON.parse(r.stdout).files[0].resources[0].containers[0]
    expect(c.process.id).toBe('uid=1000 gid=3000 groups=2000,3000,4000')
    expect(c.volumes[0]).toEqual({
      name: 'sec-ctx-vol',
      mountPath: '/data/demo',
      group: 2000,
      mode: 'drwxrwsrwx',
      newFile: '-rw-r--r-- 1000 2000',
    })
  }, 60_000)

  it('bad input: exit 2 and exactly one stderr line, no stack trace', () => {
    for (const args of [
      ['check', `${TD}/bad/binary.yaml`],
      ['effective', `${TD}/missing.yaml`],
      ['check', '--nope', 'x'],
    ]) {
      const r = tsx(args)
      expect(r.status).toBe(2)
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m)
    }
  }, 120_000)

  it('npm run -s cli -- caps decode works right after install', () => {
    const r = spawnSync('npm', ['run', '-s', 'cli', '--', 'caps', 'decode', '00000000aa0435fb'], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(
      '0x00000000aa0435fb=cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,' +
        'cap_setpcap,cap_net_bind_service,cap_net_admin,cap_net_raw,cap_sys_chroot,cap_sys_time,cap_mknod,' +
        'cap_audit_write,cap_setfcap\n',
    )
  }, 60_000)
})
