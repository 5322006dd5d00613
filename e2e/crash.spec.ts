import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

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
const crashAlert = (page: Page, view: string) =>
  page.getByRole('alert').filter({ hasText: `crashed: test crash of the ${view} view (?crash=${view})` })

test('the forms crash alone: the editor and the effective view keep working, Try again restores them', async ({
  app,
  page,
}) => {
  await app.open('/?crash=forms')
  const forms = region(page, 'Forms')
  await expect(forms.getByRole('alert')).toHaveText(
    /^The Forms view crashed: test crash of the forms view \(\?crash=forms\)/,
  )
  await expect(region(page, 'Pod securityContext')).toHaveCount(0)
  await app.setText(POD)
  await expect(app.shell).toContainText('uid=1000')
  await app.setText(POD.replace('runAsUser: 1000', 'runAsUser: 1234'))
  await expect(app.shell).toContainText('uid=1234')
  await forms.getByRole('button', { name: 'Try again' }).click()
  await expect(app.podField('runAsUser')).toHaveValue('1234')
  await expect(crashAlert(page, 'forms')).toHaveCount(0)
  expect(await app.getText()).toBe(POD.replace('runAsUser: 1000', 'runAsUser: 1234'))
})

test('the editor crashes alone: window.secctx and the forms keep the text, Try again shows it in Monaco', async ({
  app,
  page,
}) => {
  // No editor, so no readiness signal to wait for: window.secctx works on the store's text.
  await page.goto('/?crash=editor')
  const editor = app.editor
  await expect(editor.getByRole('alert')).toHaveText(
    /^The YAML editor view crashed: test crash of the editor view/,
  )
  await app.setText(POD)
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  // A form edit with no editor lands in the text directly.
  await app.commit(app.podField('runAsUser'), '2000')
  const edited = POD.replace('runAsUser: 1000', 'runAsUser: 2000')
  await expect.poll(() => app.getText()).toBe(edited)
  await expect(app.shell).toContainText('uid=2000')
  await editor.getByRole('button', { name: 'Try again' }).click()
  await app.ready()
  await expect(app.line('runAsUser: 2000')).toBeVisible()
  expect(await app.getText()).toBe(edited)
  await expect(crashAlert(page, 'editor')).toHaveCount(0)
})

test('the details pane crashes alone: forms and editor stay in sync', async ({ app, page }) => {
  await app.open('/?crash=details')
  const details = region(page, 'Details')
  await expect(details.getByRole('alert')).toHaveText(
    /^The Details view crashed: test crash of the details view/,
  )
  await expect(app.tab('Effective')).toHaveCount(0)
  await app.setText(POD)
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  await details.getByRole('button', { name: 'Try again' }).click()
  await expect(app.shell).toContainText('uid=1000')
  expect(await app.getText()).toBe(POD)
})

test('without the switch no view crashes', async ({ app, page }) => {
  await app.open('/?crash=nothing')
  await expect(app.podField('runAsUser')).toBeVisible()
  await expect(app.tab('Effective')).toBeVisible()
  await expect(page.getByText(/ view crashed/)).toHaveCount(0)
})

// A crash inside one side tab stays inside that tab's panel: the tab bar, the other tabs, the forms and the text work.
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name })
const lessonsStart = (page: Page) => page.getByRole('button', { name: 'Start the lessons' })

test('the Effective tab crashes alone: Problems and Learn work, the text stays, Try again brings it back', async ({
  app,
  page,
}) => {
  await app.open('/?crash=effective')
  await expect(panel(page, 'Effective').getByRole('alert')).toHaveText(
    /^The Effective view crashed: test crash of the effective view \(\?crash=effective\)Your YAML is kept/,
  )
  await expect(app.shell).toHaveCount(0)
  await app.setText(POD)
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  await app.tab('Problems').click()
  await expect(app.problems.getByRole('listitem').first()).toBeVisible()
  await expect(app.problems).toContainText('runAsNonRoot')
  await app.tab('Learn').click()
  await expect(lessonsStart(page)).toBeVisible()
  await app.tab('Effective').click()
  // Keyboard: Try again, then focus stays in the restored panel instead of falling to the page.
  await panel(page, 'Effective').getByRole('button', { name: 'Try again' }).focus()
  await page.keyboard.press('Enter')
  await expect(app.shell).toContainText('uid=1000')
  await expect(panel(page, 'Effective')).toBeFocused()
  await expect(crashAlert(page, 'effective')).toHaveCount(0)
  expect(await app.getText()).toBe(POD)
})

test('the Problems tab crashes alone: Effective and Learn work, forms and text stay in sync', async ({
  app,
  page,
}) => {
  await app.open('/?crash=problems')
  await app.setText(POD)
  await expect(app.shell).toContainText('uid=1000')
  await app.commit(app.podField('runAsUser'), '2000')
  const edited = POD.replace('runAsUser: 1000', 'runAsUser: 2000')
  await expect.poll(() => app.getText()).toBe(edited)
  await expect(app.shell).toContainText('uid=2000')
  // The tab itself still works (its problem count included) and the arrow keys move on; its panel holds the message.
  await expect(app.tab('Problems')).toHaveText(/^Problems\d+$/)
  await app.tab('Problems').click()
  await expect(panel(page, 'Problems').getByRole('alert')).toHaveText(
    /^The Problems view crashed: test crash of the problems view \(\?crash=problems\)/,
  )
  await page.keyboard.press('ArrowRight')
  await expect(app.tab('Learn')).toBeFocused()
  await expect(lessonsStart(page)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(app.tab('Problems')).toBeFocused()
  await expect(app.problems).toHaveCount(0)
  await panel(page, 'Problems').getByRole('button', { name: 'Try again' }).click()
  await expect(app.problems).toContainText('runAsNonRoot')
  await expect(crashAlert(page, 'problems')).toHaveCount(0)
  expect(await app.getText()).toBe(edited)
})

test('the Learn tab crashes alone: Effective and Problems work, Try again shows the lessons', async ({
  app,
  page,
}) => {
  await app.open('/?crash=learn')
  await app.setText(POD)
  await expect(app.shell).toContainText('uid=1000')
  await app.tab('Problems').click()
  await expect(app.problems).toContainText('runAsNonRoot')
  await app.tab('Learn').click()
  await expect(panel(page, 'Learn').getByRole('alert')).toHaveText(
    /^The Learn view crashed: test crash of the learn view \(\?crash=learn\)/,
  )
  await expect(lessonsStart(page)).toHaveCount(0)
  await panel(page, 'Learn').getByRole('button', { name: 'Try again' }).click()
  await expect(lessonsStart(page)).toBeVisible()
  await expect(crashAlert(page, 'learn')).toHaveCount(0)
  expect(await app.getText()).toBe(POD)
})
