import { expect, test, type App } from './fixtures'

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

const back = (app: App) => app.page.getByRole('button', { name: 'Back to your manifest' })

test('paste a manifest, start the lessons, reload: the manifest is there, and the lesson one click away', async ({
  app,
  page,
}) => {
  await app.open(MINE)
  await app.tab('Learn').click()
  await app.lessons.getByRole('button', { name: 'Start the lessons' }).click()
  await expect(app.lessons.getByText(/^Step 1 of \d+$/)).toBeVisible()
  await app.lessons.getByRole('button', { name: 'Next' }).click()
  await expect(app.lessons.getByText(/^Step 2 of \d+$/)).toBeVisible()
  expect(await app.getText()).not.toContain('my-work')
  await expect(back(app)).toBeVisible()

  await page.reload()
  await app.ready()
  expect(await app.getText()).toBe(MINE)
  await expect(page.getByText('Restored your last session: your manifest is back.')).toBeVisible()
  // The lesson, at the step it was on, is one click away.
  await page.getByRole('button', { name: 'Reopen the lessons' }).click()
  await expect(app.lessons.getByText(/^Step 2 of \d+$/)).toBeVisible()
  await expect(page).toHaveURL(/#lesson=no-run-as-group$/)
  // Exit lessons brings the manifest back, exactly.
  await app.lessons.getByRole('button', { name: 'Exit lessons' }).click()
  await expect.poll(() => app.getText()).toBe(MINE)
})

test('open an example: "Back to your manifest" restores the exact text', async ({ app, page }) => {
  await app.open(MINE)
  await app.picker('Examples').selectOption({ label: 'Hardened Deployment (restricted)' })
  await expect.poll(() => app.getText()).toContain('kind: Deployment')
  await expect(page.getByRole('status').filter({ hasText: 'Showing an example' })).toBeVisible()
  await back(app).click()
  await expect.poll(() => app.getText()).toBe(MINE)
  await expect(back(app)).toHaveCount(0)
  // The autosave held the manifest all along: a reload shows it.
  await page.reload()
  await app.ready()
  expect(await app.getText()).toBe(MINE)
})
