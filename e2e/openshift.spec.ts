import { openShiftChart } from '../src/core/testdata/openshift'
import { expect, test, type App } from './fixtures'

// Issue 17: the OpenShift platform. SCC admission (restricted-v2, the namespace's default range
// 1000750000/10000) assigns a uid, or rejects a hard-coded one with upstream's message.
const deployment = openShiftChart
const WITHOUT_UID = deployment('')
const WITH_UID = deployment(`          securityContext:
            runAsUser: 10000
`)

async function loadOnOpenShift(app: App, text: string) {
  await app.open(text)
  await app.picker('Platform').selectOption({ label: 'OpenShift' })
}

const resourceItem = async (app: App) => {
  await app.tab('Resources').click()
  return app.resources.getByRole('listitem').first()
}

test('no runAsUser: restricted-v2 assigns the first uid of the namespace range', async ({ app }) => {
  await loadOnOpenShift(app, WITHOUT_UID)
  await app.tab('Effective').click()
  const runAsUser = app.setting('runAsUser')
  await expect(runAsUser.getByRole('cell').first()).toContainText('1000750000')
  await expect(runAsUser).toContainText('SCC restricted-v2')
  await expect(app.shell).toContainText('uid=1000750000')
  await expect(await resourceItem(app)).toContainText('admitted by restricted-v2')
})

test('runAsUser 10000: SCC rejection with upstream text; the fix removes runAsUser and the pod is admitted', async ({
  app,
}) => {
  await loadOnOpenShift(app, WITH_UID)
  await app.tab('Problems').click()
  const list = app.problems
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
  expect(await app.getText()).not.toContain('runAsUser')
  await expect(await resourceItem(app)).toContainText('admitted by restricted-v2')
  await app.tab('Effective').click()
  await expect(app.shell).toContainText('uid=1000750000')
})

test('the platform and the OpenShift inputs survive a reload', async ({ app, page }) => {
  await loadOnOpenShift(app, WITHOUT_UID)
  const range = page.getByRole('textbox', { name: 'Namespace uid range' })
  await app.commit(range, '1000000000/5000')
  await page.getByRole('checkbox', { name: 'anyuid' }).check()
  await page.reload()
  await app.ready()
  await expect(app.picker('Platform')).toHaveValue('openshift')
  await expect(page.getByRole('textbox', { name: 'Namespace uid range' })).toHaveValue('1000000000/5000')
  await expect(page.getByRole('checkbox', { name: 'anyuid' })).toBeChecked()
})
