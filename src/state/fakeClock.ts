import type { Clock } from './clock'

/**
 * A clock for tests: `now()` moves on by `tick` ms at every read (so work sliced by time yields after a known
 * number of steps), and timers run only when the test calls `advance`.
 */
export function fakeClock(tick = 1) {
  let time = 0
  let next = 0
  const timers = new Map<number, { at: number; ms: number; run: () => void }>()
  const clock: Clock = {
    now: () => (time += tick),
    setTimeout: (run, ms) => {
      timers.set(++next, { at: time + ms, ms, run })
      return next
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  }
  /**
   * Runs the timers due within `ms` from now, in time order, including those they set; a zero-delay timer (the
   * next slice of sliced work) always runs, though the clock reads it made have moved time past the window.
   */
  const advance = (ms: number) => {
    const until = time + ms
    for (;;) {
      const due = [...timers]
        .filter(([, t]) => t.at <= until || t.ms === 0)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      timers.delete(due[0])
      time = Math.max(time, due[1].at)
      due[1].run()
    }
    time = Math.max(time, until)
  }
  return { clock, advance, pending: () => timers.size }
}
