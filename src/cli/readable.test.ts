/** Human output on a CNI-style install bundle (issue 11 §7): grouped, folded, wrapped; --json still complete. */
import { describe, expect, it } from 'vitest'
import { TD, cli } from './testIo'

const BUNDLE = `${TD}/cni-bundle.yaml`
const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length))
/** The text under each resource heading (`  Kind/name ...`), in order. */
const sections = (text: string) =>
  text
    .split(/\n(?= {2}\S)/)
    .slice(1)
    .map((s) => s.split(/\n(?=\S)/)[0]!)

describe('check on a CNI bundle', () => {
  it('no line is wider than 100 columns when not a terminal, or than the terminal', () => {
    const r = cli(['check', BUNDLE])
    expect(r.code).toBe(1)
    expect(longest(r.stdout)).toBeLessThanOrEqual(100)
    expect(longest(cli(['check', BUNDLE], '', 60).stdout)).toBeLessThanOrEqual(60)
    expect(longest(cli(['check', BUNDLE], '', 160).stdout)).toBeGreaterThan(100)
  })

  it('the 13 hostPath volumes are one finding × 13 with the 13 places, and the summary is unchanged', () => {
    const { stdout } = cli(['check', BUNDLE])
    expect(stdout.match(/use restricted volume\s+type "hostPath"/g)).toHaveLength(1)
    const at = [181, 184, 187, 190, 193, 196, 199, 202, 205, 208, 211, 214, 217].map((l) => `${l}:11`)
    expect(stdout).toContain(
      [
        '    PSS restrictedVolumes × 13: restricted volume types (volumes "lib-modules", "var-run-calico",',
        '      "var-lib-calico", "xtables-lock", "sys-fs", "bpffs", "nodeproc", "cni-bin-dir", "cni-net-dir",',
        '      "cni-log-dir", "host-local-net-dir", "policysync", "flexvol-driver-host" use restricted volume',
        '      type "hostPath")',
        `      at ${at.slice(0, 11).join(', ')},`,
        `         ${at.slice(11).join(', ')}`,
      ].join('\n'),
    )
    expect(stdout.split('\n').at(-2)).toBe(
      '3 workloads checked against restricted:latest, 2 failing, 0 API errors',
    )
  })

  it('the second, identical DaemonSet names the first and lists only where its findings are', () => {
    const { stdout } = cli(['check', BUNDLE])
    const arm = sections(stdout)[1]!.split('\n')
    expect(arm.slice(0, 4)).toEqual([
      '  DaemonSet/calico-node-arm64 in kube-system (document 4): fails restricted:latest',
      '    same findings as DaemonSet/calico-node-amd64 in kube-system (document 3), here at:',
      '      PSS hostNamespaces: 238:20',
      '      PSS privileged × 4: 245:25, 276:25, 307:25, 339:25',
    ])
  })

  it('every problem of --json has its line:column under its resource, and --json keeps the whole message', () => {
    const text = cli(['check', BUNDLE]).stdout
    const json = JSON.parse(cli(['check', '--json', BUNDLE]).stdout) as {
      files: {
        resources: { name: string; pss: { message: string }; problems: { line: number; column: number }[] }[]
      }[]
    }
    const resources = json.files[0]!.resources
    expect(resources.map((r) => [r.name, r.problems.length])).toEqual([
      ['calico-node-amd64', 32],
      ['calico-node-arm64', 32],
      ['calico-kube-controllers', 2],
    ])
    expect(resources[0]!.pss.message.length).toBeGreaterThan(1000)
    const parts = sections(text)
    resources.forEach((r, i) => {
      expect(parts[i]).toContain(`/${r.name} `)
      for (const p of r.problems)
        expect(parts[i]).toMatch(new RegExp(`(^|[ ,])${p.line}:${p.column}(,|$)`, 'm'))
    })
  })
})

describe('effective on a CNI bundle', () => {
  it('wraps to the width and prints a container the same as one before only once', () => {
    const r = cli(['effective', BUNDLE])
    expect(r.code).toBe(0)
    expect(longest(r.stdout)).toBeLessThanOrEqual(100)
    expect(longest(cli(['effective', BUNDLE], '', 60).stdout)).toBeLessThanOrEqual(60)
    const lines = r.stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('  ') && !l.startsWith('   '))).toEqual([
      '  upgrade-ipam (initContainer)',
      '  install-cni (initContainer): same as upgrade-ipam (initContainer)',
      '  mount-bpffs (initContainer): same as upgrade-ipam (initContainer)',
      '  calico-node (container): same as upgrade-ipam (initContainer)',
      '  upgrade-ipam (initContainer): same as upgrade-ipam (initContainer) in DaemonSet/calico-node-amd64',
      '  install-cni (initContainer): same as upgrade-ipam (initContainer) in DaemonSet/calico-node-amd64',
      '  mount-bpffs (initContainer): same as upgrade-ipam (initContainer) in DaemonSet/calico-node-amd64',
      '  calico-node (container): same as upgrade-ipam (initContainer) in DaemonSet/calico-node-amd64 in',
      '  calico-kube-controllers (container)',
    ])
    // The 13 hostPath mounts share one `ls -ld` and one note.
    expect(lines.filter((l) => l.includes('does not manage hostPath ownership'))).toHaveLength(1)
    expect(lines.length).toBeLessThan(200)
  })
})
