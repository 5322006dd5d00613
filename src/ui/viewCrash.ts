/** Pure parts of the error boundary (ErrorBoundary.tsx): the message a crashed view shows, the test trigger. */

const MAX = 300

/**
 * `The <view> view crashed: <message>` (`This view crashed: …` without a name): the first line of what was thrown,
 * bounded, never itself throwing.
 */
export function crashMessage(error: unknown, view?: string): string {
  return `${view ? `The ${view} view` : 'This view'} crashed: ${describe(error)}`
}

function describe(error: unknown): string {
  let text: string
  try {
    if (error instanceof Error) text = error.message.trim() || error.name
    else if (typeof error === 'string') text = error.trim()
    else text = String(error)
  } catch {
    text = '' // a thrown object whose toString throws too
  }
  const line = text.split('\n')[0]!.trim()
  if (!line) return 'unknown error'
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line
}

/**
 * Test-only crash switch: `?crash=<view>` (comma-separated for several views) makes that view's boundary throw
 * from a child on its first render, so e2e tests can see the fallback. Nothing in the app links to it.
 */
export function crashRequested(search: string, view: string): boolean {
  const wanted = new URLSearchParams(search).getAll('crash').flatMap((v) => v.split(','))
  return wanted.some((v) => v.trim() === view)
}

/** What the test trigger throws, so a test can tell it from a real crash. */
export function testCrashError(view: string): Error {
  return new Error(`test crash of the ${view} view (?crash=${view})`)
}
