import lz from 'lz-string'
import { App, expect, test } from './fixtures'

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

async function open(app: App, text = BUNDLE) {
  await app.open(text)
  await expect(app.picker('Resource').getByRole('option')).toHaveText([
    'Deployment/web',
    'CronJob/nightly',
    'StatefulSet/db',
  ])
}

/** Whether a line of the editor is rendered and inside the editor's visible area. */
async function inView(app: App, text: string): Promise<boolean> {
  const l = app.line(text)
  if ((await l.count()) === 0) return false
  const box = await l.first().boundingBox()
  const area = await app.editor.locator('.monaco-editor').boundingBox()
  return !!box && !!area && box.y >= area.y && box.y + box.height <= area.y + area.height
}

/**
 * Scrolls the editor with the mouse wheel until a line is in view, then clicks it (as a user would). A wheel event
 * scrolls at once but Monaco moves its lines on the next frame: the line is looked for after that frame, else the
 * click lands where the line was.
 */
async function clickLine(app: App, text: string) {
  const area = (await app.editor.locator('.monaco-editor').boundingBox())!
  await app.page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  await app.frames()
  for (let i = 0; i < 40 && !(await inView(app, text)); i++) {
    await app.page.mouse.wheel(0, 120)
    await app.frames()
  }
  await app.line(text).first().click()
}

test('clicking a line of the CronJob’s container selects it in the Resource and Container pickers', async ({
  app,
  page,
}) => {
  await open(app)
  await expect(app.picked('Resource')).toHaveText('Deployment/web')
  await clickLine(app, 'command: ["sh", "-c", "echo backup"]')
  await expect(app.picked('Resource')).toHaveText('CronJob/nightly')
  await expect(app.picked('Container')).toHaveText('backup (container)')
  // The forms follow: the container form is the selected container's.
  await expect(app.containerForm).toBeVisible()
  // The init container's line selects it; the pod-level lines keep the container.
  await clickLine(app, '- name: migrate')
  await expect(app.picked('Container')).toHaveText('migrate (initContainer)')
  await clickLine(app, 'restartPolicy: OnFailure')
  await expect(app.picked('Container')).toHaveText('migrate (initContainer)')
  await expect(app.picked('Resource')).toHaveText('CronJob/nightly')
  // The keyboard moves the selection too.
  await page.keyboard.press('Control+Home')
  await expect(app.picked('Resource')).toHaveText('Deployment/web')
})

test('choosing the StatefulSet in the Resource picker reveals it in the editor, focus staying on the picker', async ({
  app,
}) => {
  await open(app)
  expect(await inView(app, 'kind: StatefulSet')).toBe(false)
  const resource = app.picker('Resource')
  await resource.focus()
  await resource.selectOption({ label: 'StatefulSet/db' })
  await expect.poll(() => inView(app, 'kind: StatefulSet')).toBe(true)
  await expect(resource).toBeFocused()
  // No loop: the selection stays where it was put, and the cursor is on the resource (a few frames later).
  await app.frames()
  await expect(app.picked('Resource')).toHaveText('StatefulSet/db')
  const statefulSetLine = BUNDLE.slice(0, BUNDLE.indexOf('apiVersion: apps/v1\nkind: StatefulSet')).split(
    '\n',
  ).length
  await expect(app.editor.locator('.yaml-editor-cursor')).toHaveText(`Line ${statefulSetLine}, Column 1`)
  // Choosing a container reveals it too.
  await resource.selectOption({ label: 'CronJob/nightly' })
  await app.picker('Container').focus()
  await app.picker('Container').selectOption({ label: 'backup (container)' })
  await expect.poll(() => inView(app, '- name: backup')).toBe(true)
  await expect(app.picker('Container')).toBeFocused()
})

