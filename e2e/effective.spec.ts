import { expect, test } from './fixtures'
import { SECURITY_CONTEXT, SECURITY_CONTEXT_2 as POD_2, SECURITY_CONTEXT_3 as POD_3 } from './walkthrough'

// The pods of the Kubernetes "Configure a Security Context for a Pod or Container" walkthrough.
const POD_1 = SECURITY_CONTEXT.replace('    supplementalGroups: [4000]\n', '')
const POD_GROUPS = POD_1.replace('    fsGroup: 2000\n', '    fsGroup: 2000\n    supplementalGroups: [4000]\n')
const POD_4 = `${POD_3.replaceAll('-3', '-4')}    securityContext:
      capabilities:
        add: ["NET_ADMIN", "SYS_TIME"]
`
const NON_ROOT_CAPS = POD_4.replace('spec:\n', 'spec:\n  securityContext:\n    runAsUser: 1000\n')
const PRIVILEGED = `${POD_3}    securityContext:
      privileged: true
`

test('pod 1: uid 1000 and the fsGroup-owned emptyDir', async ({ app }) => {
  await app.open(POD_1)
  await expect(app.tab('Effective')).toHaveAttribute('aria-selected', 'true')
  await expect(app.shell).toContainText('uid=1000 gid=3000 groups=2000,3000')
  await expect(app.shell).toContainText('    1 1000      0:00 sleep 1h')
  await expect(app.shell).toContainText('drwxrwsrwx 2 root 2000 4096 … /data/demo')
  await expect(app.shell).toContainText('-rw-r--r-- 1 1000 2000 6 … /data/demo/testfile')
  await expect(app.shell).toContainText('NoNewPrivs:\t1')
  await expect(app.setting('fsGroup')).toContainText('2000')
  await expect(app.setting('fsGroup')).toContainText('pod')
})

test('typing a uid: the Effective table follows the key; the shell and the problem markers follow too', async ({
  app,
  page,
}) => {
  await app.open(POD_1)
  // LINT_LOW_ID (info) underlines runAsUser 1000 and runAsGroup 3000: both below 10000.
  const lowIds = app.editor.locator('.squiggly-info')
  await expect(lowIds).toHaveCount(2)
  await app.line('runAsUser: 1000').click()
  await page.keyboard.press('End')
  await page.keyboard.type('0')
  await expect(app.setting('runAsUser').getByRole('cell').first()).toContainText('10000')
  // The shell and the markers wait for the typing to pause, then show the new uid and drop its marker.
  await expect(app.shell).toContainText('uid=10000 gid=3000 groups=2000,3000')
  await expect(lowIds).toHaveCount(1)
  await page.keyboard.press('Backspace')
  await expect(lowIds).toHaveCount(2)
  await expect(app.shell).toContainText('uid=1000 gid=3000 groups=2000,3000')
})

test('runAsGroup and supplementalGroups: the id line of the walkthrough', async ({ app }) => {
  await app.open(POD_GROUPS)
  await expect(app.shell).toContainText('uid=1000 gid=3000 groups=2000,3000,4000')
})

test('pod 2: the container runAsUser 2000 overrides the pod 1000', async ({ app, page }) => {
  await app.open(POD_2)
  const runAsUser = app.setting('runAsUser')
  await expect(runAsUser.getByRole('cell').first()).toContainText('2000')
  await expect(runAsUser.locator('del')).toContainText('1000')
  await expect(runAsUser).toContainText('container')
  await expect(app.shell).toContainText('uid=2000')
  await expect(page.getByRole('table', { name: 'Layers' })).toContainText('2000')
})

test('pods 3 and 4: root with the default set, then NET_ADMIN and SYS_TIME added', async ({ app }) => {
  await app.open(POD_3)
  await expect(app.shell).toContainText('CapPrm:\t00000000a80425fb')
  await expect(app.shell).toContainText('CapEff:\t00000000a80425fb')
  await app.setText(POD_4)
  await expect(app.shell).toContainText('CapEff:\t00000000aa0435fb')
  await expect(app.shell).toContainText('CapBnd:\t00000000aa0435fb')
})

