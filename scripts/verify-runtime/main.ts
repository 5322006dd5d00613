/**
 * `npm run verify:runtime`: the Simulated shell checked against a real runc on this kernel (issue 14).
 * Each container of every gallery example, every lesson step and the generated Pods runs under both runtimes'
 * generated specs; what `id`, `ls -ld`, `ls -l` and the /proc/1/status lines print must equal the transcript
 * line by line. Last line: `N containers verified, M mismatches`; exit 1 on any mismatch.
 * Options: --generated N (default 340), --jobs N (1–2, default 2), --keep (leave the work directory).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { IMAGES } from '../../src/core/effective/images'
import { rootfsKey, writeBundle } from './bundle'
import { cases, sources, WALKTHROUGH, type Case } from './cases'
import { SEED } from './generate'
import { compare, type Mismatch } from './compare'
import { baseSpec, buildRootfs, ensureTools, hostFacts, missingCaps } from './host'

const started = Date.now()
const argv = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name)
  return i >= 0 ? Number(argv[i + 1]) : fallback
}
const GENERATED = option('--generated', 340)
const JOBS = Math.min(2, Math.max(1, option('--jobs', 2)))
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const shared = resolve(root, '../shared/runtime')

interface Result {
  c: Case
  stdout: string
  stderr: string
  mismatches: Mismatch[]
  seccompFrom: string | null
}

function runc(state: string, args: string[], timeoutMs = 30_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn('runc', ['--root', state, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })
}

async function runOne(
  work: string,
  n: number,
  c: Case,
  host: ReturnType<typeof hostFacts>,
  base: Record<string, unknown>,
) {
  const id = `secctx-verify-${process.pid}-${n}`
  const state = join(work, 'state')
  const bundle = writeBundle(work, id, c, host, base, shared)
  try {
    const run = await runc(state, ['run', '--bundle', bundle.dir, id])
    const mismatches = compare(bundle.steps, run.stdout, host.bounding)
    if (mismatches.length > 0 && !run.stdout.includes('@@0'))
      mismatches.push({
        command: 'runc run',
        expected: ['(the container runs)'],
        actual: run.stderr.trim().split('\n'),
      })
    return { c, stdout: run.stdout, stderr: run.stderr, mismatches, seccompFrom: bundle.seccompFrom }
  } finally {
    // `runc run` removes the container when its process ends; one killed on timeout is deleted here.
    if (existsSync(join(state, id))) await runc(state, ['delete', '--force', id])
    for (const dir of bundle.tmpfs) spawnSync('umount', [dir], { stdio: 'ignore' })
    rmSync(bundle.dir, { recursive: true, force: true })
  }
}

async function pool<T, R>(items: readonly T[], jobs: number, work: (item: T, i: number) => Promise<R>) {
  const out: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker))
  return out
}

function report(results: readonly Result[]): number {
  let count = 0
  for (const r of results) {
    for (const m of r.mismatches) {
      count++
      console.log(`✗ ${r.c.label} (${r.c.runtime}): $ ${m.command}`)
      console.log(`    expected: ${m.expected.map((l) => JSON.stringify(l)).join(' ') || '(nothing)'}`)
      console.log(`    runc:     ${m.actual.map((l) => JSON.stringify(l)).join(' ') || '(nothing)'}`)
    }
  }
  return count
}

/** The walkthrough's five outputs, as runc printed them (containerd). */
function walkthrough(results: readonly Result[]): number {
  console.log('The walkthrough, printed by runc (containerd spec):')
  let missing = 0
  for (const w of WALKTHROUGH) {
    const r = results.find((x) => x.c.runtime === 'containerd' && x.c.text === w.text)
    const line = r?.stdout
      .split('\n')
      .find((l) => w.line.test(l.replace(/\s+/g, (s) => (s === '\t' ? s : ' '))))
    if (line) console.log(`  ${w.what}: ${line}`)
    else {
      missing++
      console.log(`✗ walkthrough ${w.what}: runc did not print ${w.line}`)
    }
  }
  return missing
}

