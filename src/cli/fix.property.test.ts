/**
 * `fix` exits 0 only when `check` passes its output, over the repository's test manifests and generated pods;
 * and what it writes keeps every comment, adds no API error and no container the kubelet refuses.
 */
import { readdirSync, statSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../core/analyze'
import { DEFAULT_OPTIONS, type PssLevel } from '../core/types'
import { cli } from './testIo'

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`
    if (statSync(path).isDirectory()) return manifests(path)
    return /\.(ya?ml|json)$/.test(name) ? [path] : []
  })
}

/** fix's exit code is check's on fix's output (0 or 1), and 2 only when check says 2 of the input too. */
function agrees(argv: string[], stdin = '') {
  const fix = cli(['fix', ...argv], stdin)
  const level = argv.slice(0, 2)
  if (fix.code === 2) {
    expect(cli(['check', ...argv], stdin).code).toBe(2)
    return fix
  }
  expect(cli(['check', ...level, '-'], fix.stdout).code).toBe(fix.code)
  if (fix.code === 1) expect(fix.stderr).toMatch(/: not fixed: /)
  return fix
}

describe('fix exits 0 exactly when check passes its output', () => {
  const files = [...manifests('src/cli/testdata'), ...manifests('src/core/testdata')]

  it.each(['baseline', 'restricted'])(
    'every test manifest at %s',
    (level) => {
      const codes = files.map((f) => agrees(['--level', level, f]).code)
      expect(codes).toContain(0)
      expect(codes).toContain(1)
      // Dozens of files, each fixed and checked: seconds on a busy 2-core machine.
    },
    60_000,
  )
})

const comment = fc.constantFrom('', ' # why', ' # needed by the agent')

const container = (name: string) =>
  fc.record({
    name: fc.constant(name),
    privileged: fc.constantFrom(undefined, true, false),
    ape: fc.constantFrom(undefined, true, false),
    runAsUser: fc.constantFrom(undefined, 0, 1000),
    add: fc.constantFrom(undefined, ['NET_ADMIN'], ['NET_BIND_SERVICE'], ['CHOWN', 'SYS_ADMIN']),
    drop: fc.constantFrom(undefined, ['ALL'], ['all'], ['NET_RAW']),
    seccomp: fc.constantFrom(undefined, 'Unconfined', 'RuntimeDefault'),
    procMount: fc.constantFrom(undefined, 'Unmasked'),
    hostPort: fc.constantFrom(undefined, 9100),
    comment,
  })

type Container = ReturnType<typeof container> extends fc.Arbitrary<infer T> ? T : never

const pod = fc.record({
  kind: fc.constantFrom('Pod', 'DaemonSet'),
  hostNetwork: fc.boolean(),
  hostPath: fc.boolean(),
  runAsUser: fc.constantFrom(undefined, 0, 10001),
  runAsNonRoot: fc.constantFrom(undefined, true, false),
  windows: fc.constantFrom(undefined, 'os', 'nodeSelector'),
  init: fc.option(container('init'), { nil: undefined }),
  app: container('app'),
  comment,
})

function containerYaml(c: Container, pad: string): string[] {
  const sc: string[] = []
  if (c.privileged !== undefined) sc.push(`privileged: ${c.privileged}${c.comment}`)
  if (c.ape !== undefined) sc.push(`allowPrivilegeEscalation: ${c.ape}`)
  if (c.runAsUser !== undefined) sc.push(`runAsUser: ${c.runAsUser}${c.comment}`)
  if (c.procMount) sc.push(`procMount: ${c.procMount}`)
  if (c.seccomp) sc.push('seccompProfile:', `  type: ${c.seccomp}`)
  if (c.add || c.drop) sc.push('capabilities:')
  if (c.add) sc.push('  add:', ...c.add.map((a) => `  - ${a}${c.comment}`))
  if (c.drop) sc.push('  drop:', ...c.drop.map((d) => `  - ${d}`))
  return [
    `- name: ${c.name}`,
    '  image: example/app:1',
    ...(c.hostPort ? ['  ports:', '  - containerPort: 9100', `    hostPort: ${c.hostPort}${c.comment}`] : []),
    ...(sc.length ? ['  securityContext:', ...sc.map((l) => `    ${l}`)] : []),
  ].map((l) => pad + l)
}

type Pod = typeof pod extends fc.Arbitrary<infer T> ? T : never

function manifest(p: Pod): string {
  const podSc: string[] = []
  if (p.runAsUser !== undefined) podSc.push(`  runAsUser: ${p.runAsUser}`)
  if (p.runAsNonRoot !== undefined) podSc.push(`  runAsNonRoot: ${p.runAsNonRoot}`)
  if (p.windows) podSc.push('  windowsOptions:', '    runAsUserName: ContainerAdministrator')
  const spec = [
    ...(p.windows === 'os' ? ['os:', '  name: windows'] : []),
    ...(p.windows === 'nodeSelector' ? ['nodeSelector:', '  kubernetes.io/os: windows'] : []),
    ...(p.hostNetwork ? [`hostNetwork: true${p.comment}`] : []),
    ...(podSc.length ? ['securityContext:', ...podSc] : []),
    ...(p.init ? ['initContainers:', ...containerYaml(p.init, '')] : []),
    'containers:',
    ...containerYaml(p.app, ''),
    ...(p.hostPath ? ['volumes:', `- name: host${p.comment}`, '  hostPath:', '    path: /'] : []),
  ]
  const head = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: gen', 'spec:']
  if (p.kind === 'Pod') return [...head, ...spec.map((l) => `  ${l}`)].join('\n') + '\n'
  return (
    [
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      '  name: gen',
      'spec:',
      '  selector:',
      '    matchLabels: {app: gen}',
      '  template:',
      '    metadata:',
      '      labels: {app: gen}',
      '    spec:',
      ...spec.map((l) => `      ${l}`),
    ].join('\n') + '\n'
  )
}

const comments = (text: string) => text.match(/# .*/g) ?? []

/**
 * Containers that do not run whatever the image's user: refused by the kubelet (runAsUser 0, ContainerAdministrator),
 * or by the API server (which hides a kubelet refusal until the pod is valid).
 */
function refused(text: string, level: PssLevel): string[] {
  const a = analyze(text, { ...DEFAULT_OPTIONS, level, imageUser: 65534 })
  return (a.resources[0]?.effective ?? []).flatMap((c) => (c.refusal ? [c.name] : []))
}

function apiErrors(text: string): string[] {
  const a = analyze(text, DEFAULT_OPTIONS)
  return a.problems
    .filter((p) => p.source === 'api' && p.severity === 'error')
    .map((p) => `${p.code} ${p.path}`)
}

describe('fix on generated pods', () => {
  it('exit 0 only when check passes; keeps every comment; adds no API error and no refused container', () => {
    fc.assert(
      fc.property(pod, fc.constantFrom<PssLevel>('baseline', 'restricted'), (p, level) => {
        const text = manifest(p)
        const fix = agrees(['--level', level, '-'], text)
        expect(fix.code).not.toBe(2)
        expect(comments(fix.stdout)).toEqual(comments(text))
        const before = new Set(apiErrors(text))
        expect(apiErrors(fix.stdout).filter((e) => !before.has(e))).toEqual([])
        const wasRefused = new Set(refused(text, level))
        expect(refused(fix.stdout, level).filter((c) => !wasRefused.has(c))).toEqual([])
      }),
      { numRuns: 50 },
    )
  }, 120_000)
})
