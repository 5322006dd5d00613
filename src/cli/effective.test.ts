import { describe, expect, it } from 'vitest'
import { NON_ROOT_CAPS } from '../core/effective/testEffective'
import { TD, cli, WALK } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output read back */
const json = (argv: string[], stdin?: string) => {
  const r = cli([...argv, '--json'], stdin)
  return { ...r, out: JSON.parse(r.stdout) as any }
}
const firstContainer = (out: any) => out.files[0].resources[0].containers[0]

describe('effective --json: the walkthrough as the CLI reports it', () => {
  it('security-context.yaml: uid 1000, /data/demo group 2000 drwxrwsrwx, new file 1000 2000', () => {
    const { code, stderr, out } = json(['effective', `${WALK}/security-context.yaml`])
    expect([code, stderr]).toEqual([0, ''])
    expect(out.files).toHaveLength(1)
    expect(out.files[0].file).toBe(`${WALK}/security-context.yaml`)
    expect(out.files[0].error).toBeNull()
    const r = out.files[0].resources[0]
    expect([r.kind, r.name, r.namespace, r.document]).toEqual(['Pod', 'security-context-demo', null, 0])
    const c = firstContainer(out)
    expect([c.name, c.type]).toEqual(['sec-ctx-demo', 'container'])
    expect(c.process).toEqual({
      uid: 1000,
      gid: 3000,
      groups: [2000, 3000, 4000],
      id: 'uid=1000 gid=3000 groups=2000,3000,4000',
      noNewPrivs: true,
      status: NON_ROOT_CAPS,
    })
    expect(c.volumes).toEqual([
      {
        name: 'sec-ctx-vol',
        mountPath: '/data/demo',
        group: 2000,
        mode: 'drwxrwsrwx',
        newFile: '-rw-r--r-- 1000 2000',
      },
    ])
    expect(c.fields.allowPrivilegeEscalation).toEqual({ value: false, source: 'container' })
    expect(c.fields.fsGroup).toEqual({ value: 2000, source: 'pod' })
  })

  it('security-context-2.yaml: runAsUser 2000 from the container overrides the pod 1000', () => {
    const c = firstContainer(json(['effective', `${WALK}/security-context-2.yaml`]).out)
    expect(c.fields.runAsUser).toEqual({
      value: 2000,
      source: 'container',
      overridden: 1000,
      why: "the container's runAsUser 2000 overrides the pod's 1000",
    })
    expect(c.process.uid).toBe(2000)
  })

  it('security-context-3.yaml: root with the containerd default set; CRI-O differs', () => {
    const c = firstContainer(json(['effective', `${WALK}/security-context-3.yaml`]).out)
    expect([c.process.status.CapPrm, c.process.status.CapEff]).toEqual([
      '00000000a80425fb',
      '00000000a80425fb',
    ])
    expect(c.process.id).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)')
    const crio = firstContainer(
      json(['effective', '--runtime', 'cri-o', `${WALK}/security-context-3.yaml`]).out,
    )
    expect([crio.process.status.CapPrm, crio.process.status.CapEff]).toEqual([
      '00000000000005fb',
      '00000000000005fb',
    ])
  })

  it('security-context-4.yaml: add NET_ADMIN and SYS_TIME → 00000000aa0435fb', () => {
    const c = firstContainer(json(['effective', `${WALK}/security-context-4.yaml`]).out)
    expect([c.process.status.CapPrm, c.process.status.CapEff]).toEqual([
      '00000000aa0435fb',
      '00000000aa0435fb',
    ])
  })

  it('privileged gets every capability; non-root with added caps has CapEff 0 and a why', () => {
    const p = firstContainer(json(['effective', `${TD}/privileged.yaml`]).out)
    expect(p.process.status.CapEff).toBe('000001ffffffffff')
    const n = firstContainer(json(['effective', `${TD}/nonroot-caps.yaml`]).out)
    expect(n.process.status.CapEff).toBe('0000000000000000')
    expect(n.fields['capabilities.add'].why).toBe(
      'uid 1000 is not root: CapPrm and CapEff are 0 (Kubernetes has no ambient capabilities)',
    )
  })

  it('--image-user sets the uid when runAsUser is unset', () => {
    const c = firstContainer(
      json(['effective', '--image-user', '65532', `${WALK}/security-context-3.yaml`]).out,
    )
    expect(c.fields.runAsUser).toEqual({
      value: 65532,
      source: 'image',
      why: "unset: the image's USER, assumed to be uid 65532",
    })
    expect(c.process.status.CapEff).toBe('0000000000000000')
  })

  it('multi-document: every workload, containers in init → regular order, Services skipped', () => {
    const { code, out } = json(['effective', `${TD}/multi.yaml`])
    expect(code).toBe(0)
    const rs = out.files[0].resources
    expect(rs.map((r: any) => [r.kind, r.name, r.document])).toEqual([
      ['Deployment', 'web', 1],
      ['CronJob', 'nightly', 2],
    ])
    expect(rs[0].containers.map((c: any) => `${c.name} (${c.type})`)).toEqual([
      'init-db (initContainer)',
      'web (container)',
    ])
    // nginx is a known image: its /etc/passwd names uid 101 nginx, primary group 101.
    expect(rs[0].containers[1].process.id).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)')
  })

  it('a directory expands to its .yaml/.yml/.json files, sorted; stdin is "-"', () => {
    const { out } = json(['effective', `${TD}/dir`])
    expect(out.files.map((f: any) => f.file)).toEqual([
      `${TD}/dir/a.yaml`,
      `${TD}/dir/b.yml`,
      `${TD}/dir/c.json`,
    ])
    expect(out.files[2].resources[0].name).toBe('json-pod')
    const s = json(
      ['effective', '-'],
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n',
    )
    expect(s.out.files[0].file).toBe('-')
    expect(s.out.files[0].resources[0].containers[0].name).toBe('c')
  })
})

