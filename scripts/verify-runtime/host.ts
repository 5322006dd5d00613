/**
 * The machine the check runs on: runc and a static busybox (installed with apt when missing, as root), the
 * kernel's facts (bounding set, version, security modules) and one busybox root filesystem per image model, with
 * that image's /etc/passwd and /etc/group as the catalogue has them (core/effective/images.ts). The tools are
 * busybox's in every one (distroless has no shell: its files are checked with busybox's `id` and `ls`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { imageGroup, imagePasswd, type ImageModel } from '../../src/core/effective/image'
import { capNames } from '../../src/core/k8s/capabilities'

export const BUSYBOX = '/bin/busybox'

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const installed = (pkg: string) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout.includes('ok installed')

/** runc and busybox-static, from Debian's registry when missing (needs root, like the tests' chromium). */
export function ensureTools(): void {
  const missing = [
    ...(has('runc') ? [] : ['runc']),
    ...(installed('busybox-static') && existsSync(BUSYBOX) ? [] : ['busybox-static']),
  ]
  if (missing.length === 0) return
  if (process.getuid?.() !== 0)
    throw new Error(`verify:runtime needs ${missing.join(' and ')}, and root to install them`)
  console.log(`installing ${missing.join(' ')} with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env })
}

export interface Host {
  /** The bounding set of this process: runc cannot give a container more. */
  bounding: bigint
  kernel: string
  /** Security modules the kernel runs (AppArmor, SELinux), from /sys/kernel/security/lsm. */
  lsms: string[]
  runc: string
}

export function hostFacts(): Host {
  const status = readFileSync('/proc/self/status', 'utf8')
  const bnd = /^CapBnd:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0'
  const lsmFile = '/sys/kernel/security/lsm'
  const lsms = existsSync(lsmFile) ? readFileSync(lsmFile, 'utf8').trim().split(',').filter(Boolean) : []
  const runc = execFileSync('runc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? 'runc'
  return {
    bounding: BigInt(`0x${bnd}`),
    kernel: readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(),
    lsms,
    runc,
  }
}

/** What the host's bounding set lacks of the 41 capabilities the model knows. */
export function missingCaps(host: Host): string[] {
  return capNames(((1n << 41n) - 1n) & ~host.bounding)
}

/** A busybox root filesystem: /bin with every applet, the image model's /etc/passwd and /etc/group. */
export function buildRootfs(dir: string, image: ImageModel): void {
  for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp', 'root'])
    mkdirSync(join(dir, d), { recursive: true })
  chmodSync(join(dir, 'tmp'), 0o1777)
  copyFileSync(BUSYBOX, join(dir, 'bin/busybox'))
  chmodSync(join(dir, 'bin/busybox'), 0o755)
  const applets = execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  for (const a of applets) if (a !== 'busybox') symlinkSync('busybox', join(dir, 'bin', a))
  writeFileSync(join(dir, 'etc/passwd'), imagePasswd(image), { mode: 0o644 })
  writeFileSync(join(dir, 'etc/group'), imageGroup(image), { mode: 0o644 })
}

/** `runc spec`: the config.json every bundle starts from. */
export function baseSpec(dir: string): Record<string, unknown> {
  mkdirSync(dir, { recursive: true })
  execFileSync('runc', ['spec'], { cwd: dir })
  return JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>
}
