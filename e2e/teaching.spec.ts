import type { Locator } from '@playwright/test'
import { App, expect, test } from './fixtures'

// Each test loads Monaco once or twice (and the lesson walk 16 manifests): allow for a busy 2-core CI box.
test.describe.configure({ timeout: 60_000 })

/** A text with the things a share link must carry exactly: comments, CRLF, tabs in strings, unicode. */
const TRICKY = `# shared from secctx — café ✓\r
apiVersion: v1\r
kind: Pod\r
metadata:\r
  name: share-demo   # trailing comment\r
spec:\r
  securityContext:\r
    runAsUser: 1234\r
  containers:\r
  - name: app\r
    image: "busybox:1.28"\r
    command: ["sh", "-c", "printf 'a\\tb'"]\r
`

const EDITED = `apiVersion: v1
kind: Pod
metadata:
  name: unsaved-work
spec:
  securityContext:
    runAsUser: 4242
  containers:
  - name: app
    image: busybox:1.28
`

/** Per step: its id, one line its shell output must show, and text the editor must highlight. */
const STEPS: [id: string, output: string, highlighted: string][] = [
  ['user-and-group', 'uid=1000 gid=3000 groups=2000,3000,4000', 'supplementalGroups: [4000]'],
  ['no-run-as-group', 'uid=1000 gid=0(root) groups=0(root),2000,4000', 'fsGroup: 2000'],
  ['fsgroup-volume', 'drwxrwsrwx 2 root 2000 4096 … /data/demo', 'mountPath: /data/demo'],
  [
    'supplemental-groups-policy',
    'uid=1000(user-defined-in-image) gid=3000 groups=3000,4000',
    'supplementalGroupsPolicy: Strict',
  ],
  ['container-override', 'uid=2000', 'runAsUser: 2000'],
  ['default-capabilities', 'CapEff:\t00000000a80425fb', 'name: sec-ctx-3'],
  ['add-capabilities', 'CapEff:\t00000000aa0435fb', 'add: ["NET_ADMIN", "SYS_TIME"]'],
  ['drop-all', 'CapEff:\t0000000000000400', 'drop: ["ALL"]'],
  ['non-root-capabilities', 'CapEff:\t0000000000000000', 'runAsUser: 1000'],
  ['privileged', 'CapEff:\t000001ffffffffff', 'privileged: true'],
  ['allow-privilege-escalation', 'NoNewPrivs:\t1', 'allowPrivilegeEscalation: false'],
  ['selinux-level', 'system_u:system_r:container_t:s0:c123,c456', 'level: "s0:c123,c456"'],
  ['seccomp', 'Seccomp:\t2', 'type: RuntimeDefault'],
  ['apparmor', 'k8s-apparmor-example-deny-write (enforce)', 'appArmorProfile:'],
  ['read-only-root', 'touch: /probe: Read-only file system', 'readOnlyRootFilesystem: true'],
  ['restricted', 'uid=10001 gid=10001 groups=10001', 'runAsNonRoot: true'],
  ['init-container-context', 'uid=0(root) gid=3000', 'runAsUser: 0'],
  ['sidecar-context', 'touch: /probe: Read-only file system', 'restartPolicy: Always'],
  ['ephemeral-context', 'cannot be set on create', 'ephemeralContainers:'],
  ['userns-root-inside', '0     131072      65536', 'hostUsers: false'],
  ['userns-capabilities', 'CapEff:\t00000000a80435fb', 'add: ["NET_ADMIN"]'],
  ['userns-pod-security', 'uid=0(root)', 'runAsUser: 0'],
  ['openshift-kubernetes', 'uid=10000 gid=0(root)', 'runAsUser: 10000'],
  ['openshift-must-be-in-ranges', 'must be in the ranges: [1000750000, 1000759999]', 'runAsUser: 10000'],
  ['openshift-assigned-uid', 'uid=1000750000 gid=0(root)', 'name: app'],
  ['openshift-arbitrary-uid', 'uid=1000750000 gid=0(root)', 'image: busybox:1.36'],
]

