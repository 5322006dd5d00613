// Reads the vitest and Playwright JSON reports and prints the final `N passed, N failed` line.
import { existsSync, readFileSync } from 'node:fs'

const status = Number(process.argv[2] ?? 1)
let passed = 0
let failed = 0
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null)

/** The tests of a Playwright JSON report whose outcome is 'flaky' (failed, then passed on a retry): `file › title`. */
function flakyTitles(suites, titles = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) if (t.status === 'flaky') titles.push(`${spec.file} › ${spec.title}`)
    flakyTitles(suite.suites ?? [], titles)
  }
  return titles
}

// Each report is written at the start of its run's step, so a stale one from an earlier run is removed by .ci/run.
const unit = read('reports/unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
}
const e2e = read('reports/e2e.json')
if (e2e) {
  // A test that passes only on its retry is flaky, and flaky counts as failed (playwright.config: failOnFlakyTests).
  passed += e2e.stats.expected
  failed += e2e.stats.unexpected + e2e.stats.flaky
  for (const title of flakyTitles(e2e.suites ?? [])) console.log(`flaky, counted as failed: ${title}`)
}
// A failure before or between the suites (typecheck, lint, build) counts as one failed step.
if (status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(status === 0 && failed === 0 ? 0 : 1)
