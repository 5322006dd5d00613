/**
 * The installable CLI (issue 16 §1, §4): `npm pack` (its prepack builds the bundle afresh) → `npm install -g` of the
 * tarball into a temporary prefix, offline → the `secctx` command, run with a PATH that has neither tsx nor any
 * node_modules/.bin, from a folder outside the repository; and the pre-commit hook's entry run the same way.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseStream } from '../core/yaml'
import { TD, WALK } from './testIo'

const ROOT = resolve('.')
const tmp = mkdtempSync(join(tmpdir(), 'secctx-pack-'))
const prefix = join(tmp, 'prefix')
const work = join(tmp, 'work')

/** The environment without npm's lifecycle variables (the suite may itself run under `npm test`). */
const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))) as NodeJS.ProcessEnv

/** Only the installed prefix and the folder of node itself (and the system's, without any node_modules). */
const PATH = [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin']
  .filter((p) => !p.includes('node_modules'))
  .join(delimiter)
const env = { HOME: tmp, PATH, LANG: 'C.UTF-8' }

function run(cmd: string, args: string[], cwd = work): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 60_000 })
}

const secctx = (...args: string[]) => run('secctx', args)

interface Packed {
  filename: string
  size: number
  files: { path: string }[]
}
let packed: Packed

beforeAll(() => {
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(pack.status, pack.stderr).toBe(0)
  expect(pack.stderr).toMatch(/build-cli: dist-cli\/secctx\.mjs \d+ KB \(bundled: yaml\)/)
  packed = (JSON.parse(pack.stdout) as Packed[])[0]!
  const install = spawnSync(
    'npm',
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(tmp, packed.filename)],
    { cwd: tmp, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 },
  )
  expect(install.status, install.stderr).toBe(0)
  mkdirSync(work)
  for (const f of ['security-context.yaml', 'security-context-3.yaml'])
    copyFileSync(join(WALK, f), join(work, f))
  copyFileSync(join(TD, 'namespace-baseline.yaml'), join(work, 'namespace-baseline.yaml'))
}, 240_000)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the packed package', { timeout: 60_000 }, () => {
  it('holds the CLI bundle, its notices, package.json and the README only, and has no dependencies', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'dist-cli/THIRD-PARTY-NOTICES.txt',
      'dist-cli/secctx.mjs',
      'package.json',
    ])
    expect(packed.size).toBeLessThan(300_000)
    const installed = join(prefix, 'lib', 'node_modules', 'secctx')
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.bin).toEqual({ secctx: 'dist-cli/secctx.mjs' })
    expect(existsSync(join(installed, 'node_modules'))).toBe(false)
    expect(readFileSync(join(installed, 'dist-cli', 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toMatch(
      /^yaml 2\.\d+\.\d+ \(ISC\)/m,
    )
  })
})