test('a share link opened in a fresh page gives exactly the text', async ({
  app,
  page,
  context,
  baseURL,
}) => {
  await app.open()
  await app.setText(TRICKY)
  await page.getByRole('button', { name: 'Copy share link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link.startsWith(`${baseURL}/#y=`)).toBe(true)
  // The compressed text, then the view (`&resource=0&level=restricted...`, issue 13).
  expect(link.slice(`${baseURL}/#y=`.length)).toMatch(/^[A-Za-z0-9+$-]+(&[A-Za-z]+=[\w.%-]*)*$/)

  const fresh = new App(await context.newPage())
  await fresh.open(link)
  expect(await fresh.getText()).toBe(TRICKY)
  // The hash is dropped once loaded, so a reload restores the (autosaved) work rather than the link.
  await expect.poll(() => fresh.page.evaluate(() => location.hash)).toBe('')
})

test('a reload restores unsaved work, and "Reset to example" brings the example back', async ({
  app,
  page,
}) => {
  await app.open()
  const example = await app.getText()
  await app.setText(EDITED)
  await page.reload()
  await app.ready()
  expect(await app.getText()).toBe(EDITED)
  await expect(page.getByText('Restored your last session')).toBeVisible()
  await page.getByRole('button', { name: 'Reset to example' }).click()
  expect(await app.getText()).toBe(example)
  await expect(page.getByText('Restored your last session')).toBeHidden()
})

test('every lesson step loads its manifest, highlights its fields and shows its output', async ({
  app,
  page,
}) => {
  await app.open()
  await app.tab('Learn').click()
  await app.lessons.getByRole('button', { name: 'Start the lessons' }).click()
  const shell = app.lessons.getByRole('region', { name: 'Lesson shell output' })
  const highlight = page.locator('.monaco-editor .secctx-highlight-inline')
  for (const [i, [id, output, highlighted]] of STEPS.entries()) {
    await expect(app.lessons.getByText(`Step ${i + 1} of ${STEPS.length}`)).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`#lesson=${id}$`))
    await expect(shell).toContainText(output)
    await expect(page.locator('.monaco-editor .secctx-highlight-line').first()).toBeAttached()
    await expect
      .poll(async () => (await highlight.allInnerTexts()).join('').replace(/\u00a0/g, ' '), id)
      .toContain(highlighted)
    if (i < STEPS.length - 1) await app.lessons.getByRole('button', { name: 'Next' }).click()
  }
  await expect(app.lessons.getByRole('button', { name: 'Next' })).toBeDisabled()
})

test('loading a lesson step is one undoable edit', async ({ app }) => {
  await app.open()
  await app.setText(EDITED)
  await app.tab('Learn').click()
  await app.lessons.getByRole('button', { name: 'Capabilities' }).click()
  await expect(app.lessons.getByRole('heading', { name: 'The runtime’s default capabilities' })).toBeVisible()
  expect(await app.getText()).toContain('name: security-context-demo-3')
  await app.undo()
  await expect.poll(() => app.getText()).toBe(EDITED)
})

test('a deep link opens the right step', async ({ app, page }) => {
  await app.open('/#lesson=drop-all')
  await expect(app.tab('Learn')).toHaveAttribute('aria-selected', 'true')
  await expect(
    app.lessons.getByRole('heading', { name: 'Drop ALL, add back only what you need' }),
  ).toBeVisible()
  await expect(app.lessons.getByText(/^Step 8 of \d+$/)).toBeVisible()
  expect(await app.getText()).toContain('drop: ["ALL"]')
  await expect(app.lessons.getByRole('region', { name: 'Lesson shell output' })).toContainText(
    '0x0000000000000400=cap_net_bind_service',
  )
  // The step's own link, followed in the open page, switches steps.
  await page.evaluate(() => (location.hash = '#lesson=privileged'))
  await expect(
    app.lessons.getByRole('heading', { name: 'privileged: true turns almost everything off' }),
  ).toBeVisible()
  expect(await app.getText()).toContain('privileged: true')
})

test('examples load as one undoable edit', async ({ app }) => {
  await app.open()
  const before = await app.getText()
  await app.picker('Examples').selectOption({ label: 'Hardened Deployment (restricted)' })
  await expect.poll(() => app.getText()).toContain('kind: Deployment')
  await app.undo()
  await expect.poll(() => app.getText()).toBe(before)
})

test('Download saves secctx.yaml; Open file and drag and drop load a file', async ({ app, page }) => {
  await app.open()
  expect(await app.download()).toEqual({ name: 'secctx.yaml', text: await app.getText() })

  await app.openFile('pod.yaml', 'application/yaml', EDITED)
  await expect.poll(() => app.getText()).toBe(EDITED)

  await page.evaluate((text) => {
    const data = new DataTransfer()
    data.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }))
    const target = document.querySelector('.monaco-editor') ?? document.body
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, TRICKY)
  await expect.poll(() => app.getText()).toBe(TRICKY)
})

test('the theme toggle switches, is remembered, and follows prefers-color-scheme by default', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await app.open()
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('button', { name: 'Light theme' }).click()
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeFocused()
  await page.reload()
  await app.ready()
  await expect(html).toHaveAttribute('data-theme', 'light')
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(bg).toBe('rgb(255, 255, 255)')
  await page.getByRole('button', { name: 'Large text' }).click()
  await expect(html).toHaveAttribute('data-text-size', 'large')
})

