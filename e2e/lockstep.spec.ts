import { expect, test, type Locator, type Page } from '@playwright/test'
import lz from 'lz-string'

/** Issue 13: editor and selection in lockstep; share links and reloads keep the view. */

// Monaco loads in every page (two contexts, reloads): generous on a shared, loaded machine.
test.describe.configure({ timeout: 90_000 })

const PADDING = Array.from(
  { length: 40 },
  (_, i) => `# note ${i}: kept here so the next resource starts below the fold\n`,
).join('')

const BUNDLE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx:1.27
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
          - name: migrate
            image: busybox:1.36
          containers:
          - name: backup
            image: busybox:1.36
            command: ["sh", "-c", "echo backup"]
${PADDING}---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    spec:
      containers:
      - name: postgres
        image: postgres:16
`

const editor = (page: Page) => page.getByRole('region', { name: 'YAML editor' })
const line = (page: Page, text: string) => editor(page).locator('.view-line', { hasText: text })
const picker = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true })
const shown = (select: Locator) => select.locator('option:checked')
const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())

async function open(page: Page, text = BUNDLE) {
  await page.goto('/')
  await expect(editor(page).locator('.monaco-editor .view-line').first()).toBeVisible({ timeout: 20_000 })
  await page.evaluate((t) => window.secctx!.setText(t), text)
  await expect(picker(page, 'Resource').getByRole('option')).toHaveText([
    'Deployment/web',
    'CronJob/nightly',
    'StatefulSet/db',
  ])
}

/** Whether a line of the editor is rendered and inside the editor's visible area. */
async function inView(page: Page, text: string): Promise<boolean> {
  const l = line(page, text)
  if ((await l.count()) === 0) return false
  const box = await l.first().boundingBox()
  const area = await editor(page).locator('.monaco-editor').first().boundingBox()
  return !!box && !!area && box.y >= area.y && box.y + box.height <= area.y + area.height
}

/** Scrolls the editor with the mouse wheel until a line is in view, then clicks it (as a user would). */
async function clickLine(page: Page, text: string) {
  const area = (await editor(page).locator('.monaco-editor').first().boundingBox())!
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  for (let i = 0; i < 40 && !(await inView(page, text)); i++) await page.mouse.wheel(0, 120)
  await line(page, text).first().click()
}

test('clicking a line of the CronJob’s container selects it in the Resource and Container pickers', async ({
  page,
}) => {
  await open(page)
  await expect(shown(picker(page, 'Resource'))).toHaveText('Deployment/web')
  await clickLine(page, 'command: ["sh", "-c", "echo backup"]')
  await expect(shown(picker(page, 'Resource'))).toHaveText('CronJob/nightly')
  await expect(shown(picker(page, 'Container'))).toHaveText('backup (container)')
  // The forms follow: the container form is the selected container's.
  await expect(page.getByRole('region', { name: 'Container securityContext' })).toBeVisible()
  // The init container's line selects it; the pod-level lines keep the container.
  await clickLine(page, '- name: migrate')
  await expect(shown(picker(page, 'Container'))).toHaveText('migrate (initContainer)')
  await clickLine(page, 'restartPolicy: OnFailure')
  await expect(shown(picker(page, 'Container'))).toHaveText('migrate (initContainer)')
  await expect(shown(picker(page, 'Resource'))).toHaveText('CronJob/nightly')
  // The keyboard moves the selection too.
  await page.keyboard.press('Control+Home')
  await expect(shown(picker(page, 'Resource'))).toHaveText('Deployment/web')
})

test('choosing the StatefulSet in the Resource picker reveals it in the editor, focus staying on the picker', async ({
  page,
}) => {
  await open(page)
  expect(await inView(page, 'kind: StatefulSet')).toBe(false)
  const resource = picker(page, 'Resource')
  await resource.focus()
  await resource.selectOption({ label: 'StatefulSet/db' })
  await expect.poll(() => inView(page, 'kind: StatefulSet')).toBe(true)
  await expect(resource).toBeFocused()
  // No loop: the selection stays where it was put, and the cursor is on the resource (a few frames later).
  await page.evaluate(
    () =>
      new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
  )
  await expect(shown(resource)).toHaveText('StatefulSet/db')
  const statefulSetLine = BUNDLE.slice(0, BUNDLE.indexOf('apiVersion: apps/v1\nkind: StatefulSet')).split(
    '\n',
  ).length
  await expect(editor(page).locator('.yaml-editor-cursor')).toHaveText(`Line ${statefulSetLine}, Column 1`)
  // Choosing a container reveals it too.
  await resource.selectOption({ label: 'CronJob/nightly' })
  await picker(page, 'Container').focus()
  await picker(page, 'Container').selectOption({ label: 'backup (container)' })
  await expect.poll(() => inView(page, '- name: backup')).toBe(true)
  await expect(picker(page, 'Container')).toBeFocused()
})

test('a form edit shows its change in the editor, marked for a moment, without taking focus', async ({
  page,
}) => {
  await open(page)
  await picker(page, 'Resource').selectOption({ label: 'StatefulSet/db' })
  const runAsUser = page
    .getByRole('region', { name: 'Pod securityContext' })
    .getByLabel('runAsUser', { exact: true })
  await runAsUser.fill('1000')
  await runAsUser.press('Enter')
  await expect.poll(() => getText(page)).toContain('runAsUser: 1000')
  await expect(editor(page).locator('.secctx-flash-line').first()).toBeAttached()
  await expect.poll(() => inView(page, 'runAsUser: 1000')).toBe(true)
  await expect(runAsUser).toBeFocused()
  await expect(editor(page).locator('.secctx-flash-line')).toHaveCount(0, { timeout: 5_000 })
  await expect(shown(picker(page, 'Resource'))).toHaveText('StatefulSet/db')
})

test('a share link opened in a fresh browser context shows the sender’s resource, level, version and runtime', async ({
  page,
  browser,
}) => {
  await open(page)
  await picker(page, 'Resource').selectOption({ label: 'CronJob/nightly' })
  await picker(page, 'Container').selectOption({ label: 'backup (container)' })
  await picker(page, 'Pod Security level').selectOption('baseline')
  await picker(page, 'Kubernetes version').selectOption('v1.30')
  await picker(page, 'Container runtime').selectOption('cri-o')
  await page.getByRole('tab', { name: /Problems/ }).click()
  const url = await page.evaluate(() => window.secctx!.shareLink())
  expect(url).toMatch(
    /#y=[\w+$-]+&resource=1&container=1&level=baseline&version=v1\.30&runtime=cri-o&imageUser=0&tab=problems$/,
  )
  // The same URL as "Copy share link" (the box shows it whether or not the clipboard was allowed).
  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url)

  const context = await browser.newContext()
  try {
    const other = await context.newPage()
    await other.goto(url)
    await expect(shown(picker(other, 'Resource'))).toHaveText('CronJob/nightly')
    await expect(shown(picker(other, 'Container'))).toHaveText('backup (container)')
    await expect(picker(other, 'Pod Security level')).toHaveValue('baseline')
    await expect(picker(other, 'Kubernetes version')).toHaveValue('v1.30')
    await expect(picker(other, 'Container runtime')).toHaveValue('cri-o')
    await expect(other.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true')
    await expect(editor(other).locator('.monaco-editor .view-line').first()).toBeVisible({ timeout: 20_000 })
    expect(await getText(other)).toBe(BUNDLE)
    await expect.poll(() => inView(other, '- name: backup')).toBe(true)
    // A fresh context had no other work: nothing to restore.
    await expect(other.getByRole('button', { name: 'Back to your manifest' })).toHaveCount(0)
  } finally {
    await context.close()
  }
})

test('options survive a reload; a share link never silently replaces other work', async ({ page }) => {
  await open(page, BUNDLE.replace('image: nginx:1.27', 'image: nginx:1.28 # my work'))
  const mine = await getText(page)
  await picker(page, 'Pod Security level').selectOption('privileged')
  await picker(page, 'Container runtime').selectOption('cri-o')
  // The view is saved after a short debounce: wait until it is.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('secctx:view') ?? ''))
    .toContain('"runtime":"cri-o"')
  await page.reload()
  await expect(picker(page, 'Pod Security level')).toHaveValue('privileged')
  await expect(picker(page, 'Container runtime')).toHaveValue('cri-o')
  expect(await getText(page)).toBe(mine)

  // An old link (text only), opened over the autosaved work in a new page load.
  const shared = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shared\nspec:\n  containers:\n  - name: c\n'
  await page.goto('about:blank')
  await page.goto('/#y=' + lz.compressToEncodedURIComponent(shared))
  await expect(shown(picker(page, 'Container'))).toHaveText('c (container)')
  await expect(picker(page, 'Pod Security level')).toHaveValue('privileged') // the receiver's own options
  await expect(page.getByRole('status').filter({ hasText: 'Opened a shared manifest' })).toBeVisible()
  await expect(editor(page).locator('.monaco-editor .view-line').first()).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Back to your manifest' }).click()
  await expect.poll(() => getText(page)).toBe(mine)
  await expect(page.getByRole('button', { name: 'Back to your manifest' })).toHaveCount(0)
  // One undoable edit: one undo brings the shared text back.
  await editor(page).locator('.view-lines').first().click()
  await page.keyboard.press('Control+z')
  await expect.poll(() => getText(page)).toBe(shared)
})
