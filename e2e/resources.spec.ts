import { THREE_RESOURCES } from '../src/core/testdata/three'
import { expect, test, type App } from './fixtures'

// The three-resource bundle of issue 13 (one copy, shared with the unit tests).
const BUNDLE = THREE_RESOURCES

async function load(app: App) {
  await app.open(BUNDLE)
  await expect(app.picker('Resource').locator('option')).toHaveCount(3)
}

const item = (app: App, name: string) => app.resources.getByRole('listitem').filter({ hasText: name })

async function openResources(app: App) {
  await load(app)
  await app.tab('Resources').click()
  return app.resources
}

test('a three-resource bundle lists three resources with their verdicts and a summary', async ({
  app,
  page,
}) => {
  const list = await openResources(app)
  await expect(app.tab('Resources')).toHaveText('Resources3')
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('status').filter({ hasText: '3 resources' })).toHaveText(
    '3 resources · 2 fail restricted · 1 rejected (latest)',
  )

  const web = item(app, 'Deployment/web')
  await expect(web).toContainText('namespace shop · 1 container')
  await expect(web).toContainText('API server: accepts')
  await expect(web).toContainText('Pod Security: passes restricted')
  await expect(web).toContainText('kubelet: starts')

  const db = item(app, 'StatefulSet/db')
  await expect(db).toContainText('API server: accepts')
  await expect(db).toContainText(
    'Pod Security: fails restricted (allowPrivilegeEscalation, capabilities_restricted, runAsNonRoot, seccompProfile_restricted)',
  )
  await expect(db).toContainText('kubelet: starts')

  const backup = item(app, 'CronJob/backup')
  await expect(backup).toContainText('no namespace · 2 containers (1 init)')
  await expect(backup).toContainText('API server: rejects (1 error)')
  await expect(backup).toContainText('Pod Security: fails restricted (privileged, allowPrivilegeEscalation')
  await expect(backup).toContainText('kubelet: never reached')

  // The verdicts follow the chosen level: at baseline only the privileged CronJob fails.
  await app.picker('Pod Security level').selectOption('baseline')
  await expect(db).toContainText('Pod Security: passes baseline')
  await expect(backup).toContainText('Pod Security: fails baseline (privileged)')
  await expect(page.getByRole('status').filter({ hasText: '3 resources' })).toHaveText(
    '3 resources · 1 fails baseline · 1 rejected (latest)',
  )
})

test('the failing filter keeps only the resources some verdict turns down', async ({ app, page }) => {
  const list = await openResources(app)
  const filter = page.getByRole('checkbox', { name: 'Only failing resources' })
  await filter.check()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list.getByRole('listitem').nth(0)).toContainText('StatefulSet/db')
  await expect(list.getByRole('listitem').nth(1)).toContainText('CronJob/backup')
  await filter.uncheck()
  await expect(list.getByRole('listitem')).toHaveCount(3)
})

test('choosing a resource in the list selects it everywhere, and the list follows the picker', async ({
  app,
}) => {
  await openResources(app)
  await expect(app.picked('Resource')).toHaveText('Deployment/web')
  await item(app, 'StatefulSet/db').click()
  await expect(app.picked('Resource')).toHaveText('StatefulSet/db')
  await expect(item(app, 'StatefulSet/db').getByRole('button')).toHaveAttribute('aria-current', 'true')
  await expect(app.picked('Container')).toHaveText('postgres (container)')

  await app.picker('Resource').selectOption({ label: 'CronJob/backup' })
  await expect(item(app, 'CronJob/backup').getByRole('button')).toHaveAttribute('aria-current', 'true')
  await expect(item(app, 'StatefulSet/db').getByRole('button')).not.toHaveAttribute('aria-current', 'true')
})

test('the list is one Tab stop: arrow keys, Home and End move, Enter and Space select', async ({
  app,
  page,
}) => {
  await openResources(app)
  const button = (name: string) => item(app, name).getByRole('button')
  await button('Deployment/web').focus()
  await page.keyboard.press('ArrowDown')
  await expect(button('StatefulSet/db')).toBeFocused()
  await expect(app.picked('Resource')).toHaveText('Deployment/web')
  await page.keyboard.press('Enter')
  await expect(app.picked('Resource')).toHaveText('StatefulSet/db')
  await page.keyboard.press('End')
  await expect(button('CronJob/backup')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(app.picked('Resource')).toHaveText('CronJob/backup')
  await page.keyboard.press('Home')
  await expect(button('Deployment/web')).toBeFocused()
  await expect(button('Deployment/web')).toHaveAttribute('tabindex', '0')
  await expect(button('CronJob/backup')).toHaveAttribute('tabindex', '-1')
})

test('Problems of all resources: grouped by resource, and the tab count agrees with the list in both scopes', async ({
  app,
  page,
}) => {
  await load(app)
  const tab = app.tab('Problems')
  await tab.click()
  const list = app.problems
  const badge = async () => Number(/^Problems(\d+)$/.exec((await tab.textContent()) ?? '')?.[1] ?? 0)

  // This resource (the Deployment): the count is the list's length.
  await expect(page.getByRole('radio', { name: 'This resource' })).toBeChecked()
  const mine = await list.getByRole('listitem').count()
  expect(mine).toBeGreaterThan(0)
  expect(await badge()).toBe(mine)

  await page.getByRole('radio', { name: 'All resources' }).check()
  for (const [name, verdict] of [
    ['Deployment/web', 'API server: accepts · Pod Security: passes restricted · kubelet: starts'],
    ['StatefulSet/db', 'API server: accepts · Pod Security: passes baseline · kubelet: starts'],
    [
      'CronJob/backup',
      'API server: rejects (1 error) · Pod Security: privileged only · kubelet: never reached',
    ],
  ])
    await expect(list.getByRole('heading', { name: `Select ${name}` })).toContainText(verdict)
  await expect(list.getByRole('listitem').filter({ hasText: 'container "postgres"' }).first()).toBeVisible()
  await expect(list.getByRole('listitem').filter({ hasText: 'initContainers[0]' }).first()).toBeVisible()
  const all = await list.getByRole('listitem').count()
  expect(all).toBeGreaterThan(mine)
  await expect.poll(badge).toBe(all)
  await expect(page.getByRole('status').filter({ hasText: 'problems in 3 of 3 resources' })).toHaveText(
    `${all} problems in 3 of 3 resources`,
  )

  // A heading's button selects its resource; the scope stays.
  await list.getByRole('button', { name: 'Select StatefulSet/db' }).click()
  await expect(app.picked('Resource')).toHaveText('StatefulSet/db')
  await expect.poll(badge).toBe(all)

  await page.getByRole('radio', { name: 'This resource' }).check()
  await expect(list.getByRole('listitem').filter({ hasText: 'container "postgres"' }).first()).toBeVisible()
  const db = await list.getByRole('listitem').count()
  expect(db).toBeLessThan(all)
  await expect.poll(badge).toBe(db)
})
