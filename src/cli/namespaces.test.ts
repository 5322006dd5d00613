/** check judges each workload at the level its namespace's PodSecurity labels enforce (issue 16 §3). */
import { describe, expect, it } from 'vitest'
import { TD, cli, WALK } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output read back */
const json = (argv: string[], stdin = '') => {
  const r = cli([...argv, '--json'], stdin)
  return { ...r, out: JSON.parse(r.stdout) as any }
}

const BUNDLE = `${TD}/namespace-baseline.yaml`
const POD = (name: string, ns?: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}` +
  `spec:\n  containers:\n  - name: app\n    image: nginx\n`
const NS = (name: string, labels: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: {${labels}}\n`

describe('namespace labels pick the level', () => {
  it('a pod only restricted would reject passes in a namespace that enforces baseline: exit 0, and why', () => {
    const r = cli(['check', BUNDLE])
    expect([r.code, r.stderr]).toEqual([0, ''])
    const lines = r.stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      BUNDLE,
      '  Pod/web in team-a (document 1): passes baseline:v1.30 (namespace team-a enforce and',
      '      enforce-version labels)',
    ])
    expect(lines.at(-2)).toBe('1 workload checked against baseline:v1.30, 0 failing, 0 API errors')
    // Without the Namespace, the same pod fails the default restricted:latest.
    expect(cli(['check', '-'], POD('web', 'team-a')).code).toBe(1)
  })

  it('JSON: pss at the label, and the policy with where each part came from', () => {
    const { code, out } = json(['check', BUNDLE])
    expect(code).toBe(0)
    const r = out.files[0].resources[0]
    expect(r.pss).toMatchObject({ level: 'baseline', version: 'v1.30', allowed: true })
    expect(r.policy).toEqual({
      namespace: 'team-a',
      level: 'baseline',
      levelFrom: 'label',
      version: 'v1.30',
      versionFrom: 'label',
      why: 'namespace team-a enforce and enforce-version labels',
    })
  })

  it('flags override the labels: --level restricted rejects the pod, and says what it overrode', () => {
    const r = cli(['check', '--level', 'restricted', BUNDLE])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'Pod/web in team-a (document 1): fails restricted:v1.30 (--level overrides namespace team-a enforce\n' +
        '      label "baseline"; namespace team-a enforce-version label)',
    )
  })

  it('the Namespace may come from another input file', () => {
    const r = cli(['check', '-', BUNDLE], POD('api', 'team-a'), 200)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '<stdin>\n  Pod/api in team-a (document 0): passes baseline:v1.30 (namespace team-a enforce and ' +
        'enforce-version labels)\n',
    )
  })

  it('kube-system enforcing baseline: "baseline:latest (namespace kube-system enforce label)"', () => {
    const kubeSystem = NS('kube-system', '"pod-security.kubernetes.io/enforce": baseline')
    const r = cli(['check', '-'], `${kubeSystem}---\n${POD('coredns', 'kube-system')}`, 200)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'Pod/coredns in kube-system (document 1): passes baseline:latest (namespace kube-system enforce label)\n',
    )
  })

  it('a workload without namespace is in "default": labelled only by a Namespace named default', () => {
    const privileged = NS('default', '"pod-security.kubernetes.io/enforce": privileged')
    const pass = json(['check', '-'], `${POD('web')}---\n${privileged}`)
    expect(pass.code).toBe(0)
    expect(pass.out.files[0].resources[0].policy).toMatchObject({ namespace: 'default', level: 'privileged' })
    const other = cli(
      ['check', '-'],
      `${POD('web')}---\n${NS('team-a', '"pod-security.kubernetes.io/enforce": privileged')}`,
    )
    expect(other.code).toBe(1)
    expect(other.stdout).toContain('Pod/web (document 0): fails restricted:latest\n')
  })

  it('workloads at different levels: the summary counts each level', () => {
    const r = cli(['check', BUNDLE, `${WALK}/security-context-3.yaml`])
    expect(r.code).toBe(1)
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 workloads checked against baseline:v1.30 (1) and restricted:latest (1), 1 failing, 0 API errors',
    )
  })

  it('an invalid label is enforced as restricted, as PodSecurity does', () => {
    const bad = NS('x', '"pod-security.kubernetes.io/enforce": strict')
    const r = cli(['check', '-'], `${POD('web', 'x')}---\n${bad}`, 200)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'fails restricted:latest (namespace x enforce label "strict" is not a level: restricted, as PodSecurity does)',
    )
  })
})

describe('--skip-other-yaml', () => {
  const WORKFLOW = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n'

  it('skips a YAML file without any Kubernetes object instead of exiting 2, and says so', () => {
    expect(cli(['check', '-', `${TD}/restricted.yaml`], WORKFLOW).code).toBe(2)
    const r = cli(['check', '--skip-other-yaml', '-', `${TD}/restricted.yaml`], WORKFLOW)
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout.startsWith('<stdin>: skipped: no Kubernetes object (--skip-other-yaml)\n')).toBe(true)
    const { out } = json(['check', '--skip-other-yaml', '-'], WORKFLOW)
    expect(out.files[0]).toEqual({
      file: '-',
      error: null,
      skipped: 'skipped: no Kubernetes object (--skip-other-yaml)',
      resources: [],
    })
  })

  it('a broken manifest (a kind without apiVersion) or a YAML error is still bad input', () => {
    expect(cli(['check', '--skip-other-yaml', '-'], 'kind: Pod\nmetadata: {name: x}\n').code).toBe(2)
    expect(cli(['check', '--skip-other-yaml', `${TD}/bad/invalid.yaml`]).code).toBe(2)
  })
})

describe('--fail-on', () => {
  it('error (default): lint warnings alone exit 0; warning: they exit 1; never: findings exit 0', () => {
    expect(cli(['check', `${TD}/restricted.yaml`]).code).toBe(0)
    expect(cli(['check', '--fail-on', 'error', `${TD}/restricted.yaml`]).code).toBe(0)
    expect(cli(['check', '--fail-on', 'warning', `${TD}/restricted.yaml`]).code).toBe(1)
    expect(cli(['check', `${WALK}/security-context-3.yaml`]).code).toBe(1)
    expect(cli(['check', '--fail-on', 'never', `${WALK}/security-context-3.yaml`]).code).toBe(0)
  })

  it('never still exits 2 on bad input', () => {
    expect(cli(['check', '--fail-on', 'never', `${TD}/bad/not-k8s.yaml`]).code).toBe(2)
  })
})
