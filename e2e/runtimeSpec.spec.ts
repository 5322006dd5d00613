import { expect, test, type Page } from '@playwright/test'
import { SECURITY_CONTEXT, SECURITY_CONTEXT_4 } from './walkthrough'

// Issue 14: the Runtime spec section under Effective — the OCI config.json parts the runtime writes for runc.

async function load(page: Page, text: string) {
  await page.goto('/')
  await page.waitForFunction(() => 'secctx' in window)
  await page.evaluate((t) => {
    ;(window as unknown as { secctx: { setText(t: string): void } }).secctx.setText(t)
  }, text)
  await page.getByRole('tab', { name: 'Effective' }).click()
}

const region = (page: Page) => page.getByRole('region', { name: 'Runtime spec' })
const shownJson = async (page: Page) =>
  JSON.parse((await region(page).getByLabel('Runtime spec JSON').textContent()) ?? '') as {
    process: { user: unknown; noNewPrivileges: boolean; capabilities: { bounding: string[] } }
    mounts: unknown[]
    linux: { seccomp: unknown; maskedPaths: string[] }
  }
const sourceRow = (page: Page, part: string) =>
  region(page)
    .getByRole('table', { name: 'Runtime spec sources' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: part, exact: true }) })

test('the walkthrough pod: user, groups, no_new_privs and the emptyDir mount; CRI-O orders the groups its way', async ({
  page,
}) => {
  await load(page, SECURITY_CONTEXT)
  await expect(region(page)).toContainText('"uid": 1000')
  const oci = await shownJson(page)
  expect(oci.process.user).toEqual({ uid: 1000, gid: 3000, additionalGids: [2000, 3000, 4000] })
  expect(oci.process.noNewPrivileges).toBe(true)
  expect(oci.mounts).toEqual([
    {
      destination: '/data/demo',
      type: 'bind',
      source: '/var/lib/kubelet/pods/<pod uid>/volumes/kubernetes.io~empty-dir/sec-ctx-vol',
      options: ['rbind', 'rprivate', 'rw'],
    },
  ])
  expect(oci.linux.seccomp).toBeNull()
  expect(oci.linux.maskedPaths).toContain('/proc/kcore')

  await page.getByRole('combobox', { name: 'Container runtime' }).selectOption('cri-o')
  await expect(region(page)).toContainText('"apparmorProfile": "crio-default"')
  expect((await shownJson(page)).process.user).toEqual({
    uid: 1000,
    gid: 3000,
    additionalGids: [3000, 2000, 4000],
  })
})

test('"Copy runtime spec" copies the JSON shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await load(page, SECURITY_CONTEXT_4)
  await expect(region(page)).toContainText('"CAP_NET_ADMIN"')
  await region(page).getByRole('button', { name: 'Copy runtime spec' }).click()
  await expect(region(page).getByRole('status')).toHaveText('Runtime spec copied')
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown
  expect(copied).toEqual(await shownJson(page))
  expect((await shownJson(page)).process.capabilities.bounding.slice(-2)).toEqual([
    'CAP_NET_ADMIN',
    'CAP_SYS_TIME',
  ])
})

test('each part links to the field that decided it', async ({ page }) => {
  await load(page, SECURITY_CONTEXT)
  await expect(sourceRow(page, 'process.noNewPrivileges')).toContainText('allowPrivilegeEscalation')
  await expect(sourceRow(page, 'linux.maskedPaths')).toContainText('procMount')
  await expect(sourceRow(page, 'linux.maskedPaths')).toContainText('runtime default')
  await sourceRow(page, 'process.user.uid')
    .getByRole('button', { name: 'Show runAsUser in the editor' })
    .click()
  await expect(page.getByText('Line 7, Column 5')).toBeVisible()
  await sourceRow(page, 'process.noNewPrivileges')
    .getByRole('button', { name: 'Show allowPrivilegeEscalation in the editor' })
    .click()
  await expect(page.getByText('Line 22, Column 7')).toBeVisible()
})

test('a container the kubelet refuses has no runtime spec', async ({ page }) => {
  await load(page, SECURITY_CONTEXT.replace('    runAsUser: 1000\n', '    runAsNonRoot: true\n'))
  await expect(region(page)).toContainText('No runtime spec: sec-ctx-demo does not run as a Linux process.')
  await expect(region(page).getByRole('button', { name: 'Copy runtime spec' })).toHaveCount(0)
})
