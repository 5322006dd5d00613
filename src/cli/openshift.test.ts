/** `--platform openshift` (issue 17 §1, §6): the flags, the `scc` JSON, the must-show cases of the issue. */
import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'
import { openShiftChart } from '../core/testdata/openshift'
import { run } from './run'

function cli(args: string[], stdin: string) {
  let stdout = ''
  let stderr = ''
  const code = run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: () => Buffer.from(stdin),
  })
  return { code, stdout, stderr }
}

const deployment = openShiftChart
const WITH_UID = deployment('          securityContext:\n            runAsUser: 10000\n')
const PLAIN = deployment('')
const OPENSHIFT = ['--platform', 'openshift', '--uid-range', '1000750000/10000']
const MUST =
  'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]'

describe('platform flags', () => {
  it('parses --platform, --uid-range, --supplemental-groups, --mcs and --scc', () => {
    expect(
      parseArgs([
        'check',
        ...OPENSHIFT,
        '--supplemental-groups=5000/10',
        '--mcs',
        's0:c1,c2',
        '--scc',
        'anyuid',
        'a',
      ]),
    ).toMatchObject({
      platform: {
        platform: 'openshift',
        openshift: {
          uidRange: '1000750000/10000',
          supplementalGroups: '5000/10',
          mcs: 's0:c1,c2',
          grants: ['anyuid'],
        },
      },
    })
    expect(parseArgs(['fix', '--platform', 'kubernetes', 'a'])).toMatchObject({
      platform: { platform: 'kubernetes' },
    })
  })

  it.each([
    [['check', '--platform', 'ocp', '-'], '--platform must be kubernetes or openshift, not "ocp"'],
    [['check', '--uid-range', '1/2', '-'], '--uid-range needs --platform openshift'],
    [['effective', '--platform', 'openshift', '--uid-range', 'x', '-'], '--uid-range must be START/SIZE'],
    [['check', '--platform', 'openshift', '--scc', 'root', '-'], '--scc must be nonroot-v2, anyuid'],
  ])('refuses %j (exit 2)', (args, message) => {
    const r = cli(args, PLAIN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
  })
})

describe('check --platform openshift', () => {
  it('a Deployment with runAsUser 10000 exits 1 with the upstream message', () => {
    const r = cli(['check', ...OPENSHIFT, '-'], WITH_UID)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('rejected by OpenShift SCC admission')
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(MUST)
    const json = JSON.parse(cli(['check', '--json', ...OPENSHIFT, '-'], WITH_UID).stdout)
    const res = json.files[0].resources[0]
    expect(res.scc.admittedBy).toBeNull()
    expect(res.scc.message).toContain(MUST)
    expect(res.scc.mutations).toEqual([])
    expect(res.problems[0]).toMatchObject({ code: 'SCC_RUN_AS_USER', source: 'scc', message: MUST, line: 12 })
  })

  it('without runAsUser: admitted by restricted-v2, exit 0, mutations as field paths', () => {
    const r = cli(['check', ...OPENSHIFT, '-'], PLAIN)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('passes restricted:latest (admitted by restricted-v2)')
    const res = JSON.parse(cli(['check', '--json', ...OPENSHIFT, '-'], PLAIN).stdout).files[0].resources[0]
    expect(res.scc.admittedBy).toBe('restricted-v2')
    expect(res.scc.message).toBe('')
    expect(res.scc.mutations).toContainEqual({
      path: 'spec.template.spec.containers[0].securityContext.runAsUser',
      value: 1000750000,
    })
  })

  it('kubernetes output has no scc', () => {
    const res = JSON.parse(cli(['check', '--json', '-'], PLAIN).stdout).files[0].resources[0]
    expect(res).not.toHaveProperty('scc')
  })
})

describe('effective --platform openshift', () => {
  it('shows uid 1000750000 from the SCC, and the id line OpenShift prints', () => {
    const json = JSON.parse(cli(['effective', '--json', ...OPENSHIFT, '-'], PLAIN).stdout)
    const res = json.files[0].resources[0]
    expect(res.scc.admittedBy).toBe('restricted-v2')
    const c = res.containers[0]
    expect(c.fields.runAsUser).toMatchObject({ value: 1000750000, source: 'scc', sccName: 'restricted-v2' })
    expect(c.process.id).toBe('uid=1000750000 gid=0(root) groups=0(root),1000750000')
    const text = cli(['effective', ...OPENSHIFT, '-'], PLAIN).stdout
    expect(text).toContain('(admitted by restricted-v2)')
    expect(text).toMatch(/runAsUser +1000750000 +SCC restricted-v2/)
    expect(text).toContain('uid=1000750000 gid=0(root) groups=0(root),1000750000')
  })
})

describe('fix --platform openshift', () => {
  it('removes the runAsUser outside the range (may break) and exits 0 once restricted-v2 admits', () => {
    const r = cli(['fix', ...OPENSHIFT, '-'], WITH_UID)
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('runAsUser')
    expect(r.stderr).toContain('Deployment/web: may break: Remove runAsUser')
    expect(cli(['check', ...OPENSHIFT, '-'], r.stdout).code).toBe(0)
  })
})
