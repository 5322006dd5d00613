import { expect, test, type Page } from '@playwright/test'
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

async function load(page: Page, text: string) {
  await page.goto('/')
  await page.waitForFunction(() => 'secctx' in window)
  await page.evaluate((t) => {
    ;(window as unknown as { secctx: { setText(t: string): void } }).secctx.setText(t)
  }, text)
}

const shell = (page: Page) => page.getByRole('region', { name: 'Simulated shell' })
const settings = (page: Page) => page.getByRole('table', { name: 'Effective settings' })
const row = (page: Page, field: string) =>
  settings(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: field, exact: true }) })

test('pod 1: uid 1000 and the fsGroup-owned emptyDir', async ({ page }) => {
  await load(page, POD_1)
  await expect(page.getByRole('tab', { name: 'Effective' })).toHaveAttribute('aria-selected', 'true')
  await expect(shell(page)).toContainText('uid=1000 gid=3000 groups=2000,3000')
  await expect(shell(page)).toContainText('    1 1000      0:00 sleep 1h')
  await expect(shell(page)).toContainText('drwxrwsrwx 2 root 2000 4096 … /data/demo')
  await expect(shell(page)).toContainText('-rw-r--r-- 1 1000 2000 6 … /data/demo/testfile')
  await expect(shell(page)).toContainText('NoNewPrivs:\t1')
  await expect(row(page, 'fsGroup')).toContainText('2000')
  await expect(row(page, 'fsGroup')).toContainText('pod')
})

test('runAsGroup and supplementalGroups: the id line of the walkthrough', async ({ page }) => {
  await load(page, POD_GROUPS)
  await expect(shell(page)).toContainText('uid=1000 gid=3000 groups=2000,3000,4000')
})

test('pod 2: the container runAsUser 2000 overrides the pod 1000', async ({ page }) => {
  await load(page, POD_2)
  const runAsUser = row(page, 'runAsUser')
  await expect(runAsUser.getByRole('cell').first()).toContainText('2000')
  await expect(runAsUser.locator('del')).toContainText('1000')
  await expect(runAsUser).toContainText('container')
  await expect(shell(page)).toContainText('uid=2000')
  await expect(page.getByRole('table', { name: 'Layers' })).toContainText('2000')
})

test('pods 3 and 4: root with the default set, then NET_ADMIN and SYS_TIME added', async ({ page }) => {
  await load(page, POD_3)
  await expect(shell(page)).toContainText('CapPrm:\t00000000a80425fb')
  await expect(shell(page)).toContainText('CapEff:\t00000000a80425fb')
  await page.evaluate((t) => {
    ;(window as unknown as { secctx: { setText(t: string): void } }).secctx.setText(t)
  }, POD_4)
  await expect(shell(page)).toContainText('CapEff:\t00000000aa0435fb')
  await expect(shell(page)).toContainText('CapBnd:\t00000000aa0435fb')
})

test('non-root with added capabilities: CapEff stays 0, and the view says why', async ({ page }) => {
  await load(page, NON_ROOT_CAPS)
  await expect(shell(page)).toContainText('CapEff:\t0000000000000000')
  await expect(shell(page)).toContainText('CapBnd:\t00000000aa0435fb')
  await expect(shell(page).getByRole('list', { name: 'Why these capabilities' })).toContainText(
    'uid 1000 is not root: CapPrm and CapEff are 0',
  )
})

test('privileged: every capability', async ({ page }) => {
  await load(page, PRIVILEGED)
  await expect(shell(page)).toContainText('CapEff:\t000001ffffffffff')
  await expect(shell(page)).toContainText('Seccomp:\t0')
})

test('switching the runtime to CRI-O changes the root default set', async ({ page }) => {
  await load(page, POD_3)
  await expect(shell(page)).toContainText('CapEff:\t00000000a80425fb')
  await expect(shell(page)).toContainText('containerd')
  await page.getByRole('combobox', { name: 'Container runtime' }).selectOption('cri-o')
  await expect(shell(page)).toContainText('CapEff:\t00000000000005fb')
  await expect(shell(page)).toContainText('CRI-O')
})