describe('secctx, installed from the tarball', { timeout: 60_000 }, () => {
  it('is on the PATH without tsx or any node_modules/.bin', () => {
    expect(run('sh', ['-c', 'command -v secctx']).stdout.trim()).toBe(join(prefix, 'bin', 'secctx'))
    expect(run('sh', ['-c', 'command -v tsx']).status).not.toBe(0)
    expect(PATH).not.toMatch(/node_modules/)
  })

  it('--version and --help', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect([secctx('--version').status, secctx('--version').stdout]).toEqual([0, `${version}\n`])
    const help = secctx('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^usage: secctx <command> \.\.\./)
  })

  it('check on the walkthrough pod: its findings, exit 1; at baseline exit 0', () => {
    const r = secctx('check', 'security-context.yaml')
    expect([r.status, r.stderr]).toEqual([1, ''])
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'security-context.yaml',
      '  Pod/security-context-demo (document 0): fails restricted:latest',
    ])
    expect(r.stdout).toContain(
      '    PSS runAsNonRoot: runAsNonRoot != true (pod or container "sec-ctx-demo" must set',
    )
    expect(r.stdout).toMatch(/\n1 workload checked against restricted:latest, 1 failing, 0 API errors\n$/)
    expect(secctx('check', '--level', 'baseline', 'security-context.yaml').status).toBe(0)
  })

  it('check --format sarif and github, and the namespace labels', () => {
    const sarif = secctx('check', '--format', 'sarif', 'security-context.yaml')
    expect(sarif.status).toBe(1)
    const log = JSON.parse(sarif.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] }
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('PSS_RUN_AS_NON_ROOT')
    const gh = secctx('check', '--format', 'github', 'security-context.yaml')
    expect(gh.stdout).toMatch(
      /^::error file=security-context\.yaml,line=\d+,col=\d+,title=PSS restricted%3Alatest /,
    )
    const ns = secctx('check', 'namespace-baseline.yaml')
    expect(ns.status).toBe(0)
    expect(ns.stdout).toContain('passes baseline:v1.30 (namespace team-a enforce and')
  })

  it('effective on the walkthrough pod: id, capabilities and the volume, exit 0', () => {
    const r = secctx('effective', 'security-context.yaml')
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain('    $ id\n    uid=1000 gid=3000 groups=2000,3000,4000\n')
    expect(r.stdout).toContain('    CapEff:\t0000000000000000\n')
    expect(r.stdout).toContain(
      '    $ ls -ld /data/demo\n    drwxrwsrwx    2 root     2000          4096 … /data/demo\n',
    )
    const json = JSON.parse(secctx('effective', '--json', 'security-context.yaml').stdout) as {
      files: { resources: { containers: { process: { id: string } }[] }[] }[]
    }
    expect(json.files[0]!.resources[0]!.containers[0]!.process.id).toBe(
      'uid=1000 gid=3000 groups=2000,3000,4000',
    )
  })

  it('bad usage and bad input: exit 2 with one line, no stack trace', () => {
    const usage = secctx('check', '--level', 'strict', 'security-context.yaml')
    expect([usage.status, usage.stderr]).toEqual([
      2,
      'secctx: --level must be baseline or restricted, not "strict" (run with --help for usage)\n',
    ])
    const missing = secctx('check', 'nope.yaml')
    expect([missing.status, missing.stderr]).toEqual([
      2,
      'nope.yaml:1:1: cannot read: no such file or directory\n',
    ])
  })
})

describe('the pre-commit hook', { timeout: 60_000 }, () => {
  it('is secctx-check: the npm-installed secctx check on YAML files, all files in one run', () => {
    const list = parseList()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      id: 'secctx-check',
      entry: 'secctx check --skip-other-yaml',
      language: 'system',
      types: ['yaml'],
      require_serial: true,
    })
  })

  it('its entry with staged files appended, as pre-commit runs it: exit 1 on a violation, 0 when all pass', () => {
    const [cmd, ...args] = String(parseList()[0]!.entry).split(' ')
    writeFileSync(join(work, '.pre-commit-config.yaml'), 'repos: []\n')
    const failing = run(cmd!, [
      ...args,
      '.pre-commit-config.yaml',
      'namespace-baseline.yaml',
      'security-context-3.yaml',
    ])
    expect(failing.status).toBe(1)
    expect(failing.stdout).toContain('Pod/security-context-demo-3 (document 0): fails restricted:latest')
    expect(failing.stdout.startsWith('.pre-commit-config.yaml: skipped: no Kubernetes object')).toBe(true)
    const passing = run(cmd!, [...args, '.pre-commit-config.yaml', 'namespace-baseline.yaml'])
    expect([passing.status, passing.stderr]).toEqual([0, ''])
  })
})

/** .pre-commit-hooks.yaml, a top-level sequence, read with the core's YAML parser (as testdata/kit.ts does). */
function parseList(): Record<string, unknown>[] {
  const stream = parseStream(readFileSync('.pre-commit-hooks.yaml', 'utf8'))
  expect(stream.errors).toEqual([])
  return (stream.docs[0]?.parsed.json ?? []) as Record<string, unknown>[]
}
