import { expect, test, type Page } from '@playwright/test'

// One crashing view (forced with the test switch `?crash=<view>`) shows "The <view> view crashed: …" and "Try again" in
// its own place; the text and the other views keep working, and "Try again" brings the view back with the current text.
// The side pane's tabs (Effective, Problems, Learn) crash one at a time, too.

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: crash-demo
spec:
  securityContext:
    runAsUser: 1000
  containers:
  - name: app
    image: busybox:1.36
`
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const runAsUser = (page: Page) => region(page, 'Pod securityContext').getByLabel('runAsUser', { exact: true })
const shell = (page: Page) => page.getByRole('region', { name: 'Simulated shell' })
const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())
const setText = (page: Page, t: string) => page.evaluate((t) => window.secctx!.setText(t), t)
const crashAlert = (page: Page, view: string) =>
  page.getByRole('alert').filter({ hasText: `crashed: test crash of the ${view} view (?crash=${view})` })

test('the forms crash alone: the editor and the effective view keep working, Try again restores them', async ({
  page,
}) => {
  await page.goto('/?crash=forms')
  const forms = region(page, 'Forms')
  await expect(forms.getByRole('alert')).toHaveText(
    /^The Forms view crashed: test crash of the forms view \(\?crash=forms\)/,
  )
  await expect(region(page, 'Pod securityContext')).toHaveCount(0)
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 })
  await setText(page, POD)
  await expect(shell(page)).toContainText('uid=1000')
  await setText(page, POD.replace('runAsUser: 1000', 'runAsUser: 1234'))
  await expect(shell(page)).toContainText('uid=1234')
  await forms.getByRole('button', { name: 'Try again' }).click()
  await expect(runAsUser(page)).toHaveValue('1234')
  await expect(crashAlert(page, 'forms')).toHaveCount(0)
  expect(await getText(page)).toBe(POD.replace('runAsUser: 1000', 'runAsUser: 1234'))
})

test('the editor crashes alone: window.secctx and the forms keep the text, Try again shows it in Monaco', async ({
  page,
}) => {
  await page.goto('/?crash=editor')
  const editor = region(page, 'YAML editor')
  await expect(editor.getByRole('alert')).toHaveText(
    /^The YAML editor view crashed: test crash of the editor view/,
  )
  await setText(page, POD)
  await expect(runAsUser(page)).toHaveValue('1000')
  // A form edit with no editor lands in the text directly.
  await runAsUser(page).fill('2000')
  await runAsUser(page).press('Enter')
  const edited = POD.replace('runAsUser: 1000', 'runAsUser: 2000')
  await expect.poll(() => getText(page)).toBe(edited)
  await expect(shell(page)).toContainText('uid=2000')
  await editor.getByRole('button', { name: 'Try again' }).click()
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 20_000 })
  await expect(editor.locator('.view-line', { hasText: 'runAsUser: 2000' })).toBeVisible()
  expect(await getText(page)).toBe(edited)
  await expect(crashAlert(page, 'editor')).toHaveCount(0)
})

test('the details pane crashes alone: forms and editor stay in sync', async ({ page }) => {
  await page.goto('/?crash=details')
  const details = region(page, 'Details')
  await expect(details.getByRole('alert')).toHaveText(
    /^The Details view crashed: test crash of the details view/,
  )
  await expect(page.getByRole('tab', { name: 'Effective' })).toHaveCount(0)
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 })
  await setText(page, POD)
  await expect(runAsUser(page)).toHaveValue('1000')
  await details.getByRole('button', { name: 'Try again' }).click()
  await expect(shell(page)).toContainText('uid=1000')
  expect(await getText(page)).toBe(POD)
})

test('without the switch no view crashes', async ({ page }) => {
  await page.goto('/?crash=nothing')
  await expect(runAsUser(page)).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Effective' })).toBeVisible()
  await expect(page.getByText(/ view crashed/)).toHaveCount(0)
})

// A crash inside one side tab stays inside that tab's panel: the tab bar, the other tabs, the forms and the text work.
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: false })
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name })
const problemsList = (page: Page) => page.getByRole('list', { name: 'Problems' })
const lessonsStart = (page: Page) => page.getByRole('button', { name: 'Start the lessons' })

test('the Effective tab crashes alone: Problems and Learn work, the text stays, Try again brings it back', async ({
  page,
}) => {
  await page.goto('/?crash=effective')
  await expect(panel(page, 'Effective').getByRole('alert')).toHaveText(
    /^The Effective view crashed: test crash of the effective view \(\?crash=effective\)Your YAML is kept/,
  )
  await expect(shell(page)).toHaveCount(0)
  await setText(page, POD)
  await expect(runAsUser(page)).toHaveValue('1000')
  await tab(page, 'Problems').click()
  await expect(problemsList(page).getByRole('listitem').first()).toBeVisible()
  await expect(problemsList(page)).toContainText('runAsNonRoot')
  await tab(page, 'Learn').click()
  await expect(lessonsStart(page)).toBeVisible()
  await tab(page, 'Effective').click()
  // Keyboard: Try again, then focus stays in the restored panel instead of falling to the page.
  await panel(page, 'Effective').getByRole('button', { name: 'Try again' }).focus()
  await page.keyboard.press('Enter')
  await expect(shell(page)).toContainText('uid=1000')
  await expect(panel(page, 'Effective')).toBeFocused()
  await expect(crashAlert(page, 'effective')).toHaveCount(0)
  expect(await getText(page)).toBe(POD)
})

test('the Problems tab crashes alone: Effective and Learn work, forms and text stay in sync', async ({
  page,
}) => {
  await page.goto('/?crash=problems')
  await setText(page, POD)
  await expect(shell(page)).toContainText('uid=1000')
  await runAsUser(page).fill('2000')
  await runAsUser(page).press('Enter')
  const edited = POD.replace('runAsUser: 1000', 'runAsUser: 2000')
  await expect.poll(() => getText(page)).toBe(edited)
  await expect(shell(page)).toContainText('uid=2000')
  // The tab itself still works (its problem count included) and the arrow keys move on; its panel holds the message.
  await expect(tab(page, 'Problems')).toHaveText(/^Problems\d+$/)
  await tab(page, 'Problems').click()
  await expect(panel(page, 'Problems').getByRole('alert')).toHaveText(
    /^The Problems view crashed: test crash of the problems view \(\?crash=problems\)/,
  )
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'Learn')).toBeFocused()
  await expect(lessonsStart(page)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(tab(page, 'Problems')).toBeFocused()
  await expect(problemsList(page)).toHaveCount(0)
  await panel(page, 'Problems').getByRole('button', { name: 'Try again' }).click()
  await expect(problemsList(page)).toContainText('runAsNonRoot')
  await expect(crashAlert(page, 'problems')).toHaveCount(0)
  expect(await getText(page)).toBe(edited)
})

test('the Learn tab crashes alone: Effective and Problems work, Try again shows the lessons', async ({
  page,
}) => {
  await page.goto('/?crash=learn')
  await setText(page, POD)
  await expect(shell(page)).toContainText('uid=1000')
  await tab(page, 'Problems').click()
  await expect(problemsList(page)).toContainText('runAsNonRoot')
  await tab(page, 'Learn').click()
  await expect(panel(page, 'Learn').getByRole('alert')).toHaveText(
    /^The Learn view crashed: test crash of the learn view \(\?crash=learn\)/,
  )
  await expect(lessonsStart(page)).toHaveCount(0)
  await panel(page, 'Learn').getByRole('button', { name: 'Try again' }).click()
  await expect(lessonsStart(page)).toBeVisible()
  await expect(crashAlert(page, 'learn')).toHaveCount(0)
  expect(await getText(page)).toBe(POD)
})
