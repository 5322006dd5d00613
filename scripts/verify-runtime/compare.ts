/**
 * The Simulated shell's lines against what the container printed, line by line. Two readings, both said in
 * the output: `ls -l` lines lose the date (the transcript prints `...`) and busybox's column padding; and the
 * Cap lines keep only what this host's bounding set holds (runc cannot give more, and was not asked to).
 */
import { formatCapMask } from '../../src/core/k8s/capabilities'
import type { ShellStep } from '../../src/core/effective/transcript'

/** busybox `ls -l`: mode, links, owner, group, size, month, day, time or year, name. */
const LS = /^([-dlcbps][-rwxsStT]{9})\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+)\s+\w{3}\s+\d+\s+[\d:]+\s+(.*)$/

export function normalise(step: ShellStep, line: string): string {
  if (step.kind !== 'ls' && step.kind !== 'write') return line
  const m = LS.exec(line)
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]} ${m[5]} ... ${m[6]}` : line
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
