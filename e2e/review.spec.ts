import { expect, test, type Page } from '@playwright/test'
import { REVIEW_BUNDLE } from '../src/core/testdata/three'

/** Issue 13's bundle: a Deployment on the node's network, a StatefulSet, a CronJob with an init container. */
const BUNDLE = REVIEW_BUNDLE

async function open(page: Page) {
  await page.goto('/')
  await page.waitForFunction(() => typeof window.secctx?.setText === 'function')
  await page.evaluate((t) => window.secctx!.setText(t), BUNDLE)
  await expect.poll(() => getText(page)).toBe(BUNDLE)
  await page.getByRole('tab', { name: 'Problems' }).click()
  const fixAll = page.getByRole('button', { name: 'Fix all resources' })
  await expect(fixAll).toBeEnabled()
  await fixAll.click()
  const dialog = page.getByRole('dialog', { name: 'Review changes' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeEnabled()
  return { dialog, fixAll }
}

const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())
const resourcePicker = (page: Page) => page.getByRole('combobox', { name: 'Resource', exact: true })

test('"Fix all resources" → Review changes → Apply: every resource passes; one Ctrl+Z restores the text', async ({
  page,
}) => {
  const { dialog } = await open(page)
  await expect(dialog.getByRole('region', { name: /^Diff/ }).locator('.monaco-diff-editor')).toBeVisible()
  for (const name of ['Deployment/web', 'StatefulSet/db', 'CronJob/backup']) {
    await expect(dialog.getByRole('region', { name })).toContainText('passes restricted after these changes')
  }
  await expect(dialog.getByRole('checkbox', { name: /hostNetwork true → false/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog).toBeHidden()

  const fixed = await getText(page)
  expect(fixed).not.toBe(BUNDLE)
  expect(fixed).toContain('hostNetwork: false')
  await expect(page.getByText('every resource passes restricted')).toBeVisible()
  for (let i = 0; i < 3; i++) {
    await resourcePicker(page).selectOption({ index: i })
    await expect(page.getByText('Passes: restricted')).toBeVisible()
  }

  await page
    .getByRole('region', { name: 'YAML editor' })
    .getByRole('textbox', { name: /YAML editor/ })
    .focus()
  await page.keyboard.press('Control+z')
  await expect.poll(() => getText(page)).toBe(BUNDLE)
})

test('Cancel and Escape change nothing, and give focus back to "Fix all resources"', async ({ page }) => {
  const { dialog, fixAll } = await open(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(fixAll).toBeFocused()
  expect(await getText(page)).toBe(BUNDLE)

  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Review changes' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(fixAll).toBeFocused()
  expect(await getText(page)).toBe(BUNDLE)
})

test('unticking a may-break change keeps that field; the rest is applied', async ({ page }) => {
  const { dialog } = await open(page)
  const host = dialog.getByRole('checkbox', { name: /hostNetwork true → false/ })
  await host.uncheck()
  await expect(host).not.toBeChecked()
  const web = dialog.getByRole('region', { name: 'Deployment/web' })
  await expect(web).toContainText('still fails restricted')
  await expect(web.getByRole('list', { name: /^Not fixed/ })).toContainText('left out in the review')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog).toBeHidden()
  const text = await getText(page)
  expect(text).toContain('      hostNetwork: true\n')
  expect(text).toContain('allowPrivilegeEscalation: false')
  await expect(page.getByText('1 of 3 to make pass restricted')).toBeVisible()
})