describe('effective: readable output', () => {
  it('prints the field table, id, the /proc status lines and ls -ld', () => {
    const r = cli(['effective', `${WALK}/security-context.yaml`])
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe(`${WALK}/security-context.yaml: Pod/security-context-demo (document 0)`)
    expect(lines[1]).toBe('  sec-ctx-demo (container)')
    expect(lines).toContain('    uid=1000 gid=3000 groups=2000,3000,4000')
    expect(lines).toContain('    CapEff:\t0000000000000000')
    expect(lines).toContain('    CapBnd:\t00000000a80425fb')
    expect(lines).toContain('    NoNewPrivs:\t1')
    // The Simulated shell's own lines (core effective/transcript.ts), as busybox prints them.
    const at = lines.indexOf('    $ ls -ld /data/demo')
    expect(lines.slice(at, at + 6)).toEqual([
      '    $ ls -ld /data/demo',
      '    drwxrwsrwx    2 root     2000          4096 … /data/demo',
      '    $ echo hello > /data/demo/testfile; ls -l /data/demo/testfile',
      '    -rw-r--r--    1 1000     2000             6 … /data/demo/testfile',
      // Wrapped at 100 columns (not a terminal), with a hanging indent; a wide terminal gets it on one line.
      '    # fsGroup 2000 owns the volume with setgid, so new files get group 2000',
      "    $ grep -E 'Cap|NoNewPrivs|Seccomp' /proc/1/status",
    ])
    expect(lines).toContain('        1 1000      0:00 sleep 1h')
    expect(
      lines
        .find((l) => l.trim().startsWith('runAsUser '))
        ?.trim()
        .split(/\s{2,}/),
    ).toEqual(['runAsUser', '1000', 'pod'])
  })
})

