/**
 * Upstream's own Pod Security fixtures (kubernetes/pod-security-admission test/testdata, Apache-2.0), read from
 * ../shared/conformance/pss where this workspace keeps them (never copied into the repository): every `pass`
 * fixture is allowed at its level and version, every `fail` one denied, by the check the fixture is named after.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PssLevel, Resource } from '../types'
import { findResources, parseStream } from '../yaml'
import { evaluatePss } from './evaluate'
import { CHECKS } from './registry'

const ROOT = join(import.meta.dirname, '../../../../shared/conformance/pss')

interface Fixture {
  level: PssLevel
  version: string
  expect: 'pass' | 'fail'
  name: string
  file: string
}

function fixtures(): Fixture[] {
  const out: Fixture[] = []
  for (const level of ['baseline', 'restricted'] as const) {
    for (const version of readdirSync(join(ROOT, level))) {
      for (const expectation of ['pass', 'fail'] as const) {
        const dir = join(ROOT, level, version, expectation)
        if (!existsSync(dir)) continue
        for (const f of readdirSync(dir)) {
          if (f.endsWith('.yaml'))
            out.push({ level, version, expect: expectation, name: f.slice(0, -5), file: join(dir, f) })
        }
      }
    }
  }
  return out
}

/** The checks that deny a pod for check `id`'s reason: itself, and at restricted the checks overriding it. */
function deniers(id: string): Set<string> {
  const out = new Set([id])
  for (const c of CHECKS)
    if (c.versions.some((v) => v.overrides?.some((o) => o.toLowerCase() === id))) out.add(c.id.toLowerCase())
  return out
}

const present = existsSync(ROOT)
if (!present)
  console.log(`Pod Security conformance: ${ROOT} is absent (a clone outside this workspace); skipped`)

describe.runIf(present)('upstream Pod Security fixtures', () => {
  it('every fixture gets upstream verdict, and every fail fixture is denied by the check it is named after', () => {
    const all = fixtures()
    const wrong: string[] = []
    // 380 distinct pods among 4,537 files: each is parsed once.
    const pods = new Map<string, Resource | undefined>()
    for (const f of all) {
      const text = readFileSync(f.file, 'utf8')
      if (!pods.has(text)) pods.set(text, findResources(parseStream(text))[0])
      const pod = pods.get(text)
      const where = `${f.level}/${f.version}/${f.expect}/${f.name}`
      if (!pod) {
        wrong.push(`${where}: no pod found`)
        continue
      }
      const pss = evaluatePss(pod, f.level, f.version)
      if (pss.allowed !== (f.expect === 'pass')) {
        wrong.push(`${where}: ${pss.allowed ? 'allowed' : pss.message}`)
        continue
      }
      const check = f.name.replace(/\d+$/, '')
      const accepted = deniers(check)
      if (f.expect === 'fail' && !pss.violations.some((v) => accepted.has(v.check.toLowerCase())))
        wrong.push(`${where}: denied by ${pss.violations.map((v) => v.check).join(', ')}, not ${check}`)
    }
    expect(all.length).toBe(4537)
    expect(pods.size).toBe(380)
    expect(wrong).toEqual([])
  }, 60_000)
})
