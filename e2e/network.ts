import { expect, type Page } from '@playwright/test'

/**
 * Tracks the page's requests from now on; `quiet()` resolves once none has started for `ms` (the lazily loaded
 * parts are in), failing after 20 s. A readiness condition, not a fixed sleep: it returns as soon as it holds.
 */
export function trackNetwork(page: Page) {
  let last = Date.now()
  page.on('request', () => {
    last = Date.now()
  })
  return {
    quiet: (ms = 500) => expect.poll(() => Date.now() - last, { timeout: 20_000 }).toBeGreaterThan(ms),
  }
}
