/**
 * The Simulated shell's lines against what the container printed, line by line. Two readings, both said in
 * the output: `ls -l` lines lose the date (the transcript prints `…`), keeping busybox's columns; and the
 * Cap lines keep only what this host's bounding set holds (runc cannot give more, and was not asked to).
 */
import { formatCapMask } from '../../src/core/k8s/capabilities'
import type { ShellStep } from '../../src/core/effective/transcript'

/** busybox `ls -l`: its columns, then the date (`Dec  2 10:44` or `Dec  2  2025`), then the name. */
const LS_DATE =
  /^(.*\d) ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d (?:\d\d:\d\d| \d{4})) (.*)$/

/** An `ls -l` line as the transcript prints it: busybox's columns kept, the date shown as `…`. */
export function normalise(step: ShellStep, line: string): string {
  if (step.kind !== 'ls' && step.kind !== 'write') return line
  const m = LS_DATE.exec(line)
  return m ? `${m[1]} … ${m[3]}` : line
}

/** A Cap line of the transcript as this host can show it. */
export function onHost(line: string, bounding: bigint): string {
  const m = /^(Cap\w+):\t([0-9a-f]{16})$/.exec(line)
  return m ? `${m[1]}:\t${formatCapMask(BigInt(`0x${m[2]}`) & bounding)}` : line
}

export interface Mismatch {
  command: string
  expected: string[]
  actual: string[]
}

/** Splits the container's stdout at the `@@<step>` markers. */
export function outputs(stdout: string, count: number): string[][] {
  const out: string[][] = Array.from({ length: count }, () => [])
  let at = -1
  for (const line of stdout.split('\n')) {
    const m = /^@@(\d+)$/.exec(line)
    if (m) at = Number(m[1])
    else if (at >= 0 && at < count && line !== '') out[at]!.push(line)
  }
  return out
}

export function compare(steps: readonly ShellStep[], stdout: string, bounding: bigint): Mismatch[] {
  const real = outputs(stdout, steps.length)
  const out: Mismatch[] = []
  steps.forEach((step, i) => {
    const expected = step.output.map((l) => onHost(l, bounding))
    const actual = (real[i] ?? []).map((l) => normalise(step, l))
    if (expected.length !== actual.length || expected.some((l, j) => l !== actual[j]))
      out.push({ command: step.command, expected, actual })
  })
  return out
}
