import { expect, test, type App } from './fixtures'
import { SECURITY_CONTEXT, SECURITY_CONTEXT_4 } from './walkthrough'

// Issue 14: the Runtime spec section under Effective — the OCI config.json parts the runtime writes for runc.

async function load(app: App, text: string) {
  await app.open(text)
  await app.tab('Effective').click()
}

const region = (app: App) => app.page.getByRole('region', { name: 'Runtime spec' })
const shownJson = async (app: App) =>
  JSON.parse((await region(app).getByLabel('Runtime spec JSON').textContent()) ?? '') as {
    process: { user: unknown; noNewPrivileges: boolean; capabilities: { bounding: string[] } }
    mounts: unknown[]
    linux: { seccomp: unknown; maskedPaths: string[] }
  }
const sourceRow = (app: App, part: string) =>
  region(app)
    .getByRole('table', { name: 'Runtime spec sources' })
    .getByRole('row')
    .filter({ has: app.page.getByRole('rowheader', { name: part, exact: true }) })

test('the walkthrough pod: user, groups, no_new_privs and the emptyDir mount; CRI-O orders the groups its way', async ({
  app,
}) => {
  await load(app, SECURITY_CONTEXT)
  await expect(region(app)).toContainText('"uid": 1000')
  const oci = await shownJson(app)
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

  await app.picker('Container runtime').selectOption('cri-o')
  await expect(region(app)).toContainText('"apparmorProfile": "crio-default"')
  expect((await shownJson(app)).process.user).toEqual({
    uid: 1000,
    gid: 3000,
    additionalGids: [3000, 2000, 4000],
  })
})

test('"Copy runtime spec" copies the JSON shown', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await load(app, SECURITY_CONTEXT_4)
  await expect(region(app)).toContainText('"CAP_NET_ADMIN"')
  await region(app).getByRole('button', { name: 'Copy runtime spec' }).click()
  await expect(region(app).getByRole('status')).toHaveText('Runtime spec copied')
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown
  expect(copied).toEqual(await shownJson(app))
  expect((await shownJson(app)).process.capabilities.bounding.slice(-2)).toEqual([
    'CAP_NET_ADMIN',
    'CAP_SYS_TIME',
  ])
})

test('each part links to the field that decided it', async ({ app, page }) => {
  await load(app, SECURITY_CONTEXT)
  await expect(sourceRow(app, 'process.noNewPrivileges')).toContainText('allowPrivilegeEscalation')
  await expect(sourceRow(app, 'linux.maskedPaths')).toContainText('procMount')
  await expect(sourceRow(app, 'linux.maskedPaths')).toContainText('runtime default')
  await sourceRow(app, 'process.user.uid')
    .getByRole('button', { name: 'Show runAsUser in the editor' })
    .click()
  await expect(page.getByText('Line 7, Column 5')).toBeVisible()
  await sourceRow(app, 'process.noNewPrivileges')
    .getByRole('button', { name: 'Show allowPrivilegeEscalation in the editor' })
    .click()
  await expect(page.getByText('Line 22, Column 7')).toBeVisible()
})

test('a container the kubelet refuses has no runtime spec', async ({ app }) => {
  await load(app, SECURITY_CONTEXT.replace('    runAsUser: 1000\n', '    runAsNonRoot: true\n'))
  await expect(region(app)).toContainText('No runtime spec: sec-ctx-demo does not run as a Linux process.')
  await expect(region(app).getByRole('button', { name: 'Copy runtime spec' })).toHaveCount(0)
})
