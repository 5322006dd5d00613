/** Entry of `npm run -s cli -- <command> ...` (tsx src/cli/main.ts). */
import { readFileSync } from 'node:fs'
import { run } from './run'

function main(): number {
  try {
    return run(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stdin: () => readFileSync(0),
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    })
  } catch (e) {
    // Never a stack trace: one line naming what failed.
    process.stderr.write(`secctx: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
}

process.exitCode = main()