describe('bad input: one line on stderr naming file, line and column; exit 2', () => {
  const one = (argv: string[], stdin?: string) => {
    const r = cli(argv, stdin)
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')).toHaveLength(2)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    return r.stderr
  }
  it('missing file', () => {
    expect(one(['effective', `${TD}/nope.yaml`])).toBe(
      `${TD}/nope.yaml:1:1: cannot read: no such file or directory\n`,
    )
  })
  it('invalid YAML', () => {
    expect(one(['effective', `${TD}/bad/invalid.yaml`])).toMatch(
      new RegExp(`^${TD}/bad/invalid\\.yaml:[45]:\\d+: \\S`),
    )
  })
  it('a document that is not a Kubernetes object', () => {
    expect(one(['check', `${TD}/bad/not-k8s.yaml`])).toBe(
      `${TD}/bad/not-k8s.yaml:1:1: not a Kubernetes object (no apiVersion and kind)\n`,
    )
  })
  it('binary garbage', () => {
    expect(one(['effective', `${TD}/bad/binary.yaml`])).toBe(
      `${TD}/bad/binary.yaml:3:1: not a text file (a NUL byte)\n`,
    )
  })
  it('empty stdin', () => {
    expect(one(['effective', '-'], '')).toBe('<stdin>:1:1: no Kubernetes object in the input\n')
  })
  it('--json still prints the other files, with the error in its entry', () => {
    const r = cli(['effective', '--json', `${TD}/nope.yaml`, `${WALK}/security-context-3.yaml`])
    expect(r.code).toBe(2)
    const out = JSON.parse(r.stdout)
    expect(out.files.map((f: any) => [f.file, f.error, f.resources.length])).toEqual([
      [`${TD}/nope.yaml`, `${TD}/nope.yaml:1:1: cannot read: no such file or directory`, 0],
      [`${WALK}/security-context-3.yaml`, null, 1],
    ])
  })
})

describe("effective: the docs' supplementalGroupsPolicy example and the image model", () => {
  // The fields of website examples/pods/security/security-context-5.yaml (-6 adds Strict) on the docs' image.
  const docsPod = (policy: string) =>
    'apiVersion: v1\nkind: Pod\nmetadata: {name: security-context-demo}\nspec:\n' +
    `  securityContext: {runAsUser: 1000, runAsGroup: 3000, supplementalGroups: [4000]${policy}}\n` +
    '  containers:\n  - {name: sec-ctx-demo, image: registry.k8s.io/e2e-test-images/agnhost:2.45}\n'
  const SECURITY_CONTEXT_5 = docsPod('')
  const SECURITY_CONTEXT_6 = docsPod(', supplementalGroupsPolicy: Strict')

  it('prints groups=3000,4000,50000 under Merge and groups=3000,4000 under Strict, with the image it used', () => {
    const merge = cli(['effective', '-'], SECURITY_CONTEXT_5).stdout.split('\n')
    const strict = cli(['effective', '-'], SECURITY_CONTEXT_6).stdout.split('\n')
    const idLine = (lines: string[]) => lines[lines.indexOf('    $ id') + 1]
    expect(idLine(merge)).toBe(
      '    uid=1000(user-defined-in-image) gid=3000 groups=3000,4000,50000(group-defined-in-image)',
    )
    expect(idLine(strict)).toBe('    uid=1000(user-defined-in-image) gid=3000 groups=3000,4000')
    const c = firstContainer(json(['effective', '-'], SECURITY_CONTEXT_5).out)
    expect(c.process.groups).toEqual([3000, 4000, 50000])
    expect(c.image).toEqual({
      ref: 'registry.k8s.io/e2e-test-images/agnhost:2.45',
      model: 'agnhost',
      known: true,
      user: '',
      uid: 0,
      entrypoint: ['/agnhost'],
      cmd: ['pause'],
    })
  })

  it('--image names the image of containers whose own is unknown', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: example.com/x}]\n'
    expect(firstContainer(json(['effective', '-'], pod).out).process.id).toBe(
      'uid=0(root) gid=0(root) groups=0(root),10(wheel)',
    )
    const c = firstContainer(json(['effective', '--image', 'gcr.io/distroless/static:nonroot', '-'], pod).out)
    expect(c.process.id).toBe('uid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)')
    expect(c.image).toMatchObject({ ref: 'example.com/x', model: 'distroless-nonroot', known: false })
  })
})
