import { expect, test, type Page } from '@playwright/test'
import { openShiftChart } from '../src/core/testdata/openshift'

// Issue 17: the OpenShift platform. SCC admission (restricted-v2, the namespace's default range
// 1000750000/10000) assigns a uid, or rejects a hard-coded one with upstream's message.
const deployment = openShiftChart
const WITHOUT_UID = deployment('')
const WITH_UID = deployment(`          securityContext:
            runAsUser: 10000
`)

async function loadOnOpenShift(page: Page, text: string) {
  await page.goto('/')
  await page.waitForFunction(() => typeof window.secctx?.setText === 'function')
  await page.evaluate((t) => window.secctx!.setText(t), text)
  await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'OpenShift' })
}

const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())
const shell = (page: Page) => page.getByRole('region', { name: 'Simulated shell' })
const row = (page: Page, field: string) =>
  page
    .getByRole('table', { name: 'Effective settings' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: field, exact: true }) })
const resourceItem = async (page: Page) => {
  await page.getByRole('tab', { name: 'Resources' }).click()
  return page.getByRole('list', { name: 'Resources' }).getByRole('listitem').first()
}

test('no runAsUser: restricted-v2 assigns the first uid of the namespace range', async ({ page }) => {
  await loadOnOpenShift(page, WITHOUT_UID)
  await page.getByRole('tab', { name: 'Effective' }).click()
  const runAsUser = row(page, 'runAsUser')
  await expect(runAsUser.getByRole('cell').first()).toContainText('1000750000')
  await expect(runAsUser).toContainText('SCC restricted-v2')
  await expect(shell(page)).toContainText('uid=1000750000')
  await expect(await resourceItem(page)).toContainText('admitted by restricted-v2')
})

test('runAsUser 10000: SCC rejection with upstream text; the fix removes runAsUser and the pod is admitted', async ({
  page,
}) => {
  await loadOnOpenShift(page, WITH_UID)
  await page.getByRole('tab', { name: 'Problems' }).click()
  const list = page.getByRole('list', { name: 'Problems' })
  const scc = list.getByRole('listitem').filter({ hasText: /^SCC/ })
  await expect(scc.first()).toContainText(
    'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
  )
  const fix = scc
    .first()
    .getByRole('button', { name: 'Remove runAsUser (OpenShift assigns one from the namespace range)' })
  await expect(fix).toBeEnabled()
  await fix.click() // a single problem's fix applies directly (only the level fix opens Review changes)
  await expect(scc).toHaveCount(0)
  expect(await getText(page)).not.toContain('runAsUser')
  await expect(await resourceItem(page)).toContainText('admitted by restricted-v2')
  await page.getByRole('tab', { name: 'Effective' }).click()
  await expect(shell(page)).toContainText('uid=1000750000')
})

test('the platform and the OpenShift inputs survive a reload', async ({ page }) => {
  await loadOnOpenShift(page, WITHOUT_UID)
  const range = page.getByRole('textbox', { name: 'Namespace uid range' })
  await range.fill('1000000000/5000')
  await range.press('Enter')
  await page.getByRole('checkbox', { name: 'anyuid' }).check()
  await page.reload()
  await page.waitForFunction(() => typeof window.secctx?.setText === 'function')
  await expect(page.getByRole('combobox', { name: 'Platform' })).toHaveValue('openshift')
  await expect(page.getByRole('textbox', { name: 'Namespace uid range' })).toHaveValue('1000000000/5000')
  await expect(page.getByRole('checkbox', { name: 'anyuid' })).toBeChecked()
})
