import { expect, test, type Page } from '@playwright/test'

/** Issue 15 §6: lessons, examples and share links never overwrite the user's manifest. */
test.describe.configure({ timeout: 60_000 })

/** A pasted manifest with the things a restore must keep exactly: a comment, CRLF, unicode. */
const MINE = `# my pod — café ✓\r
apiVersion: v1\r
kind: Pod\r
metadata:\r
  name: my-work\r
spec:\r
  containers:\r
  - name: app\r
    image: busybox:1.28\r
    securityContext:\r
      runAsUser: 4242\r
`

const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())
const lessons = (page: Page) => page.getByRole('region', { name: 'Lessons' })
const back = (page: Page) => page.getByRole('button', { name: 'Back to your manifest' })

async function paste(page: Page) {
  await page.goto('/')
  const input = page
    .getByRole('region', { name: 'YAML editor' })
    .getByRole('textbox', { name: /YAML editor/ })
  await expect(input).toBeAttached({ timeout: 20_000 })
  await page.evaluate((t) => window.secctx!.setText(t), MINE)
}

test('paste a manifest, start the lessons, reload: the manifest is there, and the lesson one click away', async ({
  page,
}) => {
  await paste(page)
  await page.getByRole('tab', { name: 'Learn' }).click()
  await lessons(page).getByRole('button', { name: 'Start the lessons' }).click()
  await expect(lessons(page).getByText(/^Step 1 of \d+$/)).toBeVisible()
  await lessons(page).getByRole('button', { name: 'Next' }).click()
  await expect(lessons(page).getByText(/^Step 2 of \d+$/)).toBeVisible()
  expect(await getText(page)).not.toContain('my-work')
  await expect(back(page)).toBeVisible()

  await page.reload()
  await expect.poll(() => getText(page), { timeout: 20_000 }).toBe(MINE)
  await expect(page.getByText('Restored your last session: your manifest is back.')).toBeVisible()
  // The lesson, at the step it was on, is one click away.
  await page.getByRole('button', { name: 'Reopen the lessons' }).click()
  await expect(lessons(page).getByText(/^Step 2 of \d+$/)).toBeVisible()
  await expect(page).toHaveURL(/#lesson=no-run-as-group$/)
  // Exit lessons brings the manifest back, exactly.
  await lessons(page).getByRole('button', { name: 'Exit lessons' }).click()
  await expect.poll(() => getText(page)).toBe(MINE)
})

test('open an example: "Back to your manifest" restores the exact text', async ({ page }) => {
  await paste(page)
  await page
    .getByRole('combobox', { name: 'Examples' })
    .selectOption({ label: 'Hardened Deployment (restricted)' })
  await expect.poll(() => getText(page)).toContain('kind: Deployment')
  await expect(page.getByRole('status').filter({ hasText: 'Showing an example' })).toBeVisible()
  await back(page).click()
  await expect.poll(() => getText(page)).toBe(MINE)
  await expect(back(page)).toHaveCount(0)
  // The autosave held the manifest all along: a reload shows it.
  await page.reload()
  await expect.poll(() => getText(page), { timeout: 20_000 }).toBe(MINE)
})
