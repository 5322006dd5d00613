import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TD, cli, WALK } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output read back */
const json = (argv: string[]) => {
  const r = cli([...argv, '--json'])
  return { ...r, out: JSON.parse(r.stdout) as any }
}

const BARE_RESTRICTED =
  'violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "sec-ctx-3" must set ' +
  'securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "sec-ctx-3" must set ' +
  'securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "sec-ctx-3" must set ' +
  'securityContext.runAsNonRoot=true), seccompProfile (pod or container "sec-ctx-3" must set ' +
  'securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'

describe('check', () => {
  it('a bare pod violates restricted:latest: exit 1, the upstream message and check ids', () => {
    const { code, stderr, out } = json(['check', `${WALK}/security-context-3.yaml`])
    expect([code, stderr]).toEqual([1, ''])
    const r = out.files[0].resources[0]
    expect([r.kind, r.name, r.namespace, r.document]).toEqual(['Pod', 'security-context-demo-3', null, 0])
    expect(r.pss).toMatchObject({
      level: 'restricted',
      version: 'latest',
      allowed: false,
      message: BARE_RESTRICTED,
    })
    expect(r.pss.violations.map((v: any) => v.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
    expect(Object.keys(r.pss.violations[0])).toEqual(['check', 'reason', 'detail'])
    const pss = r.problems.filter((p: any) => p.source === 'pss')
    expect(pss).toHaveLength(4)
    expect(Object.keys(pss[0])).toEqual(['code', 'source', 'severity', 'message', 'path', 'line', 'column'])
    // The container's problems sit on its first key (`- name: sec-ctx-3`, line 7, column 5).
    expect(pss[0]).toMatchObject({ severity: 'error', path: 'spec.containers[0]', line: 7, column: 5 })
  })

  it('the same pod passes baseline: exit 0', () => {
    const { code, out } = json(['check', '--level', 'baseline', `${WALK}/security-context-3.yaml`])
    expect(code).toBe(0)
    expect(out.files[0].resources[0].pss).toEqual({
      level: 'baseline',
      version: 'latest',
      allowed: true,
      message: '',
      violations: [],
    })
  })

  it('a version newer than the checks know keeps its label in the message', () => {
    const { out } = json(['check', '--version', 'v1.40', `${WALK}/security-context-3.yaml`])
    expect(out.files[0].resources[0].pss.message).toBe(
      BARE_RESTRICTED.replace('restricted:latest', 'restricted:v1.40'),
    )
  })

  it('a restricted pod exits 0 even with lint advice', () => {
    const { code, out } = json(['check', `${TD}/restricted.yaml`])
    expect(code).toBe(0)
    expect(out.files[0].resources[0].pss.allowed).toBe(true)
    expect(out.files[0].resources[0].problems.every((p: any) => p.source === 'lint')).toBe(true)
  })

  it('an API validation error exits 1 even when Pod Security passes', () => {
    const { code, out } = json(['check', '--level', 'baseline', `${TD}/bad-uid.yaml`])
    expect(code).toBe(1)
    const r = out.files[0].resources[0]
    expect(r.pss.allowed).toBe(true)
    const api = r.problems.filter((p: any) => p.source === 'api')
    expect(api).toHaveLength(1)
    expect(api[0]).toMatchObject({
      severity: 'error',
      path: 'spec.containers[0].securityContext.runAsUser',
      line: 10,
      column: 18,
    })
    expect(api[0].message).toContain('must be between 0 and 2147483647, inclusive')
  })

  it('readable output: per file, per resource a verdict, each finding once with its line:column, a summary', () => {
    const r = cli(['check', `${WALK}/security-context-3.yaml`, `${TD}/restricted.yaml`])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      [
        `${WALK}/security-context-3.yaml`,
        '  Pod/security-context-demo-3 (document 0): fails restricted:latest',
        '    PSS allowPrivilegeEscalation: allowPrivilegeEscalation != false (container "sec-ctx-3" must set',
        '      securityContext.allowPrivilegeEscalation=false) — at 7:5',
        '    PSS capabilities_restricted: unrestricted capabilities (container "sec-ctx-3" must set',
        '      securityContext.capabilities.drop=["ALL"]) — at 7:5',
        '    PSS runAsNonRoot: runAsNonRoot != true (pod or container "sec-ctx-3" must set',
        '      securityContext.runAsNonRoot=true) — at 5:1',
        '    PSS seccompProfile_restricted: seccompProfile (pod or container "sec-ctx-3" must set',
        '      securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost") — at 5:1',
        '    lint warning LINT_READ_ONLY_ROOT_FS: container "sec-ctx-3" does not set',
        '      readOnlyRootFilesystem=true: its root filesystem is writable — at 7:5',
        `${TD}/restricted.yaml`,
        '  Pod/locked-down (document 0): passes restricted:latest',
        '    lint warning LINT_READ_ONLY_ROOT_FS: container "app" does not set readOnlyRootFilesystem=true:',
        '      its root filesystem is writable — at 15:5',
        '    lint info LINT_GID_ROOT_DEFAULT: container "app" sets runAsUser=1000 but no runAsGroup: unless',
        "      uid 1000 is in the image's /etc/passwd, the primary group is 0 (root) — at 9:16",
        '    lint info LINT_LOW_ID: container "app" runs with runAsUser=1000, below 10000: the id may belong',
        '      to a user on the node — at 9:16',
        '2 workloads checked against restricted:latest, 1 failing, 0 API errors',
        '',
      ].join('\n'),
    )
  })

  it('readable output: an API error is named in the verdict line and counted in the summary', () => {
    const r = cli(['check', '--level', 'baseline', `${TD}/bad-uid.yaml`])
    expect(r.code).toBe(1)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[1]).toBe('  Pod/bad-uid (document 0): passes baseline:latest, 1 API error')
    expect(lines[2]).toBe(
      '    API error API_RANGE: spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be',
    )
    expect(lines[3]).toBe('      between 0 and 2147483647, inclusive — at 10:18')
    expect(lines.at(-1)).toBe('1 workload checked against baseline:latest, 0 failing, 1 API error')
  })

  it('bad input wins: exit 2 with one stderr line, the good files still reported', () => {
    const r = cli(['check', `${TD}/restricted.yaml`, `${TD}/bad/not-k8s.yaml`])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`${TD}/bad/not-k8s.yaml:1:1: not a Kubernetes object (no apiVersion and kind)\n`)
    expect(r.stdout).toContain(
      `${TD}/restricted.yaml\n  Pod/locked-down (document 0): passes restricted:latest\n`,
    )
  })
})