async function main() {
  if (process.getuid?.() !== 0)
    throw new Error('verify:runtime runs containers with runc and mounts volumes: run it as root')
  ensureTools()
  const host = hostFacts()
  const work = mkdtempSync('/var/tmp/secctx-verify-')
  // Always: no container left running, no tmpfs left mounted, the work directory gone (unless --keep).
  const cleanup = () => {
    const state = join(work, 'state')
    const ids = spawnSync('runc', ['--root', state, 'list', '-q'], { encoding: 'utf8' }).stdout ?? ''
    for (const id of ids.split('\n').filter(Boolean))
      spawnSync('runc', ['--root', state, 'delete', '--force', id], { stdio: 'ignore' })
    const mounts = readFileSync('/proc/mounts', 'utf8').split('\n')
    for (const m of mounts
      .map((l) => l.split(' ')[1] ?? '')
      .filter((p) => p.startsWith(`${work}/`))
      .reverse())
      spawnSync('umount', [m], { stdio: 'ignore' })
    if (!argv.includes('--keep')) rmSync(work, { recursive: true, force: true })
  }
  process.on('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  try {
    for (const image of IMAGES) buildRootfs(join(work, `rootfs-${image.id}`), image)
    const base = baseSpec(join(work, 'base'))
    const { cases: all, notRun } = cases(sources(GENERATED))
    const perImage = new Map<string, number>()
    for (const c of all) perImage.set(rootfsKey(c), (perImage.get(rootfsKey(c)) ?? 0) + 1)
    const lacking = missingCaps(host)
    console.log(`runc: ${host.runc}; kernel ${host.kernel}; ${all.length} containers, ${JOBS} at a time`)
    if (lacking.length)
      console.log(
        `This host's bounding set lacks ${lacking.join(', ')}: it is neither requested from runc nor compared in the Cap lines.`,
      )
    if (!host.lsms.includes('apparmor') && !host.lsms.includes('selinux'))
      console.log(
        'No AppArmor or SELinux on this host: process.apparmorProfile and process.selinuxLabel are left out.',
      )
    console.log(`${notRun} containers do not run (refused, or Windows): no runtime spec, nothing to compare.`)
    const generated = all.filter((c) => c.label.startsWith('generated ')).length
    console.log(
      `${generated} of them from generated securityContexts (fast-check seed ${SEED}, both runtimes in turn)`,
    )
    console.log(
      `Containers per image model (its /etc/passwd and /etc/group in the root filesystem): ${[...perImage]
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    )
    const results = await pool(all, JOBS, (c, i) => runOne(work, i, c, host, base))
    const filters = new Map<string, number>()
    for (const r of results)
      if (r.seccompFrom) filters.set(r.seccompFrom, (filters.get(r.seccompFrom) ?? 0) + 1)
    for (const [from, n] of filters) console.log(`seccomp filter loaded in ${n} containers from ${from}`)
    const seccomp2 = results.filter((r) => r.seccompFrom && /^Seccomp:\t2$/m.test(r.stdout)).length
    console.log(
      `Seccomp: 2 printed by ${seccomp2} of ${[...filters.values()].reduce((a, b) => a + b, 0)} filtered containers`,
    )
    const ignored = results.filter((r) =>
      r.stderr.includes('ignoring unknown or unavailable capabilities'),
    ).length
    console.log(
      `runc ignored unknown capability names (containerd's CAP_CAP_… spellings) in ${ignored} containers`,
    )
    const mismatches = report(results) + walkthrough(results)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`(${seconds} s)`)
    console.log(`${results.length} containers verified, ${mismatches} mismatches`)
    process.exitCode = mismatches > 0 ? 1 : 0
  } finally {
    cleanup()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e))
  process.exitCode = 2
})
