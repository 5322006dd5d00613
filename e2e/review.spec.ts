import { REVIEW_BUNDLE } from '../src/core/testdata/three'
import { expect, test, type App } from './fixtures'

/** Issue 13's bundle: a Deployment on the node's network, a StatefulSet, a CronJob with an init container. */
const BUNDLE = REVIEW_BUNDLE

/** Opens the bundle, then "Fix all resources" on the Problems tab: the Review changes dialog, ready to apply. */
async function reviewAll(app: App) {
  await app.open(BUNDLE)
  await app.tab('Problems').click()
  const fixAll = app.page.getByRole('button', { name: 'Fix all resources' })
  await expect(fixAll).toBeEnabled()
  await fixAll.click()
  const dialog = app.page.getByRole('dialog', { name: 'Review changes' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeEnabled()
  return { dialog, fixAll }
}

test('"Fix all resources" → Review changes → Apply: every resource passes; one Ctrl+Z restores the text', async ({
  app,
  page,
}) => {
  const { dialog } = await reviewAll(app)
  await expect(dialog.getByRole('region', { name: /^Diff/ }).locator('.monaco-diff-editor')).toBeVisible()
  for (const name of ['Deployment/web', 'StatefulSet/db', 'CronJob/backup']) {
    await expect(dialog.getByRole('region', { name })).toContainText('passes restricted after these changes')
  }
  await expect(dialog.getByRole('checkbox', { name: /hostNetwork true → false/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog).toBeHidden()

  const fixed = await app.getText()
  expect(fixed).not.toBe(BUNDLE)
  expect(fixed).toContain('hostNetwork: false')
  await expect(page.getByText('every resource passes restricted')).toBeVisible()
  for (let i = 0; i < 3; i++) {
    await app.picker('Resource').selectOption({ index: i })
    await expect(page.getByText('Passes: restricted')).toBeVisible()
  }

  await app.undo()
  await expect.poll(() => app.getText()).toBe(BUNDLE)
})

test('Cancel and Escape change nothing, and give focus back to "Fix all resources"', async ({
  app,
  page,
}) => {
  const { dialog, fixAll } = await reviewAll(app)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(fixAll).toBeFocused()
  expect(await app.getText()).toBe(BUNDLE)

  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Review changes' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(fixAll).toBeFocused()
  expect(await app.getText()).toBe(BUNDLE)
})

test('unticking a may-break change keeps that field; the rest is applied', async ({ app, page }) => {
  const { dialog } = await reviewAll(app)
  const host = dialog.getByRole('checkbox', { name: /hostNetwork true → false/ })
  await host.uncheck()
  await expect(host).not.toBeChecked()
  const web = dialog.getByRole('region', { name: 'Deployment/web' })
  await expect(web).toContainText('still fails restricted')
  await expect(web.getByRole('list', { name: /^Not fixed/ })).toContainText('left out in the review')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog).toBeHidden()
  const text = await app.getText()
  expect(text).toContain('      hostNetwork: true\n')
  expect(text).toContain('allowPrivilegeEscalation: false')
  await expect(page.getByText('1 of 3 to make pass restricted')).toBeVisible()
})