test('non-root with added capabilities: CapEff stays 0, and the view says why', async ({ app }) => {
  await app.open(NON_ROOT_CAPS)
  await expect(app.shell).toContainText('CapEff:\t0000000000000000')
  await expect(app.shell).toContainText('CapBnd:\t00000000aa0435fb')
  await expect(app.shell.getByRole('list', { name: 'Why these capabilities' })).toContainText(
    'uid 1000 is not root: CapPrm and CapEff are 0',
  )
})

test('privileged: every capability', async ({ app }) => {
  await app.open(PRIVILEGED)
  await expect(app.shell).toContainText('CapEff:\t000001ffffffffff')
  await expect(app.shell).toContainText('Seccomp:\t0')
})

test('switching the runtime to CRI-O changes the root default set', async ({ app }) => {
  await app.open(POD_3)
  await expect(app.shell).toContainText('CapEff:\t00000000a80425fb')
  await expect(app.shell).toContainText('containerd')
  await app.picker('Container runtime').selectOption('cri-o')
  await expect(app.shell).toContainText('CapEff:\t00000000000005fb')
  await expect(app.shell).toContainText('CRI-O')
})

test('all containers side by side', async ({ app, page }) => {
  await app.open(`${POD_2}  - name: sidecar\n    image: busybox:1.28\n`)
  const all = page.getByRole('table', { name: 'All containers' })
  await expect(all.getByRole('columnheader', { name: 'sec-ctx-demo-2 (container)' })).toBeVisible()
  await expect(all.getByRole('columnheader', { name: 'sidecar (container)' })).toBeVisible()
  await expect(all).toContainText('uid=2000')
  await expect(all).toContainText('uid=1000')
  await all.getByRole('button', { name: 'sidecar (container)' }).click()
  await expect(app.shell).toContainText('uid=1000')
})

test('capability calculator: decode, encode and diff', async ({ app, page }) => {
  await app.open(POD_4)
  const calc = page.getByRole('region', { name: 'Capability calculator' })
  const mask = calc.getByLabel('Mask (hex)')
  await calc.getByRole('button', { name: 'sec-ctx-4 CapEff' }).click()
  await expect(mask).toHaveValue('00000000aa0435fb')
  await expect(calc.getByRole('checkbox', { name: 'CAP_NET_ADMIN' })).toBeChecked()
  await expect(calc.getByRole('checkbox', { name: 'CAP_SYS_ADMIN' })).not.toBeChecked()
  await mask.fill('0000000000003000')
  await expect(calc.getByRole('status', { name: 'Capability names' })).toHaveText(
    'CAP_NET_ADMIN, CAP_NET_RAW',
  )
  await calc.getByRole('checkbox', { name: 'CAP_SYS_TIME' }).check()
  await expect(mask).toHaveValue('0000000002003000')
  await mask.fill('xyz')
  await expect(calc.getByRole('alert')).toContainText('not a capability set: "xyz"')
  await expect(mask).toHaveAttribute('aria-invalid', 'true')

  await calc.getByLabel('Mask A').fill('00000000a80425fb')
  await calc.getByLabel('Mask B').fill('00000000aa0435fb')
  const diff = calc.getByRole('status', { name: 'Difference' })
  await expect(diff.getByRole('term')).toHaveText(['Only in B (added)', 'Only in A (removed)'])
  await expect(diff.getByRole('definition')).toHaveText([
    'CAP_NET_ADMIN (bit 12), CAP_SYS_TIME (bit 25)',
    'none',
  ])
})