test('all containers side by side', async ({ page }) => {
  await load(page, `${POD_2}  - name: sidecar\n    image: busybox:1.28\n`)
  const all = page.getByRole('table', { name: 'All containers' })
  await expect(all.getByRole('columnheader', { name: 'sec-ctx-demo-2 (container)' })).toBeVisible()
  await expect(all.getByRole('columnheader', { name: 'sidecar (container)' })).toBeVisible()
  await expect(all).toContainText('uid=2000')
  await expect(all).toContainText('uid=1000')
  await all.getByRole('button', { name: 'sidecar (container)' }).click()
  await expect(shell(page)).toContainText('uid=1000')
})

test('capability calculator: decode, encode and diff', async ({ page }) => {
  await load(page, POD_4)
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

test('side pane tabs work with the keyboard', async ({ page }) => {
  await load(page, POD_1)
  const effective = page.getByRole('tab', { name: 'Effective' })
  await effective.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Problems' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Problems' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('table', { name: 'Effective settings' })).toBeHidden()
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: 'Learn' })).toHaveAttribute('aria-selected', 'true')
  // An edit while the effective view is hidden shows once it is back.
  await page.evaluate((t) => {
    ;(window as unknown as { secctx: { setText(t: string): void } }).secctx.setText(t)
  }, POD_2)
  await page.getByRole('tab', { name: 'Learn' }).focus()
  await page.keyboard.press('Home')
  await expect(page.getByRole('tab', { name: 'Resources' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(effective).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('table', { name: 'Effective settings' })).toBeVisible()
  await expect(shell(page)).toContainText('uid=2000')
})

test('field docs show on focus with the version that introduced the field', async ({ page }) => {
  await load(page, POD_1)
  const link = row(page, 'fsGroupChangePolicy').getByRole('link', { name: 'fsGroupChangePolicy' })
  const doc =
    'When the kubelet re-applies fsGroup ownership: on every mount, or only when the volume root differs. since v1.18'
  await expect(link).toHaveAccessibleDescription(doc)
  const tip = settings(page).getByText(doc)
  await expect(tip).toBeHidden()
  await link.focus()
  await expect(tip).toBeVisible()
  await expect(row(page, 'fsGroupChangePolicy')).toHaveCount(1)
  await link.blur()
  await expect(tip).toBeHidden()
  await row(page, 'fsGroup').getByRole('link').hover()
  await expect(settings(page).getByText('A group that owns supported volumes')).toBeVisible()
})

test('broken YAML keeps the last good figures on screen and says so', async ({ page }) => {
  await load(page, POD_2)
  await expect(shell(page)).toContainText('uid=2000')
  await page.evaluate(
    (t) => {
      ;(window as unknown as { secctx: { setText(t: string): void } }).secctx.setText(t)
    },
    POD_2.replace('runAsUser: 2000', 'runAsUser: [2000'),
  )
  await expect(page.getByText('The YAML has errors: showing the last valid version.')).toBeVisible()
  await expect(shell(page)).toContainText('uid=2000')
})

test('why uid 1000: the row itself says where the value comes from, no hovering needed', async ({ page }) => {
  await load(page, POD_1)
  const value = (field: string) => row(page, field).getByRole('cell').first()
  const source = (field: string) => row(page, field).getByRole('cell').nth(1)
  await expect(value('runAsUser')).toHaveText('1000from the pod’s securityContext: the container sets none')
  await expect(source('runAsUser')).toHaveText('pod')
  await expect(value('fsGroup')).toHaveText('2000from the pod’s securityContext (a pod-only field)')
  await expect(value('allowPrivilegeEscalation')).toHaveText('falsefrom the container’s securityContext')
  await expect(source('allowPrivilegeEscalation')).toHaveText('container')
})

test('the page itself never scrolls, only its panes (toolbar stays in view) at 1280 and 900 px', async ({
  page,
}) => {
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 800 })
    await load(page, POD_1)
    await expect(page.getByRole('table', { name: 'Layers' })).toBeVisible()
    const size = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.scrollHeight,
    ])
    expect(size).toEqual([width, 800])
  }
})

test('keyboard: the calculator’s 41 name checkboxes are one Tab stop; arrows move, Space ticks', async ({
  page,
}) => {
  await load(page, POD_4)
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