describe('fix', () => {
  it('prints the pod with minimal edits that make it pass restricted', () => {
    const r = cli(['fix', `${WALK}/security-context-3.yaml`])
    expect(r.code).toBe(0)
    // The one change that may break it: runAsNonRoot without a runAsUser (src/cli/fix.test.ts has the line).
    expect(r.stderr).toMatch(/^[^\n]*: may break: securityContext\.runAsNonRoot \(unset\) → true: [^\n]*\n$/)
    const original = readFileSync(`${WALK}/security-context-3.yaml`, 'utf8')
    // Every original line is still there, in order: the edits only add.
    let at = 0
    for (const line of original.trimEnd().split('\n')) {
      at = r.stdout.indexOf(line, at)
      expect(at).toBeGreaterThanOrEqual(0)
    }
    const again = cli(['check', '-'], r.stdout)
    expect(again.code).toBe(0)
  })

  it('a passing file comes back byte for byte', () => {
    const r = cli(['fix', `${TD}/restricted.yaml`])
    expect(r).toEqual({ code: 0, stderr: '', stdout: readFileSync(`${TD}/restricted.yaml`, 'utf8') })
  })

  it('fixes every workload of a multi-document file', () => {
    const r = cli(['fix', '--level', 'restricted', `${TD}/multi.yaml`])
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith('# two workloads and a Service\napiVersion: v1\nkind: Service\n')).toBe(true)
    expect(cli(['check', '-'], r.stdout).code).toBe(0)
  })

  it('bad input: exit 2, nothing on stdout', () => {
    const r = cli(['fix', `${TD}/bad/invalid.yaml`])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(new RegExp(`^${TD}/bad/invalid\\.yaml:[45]:\\d+: .+\\n$`))
  })
})
