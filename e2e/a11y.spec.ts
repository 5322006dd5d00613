import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, type App } from './fixtures'

// Contrast and the other axe rules (issue 15), Monaco included: no rule is switched off and nothing is excluded.
// A full axe run takes a few seconds on an idle 2-core box (45 s on a loaded one): scans after the first in a test
// cover only the panes that changed, and no test runs more than two full scans.
test.describe.configure({ timeout: 150_000 })

/** The violations, each with its rule, one line of help and the first few offending elements. */
async function violations(page: Page, only: string[] = []) {
  const builder = new AxeBuilder({ page })
  for (const selector of only) builder.include(selector)
  const result = await builder.analyze()
  return result.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`),
  }))
}

/** From the first visit's welcome into the first lesson step: highlighted lines in Monaco, the lesson's shell output. */
async function startLessons(app: App) {
  await app.page.getByRole('button', { name: 'Open the lessons' }).click()
  await app.lessons.getByRole('button', { name: 'Start the lessons' }).click()
  await expect(app.editor.locator('.secctx-highlight-inline').first()).toBeVisible()
}

test('axe: no violations in the light theme, first visit and a lesson step with highlights', async ({
  app,
  page,
}) => {
  await app.open('/', { storage: { 'secctx:theme': 'light' } })
  expect(await violations(page)).toEqual([])
  await startLessons(app)
  expect(await violations(page, ['#pane-editor', '#pane-side'])).toEqual([])
})

const DARK_LARGE = { 'secctx:theme': 'dark', 'secctx:large-text': 'true' }

test('axe: no violations in the dark theme with Large text, first visit and a lesson step', async ({
  app,
  page,
}) => {
  await app.open('/', { storage: DARK_LARGE })
  expect(await violations(page)).toEqual([])
  await startLessons(app)
  expect(await violations(page, ['#pane-editor', '#pane-side'])).toEqual([])
})

test('axe: no violations in the dark theme with Large text, a lesson step in presentation mode and on a phone', async ({
  app,
  page,
}) => {
  await app.open('/', { storage: DARK_LARGE })
  await startLessons(app)
  await page.getByRole('button', { name: 'Presentation mode' }).click()
  await expect(app.shell).toBeVisible()
  expect(await violations(page, ['header', '#pane-editor', '.pane-present'])).toEqual([])
  await page.getByRole('button', { name: 'Presentation mode' }).click()
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole('tablist', { name: 'Panes' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})