test('side pane tabs work with the keyboard', async ({ app, page }) => {
  await app.open(POD_1)
  const effective = app.tab('Effective')
  await effective.focus()
  await page.keyboard.press('ArrowRight')
  await expect(app.tab('Problems')).toBeFocused()
  await expect(app.tab('Problems')).toHaveAttribute('aria-selected', 'true')
  await expect(app.settings).toBeHidden()
  await page.keyboard.press('End')
  await expect(app.tab('Learn')).toHaveAttribute('aria-selected', 'true')
  // An edit while the effective view is hidden shows once it is back.
  await app.setText(POD_2)
  await app.tab('Learn').focus()
  await page.keyboard.press('Home')
  await expect(app.tab('Resources')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(effective).toHaveAttribute('aria-selected', 'true')
  await expect(app.settings).toBeVisible()
  await expect(app.shell).toContainText('uid=2000')
})

test('field docs show on focus with the version that introduced the field', async ({ app }) => {
  await app.open(POD_1)
  const link = app.setting('fsGroupChangePolicy').getByRole('link', { name: 'fsGroupChangePolicy' })
  const doc =
    'When the kubelet re-applies fsGroup ownership: on every mount, or only when the volume root differs. since v1.18'
  await expect(link).toHaveAccessibleDescription(doc)
  const tip = app.settings.getByText(doc)
  await expect(tip).toBeHidden()
  await link.focus()
  await expect(tip).toBeVisible()
  await expect(app.setting('fsGroupChangePolicy')).toHaveCount(1)
  await link.blur()
  await expect(tip).toBeHidden()
  await app.setting('fsGroup').getByRole('link').hover()
  await expect(app.settings.getByText('A group that owns supported volumes')).toBeVisible()
})

test('broken YAML keeps the last good figures on screen and says so', async ({ app, page }) => {
  await app.open(POD_2)
  await expect(app.shell).toContainText('uid=2000')
  await app.setText(POD_2.replace('runAsUser: 2000', 'runAsUser: [2000'))
  await expect(page.getByText('The YAML has errors: showing the last valid version.')).toBeVisible()
  await expect(app.shell).toContainText('uid=2000')
})

test('why uid 1000: the row itself says where the value comes from, no hovering needed', async ({ app }) => {
  await app.open(POD_1)
  const value = (field: string) => app.setting(field).getByRole('cell').first()
  const source = (field: string) => app.setting(field).getByRole('cell').nth(1)
  await expect(value('runAsUser')).toHaveText('1000from the pod’s securityContext: the container sets none')
  await expect(source('runAsUser')).toHaveText('pod')
  await expect(value('fsGroup')).toHaveText('2000from the pod’s securityContext (a pod-only field)')
  await expect(value('allowPrivilegeEscalation')).toHaveText('falsefrom the container’s securityContext')
  await expect(source('allowPrivilegeEscalation')).toHaveText('container')
})

test('the page itself never scrolls, only its panes (toolbar stays in view) at 1280 and 900 px', async ({
  app,
  page,
}) => {
  for (const width of [1280, 900]) {
    await app.open(POD_1, { viewport: { width, height: 800 } })
    await expect(page.getByRole('table', { name: 'Layers' })).toBeVisible()
    const size = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.scrollHeight,
    ])
    expect(size).toEqual([width, 800])
  }
})

test('keyboard: the calculator’s 41 name checkboxes are one Tab stop; arrows move, Space ticks', async ({
  app,
  page,
}) => {
  await app.open(POD_4)
  const calc = page.getByRole('region', { name: 'Capability calculator' })
  await calc.getByRole('button', { name: 'none' }).focus()
  await page.keyboard.press('Tab')
  await expect(calc.getByRole('checkbox', { name: 'CAP_CHOWN' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(calc.getByRole('checkbox', { name: 'CAP_DAC_READ_SEARCH' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(calc.getByLabel('Mask (hex)')).toHaveValue('00000000a80425ff')
  await page.keyboard.press('Tab')
  await expect(calc.getByLabel('Mask A')).toBeFocused()
})
