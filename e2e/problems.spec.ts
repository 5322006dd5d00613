import { expect, test, type Page } from '@playwright/test'

const BARE = `apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
  - name: app
    image: busybox
`

async function openProblems(page: Page, text: string) {
  await page.goto('/')
  await page.waitForFunction(() => typeof window.secctx?.setText === 'function')
  await page.evaluate((t) => window.secctx!.setText(t), text)
  await page.getByRole('tab', { name: 'Problems' }).click()
  return page.getByRole('list', { name: 'Problems' })
}

const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())

test('a bare pod at restricted shows the four upstream violations in upstream order', async ({ page }) => {
  const list = await openProblems(page, BARE)
  const pss = list.getByRole('listitem').filter({ hasText: /^PSS/ })
  await expect(pss).toHaveCount(4)
  await expect(pss.nth(0)).toContainText(
    'allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false)',
  )
  await expect(pss.nth(1)).toContainText(
    'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])',
  )
  await expect(pss.nth(2)).toContainText(
    'runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)',
  )
  await expect(pss.nth(3)).toContainText(
    'seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
  )
  await expect(page.getByText('Passes: baseline')).toBeVisible()
  const lint = list.getByRole('listitem').filter({ hasText: /^lint/ })
  await expect(lint.first()).toContainText('container "app" does not set readOnlyRootFilesystem=true')
})

test('a fix removes its problem and makes the minimal edit', async ({ page }) => {
  const list = await openProblems(page, BARE)
  const pss = list.getByRole('listitem').filter({ hasText: /^PSS/ })
  await pss.nth(0).getByRole('button', { name: 'Set allowPrivilegeEscalation: false' }).click()
  await expect(pss).toHaveCount(3)
  await expect(pss.nth(0)).toContainText('unrestricted capabilities')
  expect(await getText(page)).toBe(`${BARE}    securityContext:\n      allowPrivilegeEscalation: false\n`)

  await pss
    .filter({ hasText: 'runAsNonRoot != true' })
    .getByRole('button', { name: 'Set runAsNonRoot: true' })
    .click()
  await expect(pss).toHaveCount(2)
  expect(await getText(page)).toBe(
    `${BARE}    securityContext:\n      allowPrivilegeEscalation: false\n  securityContext:\n    runAsNonRoot: true\n`,
  )
})

test('"Make this resource pass restricted" fixes every violation in one edit', async ({ page }) => {
  const list = await openProblems(page, BARE)
  await page.getByRole('button', { name: 'Make this resource pass restricted' }).click()
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(0)
  await expect(page.getByText('Passes: restricted')).toBeVisible()
  expect(await getText(page)).toBe(
    `${BARE}    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - ALL\n` +
      '  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n',
  )
})

test('a lint fix rewrites CAP_NET_ADMIN to NET_ADMIN', async ({ page }) => {
  const text = BARE.replace(
    'image: busybox\n',
    'image: busybox\n    securityContext:\n      capabilities:\n        add: ["CAP_NET_ADMIN"]\n',
  )
  const list = await openProblems(page, text)
  const item = list.getByRole('listitem').filter({ hasText: 'adds "CAP_NET_ADMIN"' })
  await expect(item).toContainText('lint')
  await item.getByRole('button', { name: 'Remove the CAP_ prefix' }).click()
  await expect(item).toHaveCount(0)
  expect(await getText(page)).toBe(text.replace('CAP_NET_ADMIN', 'NET_ADMIN'))
})

test('"Show" moves the editor cursor to the node, and a fix undoes with Ctrl+Z', async ({ page }) => {
  const list = await openProblems(page, BARE)
  const ape = list.getByRole('listitem').filter({ hasText: 'allowPrivilegeEscalation != false' })
  await ape.getByRole('button', { name: /^Show spec\.containers\[0\] in the editor/ }).click()
  await expect(page.getByText('Line 7, Column 5')).toBeVisible()
  await ape.getByRole('button', { name: 'Set allowPrivilegeEscalation: false' }).click()
  await expect.poll(() => getText(page)).not.toBe(BARE)
  await page
    .getByRole('region', { name: 'YAML editor' })
    .getByRole('textbox', { name: /YAML editor/ })
    .focus()
  await page.keyboard.press('Control+z')
  await expect.poll(() => getText(page)).toBe(BARE)
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(4)
})