test('a form edit shows its change in the editor, marked for a moment, without taking focus', async ({
  app,
}) => {
  await open(app)
  await app.picker('Resource').selectOption({ label: 'StatefulSet/db' })
  const runAsUser = app.podField('runAsUser')
  await app.commit(runAsUser, '1000')
  await expect.poll(() => app.getText()).toContain('runAsUser: 1000')
  await expect(app.editor.locator('.secctx-flash-line').first()).toBeAttached()
  await expect.poll(() => inView(app, 'runAsUser: 1000')).toBe(true)
  await expect(runAsUser).toBeFocused()
  await expect(app.editor.locator('.secctx-flash-line')).toHaveCount(0, { timeout: 5_000 })
  await expect(app.picked('Resource')).toHaveText('StatefulSet/db')
})

test('a share link opened in a fresh browser context shows the sender’s resource, level, version and runtime', async ({
  app,
  page,
  browser,
}) => {
  await open(app)
  await app.picker('Resource').selectOption({ label: 'CronJob/nightly' })
  await app.picker('Container').selectOption({ label: 'backup (container)' })
  await app.picker('Pod Security level').selectOption('baseline')
  await app.picker('Kubernetes version').selectOption('v1.30')
  await app.picker('Container runtime').selectOption('cri-o')
  await app.tab('Problems').click()
  const url = await app.shareLink()
  expect(url).toMatch(
    /#y=[\w+$-]+&resource=1&container=1&level=baseline&version=v1\.30&runtime=cri-o&imageUser=0&tab=problems$/,
  )
  // The same URL as "Copy share link" (the box shows it whether or not the clipboard was allowed).
  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url)

  const context = await browser.newContext()
  try {
    const other = new App(await context.newPage())
    await other.open(url)
    await expect(other.picked('Resource')).toHaveText('CronJob/nightly')
    await expect(other.picked('Container')).toHaveText('backup (container)')
    await expect(other.picker('Pod Security level')).toHaveValue('baseline')
    await expect(other.picker('Kubernetes version')).toHaveValue('v1.30')
    await expect(other.picker('Container runtime')).toHaveValue('cri-o')
    await expect(other.tab('Problems')).toHaveAttribute('aria-selected', 'true')
    expect(await other.getText()).toBe(BUNDLE)
    await expect.poll(() => inView(other, '- name: backup')).toBe(true)
    // A fresh context had no other work: nothing to restore.
    await expect(other.page.getByRole('button', { name: 'Back to your manifest' })).toHaveCount(0)
  } finally {
    await context.close()
  }
})

test('options survive a reload; a share link never silently replaces other work', async ({ app, page }) => {
  await open(app, BUNDLE.replace('image: nginx:1.27', 'image: nginx:1.28 # my work'))
  const mine = await app.getText()
  await app.picker('Pod Security level').selectOption('privileged')
  await app.picker('Container runtime').selectOption('cri-o')
  // The view is saved after a short debounce: wait until it is.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('secctx:view') ?? ''))
    .toContain('"runtime":"cri-o"')
  await page.reload()
  await app.ready()
  await expect(app.picker('Pod Security level')).toHaveValue('privileged')
  await expect(app.picker('Container runtime')).toHaveValue('cri-o')
  expect(await app.getText()).toBe(mine)

  // An old link (text only), opened over the autosaved work in a new page load.
  const shared = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shared\nspec:\n  containers:\n  - name: c\n'
  await page.goto('about:blank')
  await app.open('/#y=' + lz.compressToEncodedURIComponent(shared))
  await expect(app.picked('Container')).toHaveText('c (container)')
  await expect(app.picker('Pod Security level')).toHaveValue('privileged') // the receiver's own options
  await expect(page.getByRole('status').filter({ hasText: 'Opened a shared manifest' })).toBeVisible()
  await page.getByRole('button', { name: 'Back to your manifest' }).click()
  await expect.poll(() => app.getText()).toBe(mine)
  await expect(page.getByRole('button', { name: 'Back to your manifest' })).toHaveCount(0)
  // One undoable edit: one undo brings the shared text back.
  await app.undo()
  await expect.poll(() => app.getText()).toBe(shared)
})