test('on a 720p projector: the shell output comes before the field list, and Next stays in view', async ({
  app,
  page,
}) => {
  await app.open('/#lesson=selinux-level', { viewport: { width: 1280, height: 720 } })
  const next = app.lessons.getByRole('button', { name: 'Next' })
  const shell = app.lessons.getByRole('region', { name: 'Lesson shell output' })
  const fields = app.lessons.getByRole('list', { name: 'Fields in this step' })
  // The longest step: Next is reachable without scrolling the pane.
  await expect(next).toBeInViewport()
  const [shellTop, fieldsTop] = await Promise.all(
    [shell, fields].map(async (l) => (await l.boundingBox())!.y),
  )
  expect(shellTop).toBeLessThan(fieldsTop!)
  // Scrolled to the bottom, Next opens the following step at its top.
  await page.locator('aside.side-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await next.click()
  const title = app.lessons.getByRole('heading', { name: 'Filter system calls with seccomp' })
  await expect(title).toBeInViewport()
  await expect(app.lessons.getByText(/^Step 13 of \d+$/)).toBeInViewport()
})

test('keyboard: starting and leaving the lessons keeps focus in the Lessons panel', async ({ app, page }) => {
  await app.open()
  await app.tab('Learn').click()
  await app.lessons.getByRole('button', { name: 'Start the lessons' }).focus()
  await page.keyboard.press('Enter')
  const title = app.lessons.getByRole('heading', { name: 'Lessons', exact: true })
  await expect(title).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(app.lessons.getByRole('link', { name: 'Link to this step' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(app.lessons.getByRole('button', { name: 'Exit lessons' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(app.lessons.getByRole('button', { name: 'Start the lessons' })).toBeVisible()
  await expect(title).toBeFocused()
})

test('the layering picture: on top of Effective and in the override lesson, live, with a text alternative', async ({
  app,
  page,
}) => {
  await app.open('/#lesson=container-override')
  // In the lesson: the container's 2000 wins over the pod's 1000 and the image's 0.
  await expect(
    app.lessons.getByRole('img', {
      name: /runAsUser: container 2000 wins over runtime default 0 and pod 1000/,
    }),
  ).toBeVisible()
  // Live: drop the container's runAsUser, the pod wins.
  const text = await app.getText()
  await app.setText(text.replace('      runAsUser: 2000\n', ''))
  await expect(
    app.lessons.getByRole('img', { name: /runAsUser: pod 1000 wins over runtime default 0/ }),
  ).toBeVisible()
  // At the top of Effective, with "Show as table" showing the same layers as a table.
  await app.tab('Effective').click()
  const effective = page.getByRole('region', { name: 'Effective' })
  await expect(effective.getByRole('img', { name: /Who decides, for sec-ctx-demo-2/ })).toBeVisible()
  const top = async (l: Locator) => (await l.boundingBox())!.y
  const settings = effective.getByRole('table', { name: 'Effective settings' })
  expect(await top(effective.getByRole('img', { name: /Who decides/ }))).toBeLessThan(await top(settings))
  await effective.getByRole('button', { name: 'Show as table' }).click()
  const table = effective.getByRole('table', { name: 'Layers' })
  await expect(table.getByRole('row').filter({ hasText: 'runAsUser' })).toHaveText(
    /runAsUser.*0.*wins: 1000.*unset/,
  )
  await expect(effective.getByRole('img', { name: /Who decides/ })).toHaveCount(0)
})

test('the OpenShift lesson switches the platform, shows the refusal and the assigned uid; Exit puts Kubernetes back', async ({
  app,
  page,
}) => {
  await app.open('/#lesson=openshift-kubernetes')
  const platform = app.picker('Platform')
  const shell = app.lessons.getByRole('region', { name: 'Lesson shell output' })
  const verdict = app.lessons.getByRole('region', { name: 'Lesson verdict' })
  await expect(shell).toContainText('uid=10000 gid=0(root)')
  await expect(platform).toHaveValue('kubernetes')
  await app.lessons.getByRole('button', { name: 'Next' }).click()
  await expect(platform).toHaveValue('openshift')
  await expect(verdict).toContainText(
    'provider restricted-v2: .containers[0].runAsUser: Invalid value: 10000: must be in the ranges: [1000750000, 1000759999]',
  )
  await app.lessons.getByRole('button', { name: 'Next' }).click()
  await expect(shell).toContainText('uid=1000750000 gid=0(root) groups=0(root),1000750000')
  await expect(verdict).toContainText('admitted by restricted-v2')
  await expect(
    app.lessons.getByRole('img', { name: /runAsUser: openshift scc 1000750000 wins/ }),
  ).toBeVisible()
  await app.lessons.getByRole('button', { name: 'Exit lessons' }).click()
  await expect(platform).toHaveValue('kubernetes')
  // The user-namespace lesson says which lines runc checked and which are modelled.
  await page.evaluate(() => (location.hash = '#lesson=userns-root-inside'))
  await expect(shell).toContainText('0     131072      65536')
  await expect(shell).toContainText('uid_map: modelled, not run')
})
