import { expect, test, type App } from './fixtures'

const BARE = `apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
  - name: app
    image: busybox
`

async function openProblems(app: App, text: string) {
  await app.open(text)
  await app.tab('Problems').click()
  return app.problems
}

/** The level fix opens "Review changes" (issue 13 §4): nothing changes until Apply. */
async function makePass(app: App, level = 'restricted') {
  await app.page.getByRole('button', { name: `Make this resource pass ${level}` }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Review changes' })
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog).toBeHidden()
}

test('a bare pod at restricted shows the four upstream violations in upstream order', async ({
  app,
  page,
}) => {
  const list = await openProblems(app, BARE)
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

test('a fix removes its problem and makes the minimal edit', async ({ app }) => {
  const list = await openProblems(app, BARE)
  const pss = list.getByRole('listitem').filter({ hasText: /^PSS/ })
  await pss.nth(0).getByRole('button', { name: 'Set allowPrivilegeEscalation: false' }).click()
  await expect(pss).toHaveCount(3)
  await expect(pss.nth(0)).toContainText('unrestricted capabilities')
  expect(await app.getText()).toBe(`${BARE}    securityContext:\n      allowPrivilegeEscalation: false\n`)

  await pss
    .filter({ hasText: 'runAsNonRoot != true' })
    .getByRole('button', { name: 'Set runAsNonRoot: true' })
    .click()
  await expect(pss).toHaveCount(2)
  expect(await app.getText()).toBe(
    BARE.replace('spec:\n', 'spec:\n  securityContext:\n    runAsNonRoot: true\n') +
      '    securityContext:\n      allowPrivilegeEscalation: false\n',
  )
})

test('"Make this resource pass restricted" → Review changes → Apply fixes every violation in one edit', async ({
  app,
  page,
}) => {
  const list = await openProblems(app, BARE)
  await makePass(app)
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(0)
  await expect(page.getByText('Passes: restricted')).toBeVisible()
  expect(await app.getText()).toBe(
    BARE.replace(
      'spec:\n',
      'spec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n',
    ) +
      '    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - ALL\n',
  )
})

test('a lint fix rewrites CAP_NET_ADMIN to NET_ADMIN', async ({ app }) => {
  const text = BARE.replace(
    'image: busybox\n',
    'image: busybox\n    securityContext:\n      capabilities:\n        add: ["CAP_NET_ADMIN"]\n',
  )
  const list = await openProblems(app, text)
  const item = list.getByRole('listitem').filter({ hasText: 'adds "CAP_NET_ADMIN"' })
  await expect(item).toContainText('lint')
  await item.getByRole('button', { name: 'Remove the CAP_ prefix' }).click()
  await expect(item).toHaveCount(0)
  expect(await app.getText()).toBe(text.replace('CAP_NET_ADMIN', 'NET_ADMIN'))
})

test('"Show" moves the editor cursor to the node, and a fix undoes with Ctrl+Z', async ({ app, page }) => {
  const list = await openProblems(app, BARE)
  const ape = list.getByRole('listitem').filter({ hasText: 'allowPrivilegeEscalation != false' })
  await ape.getByRole('button', { name: /^Show spec\.containers\[0\] in the editor/ }).click()
  await expect(page.getByText('Line 7, Column 5')).toBeVisible()
  await ape.getByRole('button', { name: 'Set allowPrivilegeEscalation: false' }).click()
  await expect.poll(() => app.getText()).not.toBe(BARE)
  await app.undo()
  await expect.poll(() => app.getText()).toBe(BARE)
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(4)
})

/** A Deployment a cluster rejects: API errors and PSS violations at once. */
const REJECTED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        securityContext:
          privileged: true
          allowPrivilegeEscalation: false
          runAsUser: -1
          capabilities:
            add: ["CAP_SYS_ADMIN"]
`

test('a rejected Deployment: API reasons read first, the Go struct folds away, the bar says it is still rejected', async ({
  app,
  page,
}) => {
  const list = await openProblems(app, REJECTED)
  const api = list.getByRole('listitem').filter({ hasText: /^API/ })
  await expect(api).toHaveCount(3)
  const privileged = api.nth(1)
  await expect(privileged.getByRole('paragraph').first()).toHaveText(
    'spec.template.spec.containers[0].securityContext: cannot set allowPrivilegeEscalation to false and privileged to true',
  )
  const raw = privileged.getByText(
    /^spec\.template\.spec\.containers\[0\]\.securityContext: Invalid value: core\.SecurityContext\{/,
  )
  await expect(raw).toBeHidden()
  await privileged.getByText('Full API server message').click()
  await expect(raw).toBeVisible()
  // Long paths wrap inside the pane.
  expect(await list.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)

  const bar = page.getByText(/^The API server still rejects this Deployment/)
  await expect(bar).toHaveText(
    'The API server still rejects this Deployment: fix the 3 API errors first. Pod Security only checks objects that pass validation.',
  )
  await makePass(app)
  await expect(page.getByText('Passes: restricted')).toBeVisible()
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(0)
  // runAsUser: -1 is not a Pod Security matter: the level fix leaves it, and the bar keeps saying so.
  await expect(bar).toHaveText(
    'The API server still rejects this Deployment: fix the 1 API error first. Pod Security only checks objects that pass validation.',
  )
  await expect(api).toHaveCount(1)
})

test('broken YAML: the last good problems stay, marked stale, and their fixes wait for the text to parse', async ({
  app,
  page,
}) => {
  const list = await openProblems(app, BARE)
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(4)
  await app.setText(`${BARE}  x: [\n`)
  // One YAML problem for the broken document (its first error and a count), not one per parser error.
  await expect(list.getByRole('listitem').filter({ hasText: /^YAML/ })).toHaveCount(1)
  await expect(
    page.getByText('Fix the YAML errors first: the other fixes wait until the text parses again.'),
  ).toBeVisible()
  const pss = list.getByRole('listitem').filter({ hasText: /^PSS/ })
  await expect(pss).toHaveCount(4)
  await expect(pss.first()).toContainText('stale')
  await expect(list.getByRole('button', { name: 'Set allowPrivilegeEscalation: false' })).toBeDisabled()
  const verdicts = page.getByRole('group', { name: 'Verdicts of the last text that parsed (stale)' })
  await expect(verdicts).toBeVisible()
  await expect(verdicts.getByRole('button', { name: 'Make this resource pass restricted' })).toBeDisabled()
  await app.setText(BARE)
  await expect(verdicts).toBeHidden()
  await expect(pss.first()).not.toContainText('stale')
})

test('a Helm template gets one clear message instead of parser errors', async ({ app, page }) => {
  const chart = BARE.replace(
    '  name: bare\n',
    '  name: {{ include "web.fullname" . }}\n  labels:\n    {{- include "web.labels" . | nindent 4 }}\n',
  )
  const list = await openProblems(app, chart)
  const message = 'This looks like a Helm template: render it with `helm template` first'
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
  await expect(list.getByRole('listitem').filter({ hasText: /^YAML/ })).toHaveCount(1)
  await expect(list.getByRole('listitem').filter({ hasText: /^YAML/ })).toContainText(message)
})

test('keyboard: after a fix, focus moves to the next problem’s fix; after the reviewed level fix, to the heading', async ({
  app,
  page,
}) => {
  const list = await openProblems(app, BARE)
  await list.getByRole('button', { name: 'Set allowPrivilegeEscalation: false' }).focus()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('button', { name: 'Drop ALL capabilities' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('button', { name: 'Set runAsNonRoot: true' })).toBeFocused()
  await page.getByRole('button', { name: 'Make this resource pass restricted' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Review changes' })
  await expect(dialog.getByRole('heading', { name: 'Review changes' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Apply' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Passes: restricted')).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Problems/ })).toBeFocused()
})
