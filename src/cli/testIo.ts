/** Test helper: run the CLI in-process and capture what it prints. */
import { run } from './run'

export function cli(argv: string[], stdin = '', columns?: number) {
  let stdout = ''
  let stderr = ''
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: () => new TextEncoder().encode(stdin),
    columns,
  })
  return { code, stdout, stderr }
}

/** The testdata folder, relative to the repository root (tests run from there). */
export const TD = 'src/cli/testdata'

/** The walkthrough manifests (they exist once, in fixtures/walkthrough/: issue 12). */
export const WALK = 'fixtures/walkthrough'
