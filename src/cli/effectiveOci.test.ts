/**
 * `effective --json --oci` (CLI contract): each container gets `oci`, the runtime spec parts, or null where no
 * process runs. Called through the command with its `oci` option (the flag is parsed in args.ts).
 */
import { describe, expect, it } from 'vitest'
import { effective, type EffectiveCliOptions } from './commands/effective'
import { readInputs } from './inputs'
import { WALK } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output read back */
function run(files: string[], o: Partial<EffectiveCliOptions> = {}, stdin = '') {
  let stdout = ''
  const io = {
    stdout: (t: string) => (stdout += t),
    stderr: () => {},
    stdin: () => new TextEncoder().encode(stdin),
  }
  const options: EffectiveCliOptions = { runtime: 'containerd', imageUser: 0, json: true, oci: true, ...o }
  const code = effective(readInputs(files, io.stdin), options, io)
  return { code, out: JSON.parse(stdout) as any }
}
const containers = (out: any) => out.files[0].resources[0].containers

describe('effective --json --oci', () => {
  it('the walkthrough pod: process.user, capabilities, noNewPrivileges, the emptyDir mount', () => {
    const { code, out } = run([`${WALK}/security-context.yaml`])
    expect(code).toBe(0)
    const oci = containers(out)[0].oci
    expect(Object.keys(oci)).toEqual(['process', 'root', 'mounts', 'linux'])
    expect(oci.process.user).toEqual({ uid: 1000, gid: 3000, additionalGids: [2000, 3000, 4000] })
    expect(oci.process.capabilities.bounding).toHaveLength(14)
    expect(oci.process.capabilities.ambient).toEqual([])
    expect(oci.process.noNewPrivileges).toBe(true)
    expect(oci.process.apparmorProfile).toBe('cri-containerd.apparmor.d')
    expect(oci.root).toEqual({ readonly: false })
    expect(oci.mounts[0]).toMatchObject({ destination: '/data/demo', type: 'bind' })
    expect(oci.linux.seccomp).toBeNull()
    expect(oci.linux.maskedPaths).toContain('/proc/kcore')
  })

  it('follows --runtime: CRI-O keeps its group order and names its default seccomp profile', () => {
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  securityContext: {runAsUser: 1000, runAsGroup: 3000, supplementalGroups: [4000, 2000]}',
      '  containers:',
      '  - name: a',
      '    image: busybox',
      '    securityContext: {seccompProfile: {type: RuntimeDefault}}',
      '',
    ].join('\n')
    const oci = containers(run(['-'], { runtime: 'cri-o' }, pod).out)[0].oci
    expect(oci.process.user.additionalGids).toEqual([3000, 4000, 2000])
    expect(oci.linux.seccomp).toMatchObject({
      profile: 'RuntimeDefault',
      source: 'containers/common pkg/seccomp/seccomp.json',
    })
  })

  it('oci is null for a container that would not run, and absent without the option', () => {
    const nonRoot =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers: [{name: a, image: busybox}]\n'
    const c = containers(run(['-'], {}, nonRoot).out)[0]
    expect(c.process).toBeNull()
    expect(c.oci).toBeNull()
    const without = containers(run(['-'], { oci: false }, nonRoot).out)[0]
    expect('oci' in without).toBe(false)
  })
})
