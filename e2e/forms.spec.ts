import { expect, test } from './fixtures'
import {
  SECURITY_CONTEXT_2 as POD_2,
  SECURITY_CONTEXT_3 as POD_3,
  SECURITY_CONTEXT_4 as POD_4,
} from './walkthrough'

// The walkthrough pod (Kubernetes "Configure a Security Context"), with comments, blank lines and quoting that
// every form edit must keep byte for byte.
const COMMENTED = `# The walkthrough pod, with comments
apiVersion: v1
kind: Pod
metadata:
  name: security-context-demo
spec:
  securityContext:
    runAsUser: 1000   # the uid
    runAsGroup: 3000

    fsGroup: 2000
  volumes:
  - name: sec-ctx-vol
    emptyDir: {}
  containers:
  - name: sec-ctx-demo
    image: "busybox:1.28"
    command: [ "sh", "-c", "sleep 1h" ]
    volumeMounts:
    - name: sec-ctx-vol
      mountPath: /data/demo
    securityContext:
      allowPrivilegeEscalation: false  # no_new_privs
`
const STREAM = `apiVersion: v1
kind: Pod
metadata:
  name: first
spec:
  containers:
  - name: app
    image: nginx
---
# a Deployment with an init container
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        fsGroup: 3000
      initContainers:
      - name: init-db
        image: busybox
        securityContext:
          runAsUser: 0
      containers:
      - name: app
        image: nginx
        securityContext:
          runAsUser: 101
`

test('text in: the forms show the pod values, the container values and what it inherits', async ({ app }) => {
  await app.open(COMMENTED)
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  await expect(app.podField('runAsGroup')).toHaveValue('3000')
  await expect(app.podField('fsGroup')).toHaveValue('2000')
  await expect(app.containerField('allowPrivilegeEscalation')).toHaveValue('false')
  await expect(app.containerField('runAsUser')).toHaveValue('')
  await expect(app.containerField('runAsUser')).toHaveAttribute('placeholder', '1000 (from pod)')
  await expect(app.containerField('runAsGroup')).toHaveAttribute('placeholder', '3000 (from pod)')
  await expect(app.picker('Container')).toHaveText('sec-ctx-demo (container)')
  await expect(app.picker('Resource')).toHaveText('Pod/security-context-demo')
  await expect(app.podField('runAsUser')).toHaveAccessibleDescription(
    /The user ID the container process runs as/,
  )
  await expect(app.podForm.getByText('since v1.31')).toBeVisible()
})

test('form edit: only the edited scalar changes, then Ctrl+Z in the editor restores the text', async ({
  app,
}) => {
  await app.open(COMMENTED)
  await app.commit(app.podField('runAsUser'), '2000')
  expect(await app.getText()).toBe(
    COMMENTED.replace('runAsUser: 1000   # the uid', 'runAsUser: 2000   # the uid'),
  )
  await expect(app.containerField('runAsUser')).toHaveAttribute('placeholder', '2000 (from pod)')
  await app.undo()
  await expect.poll(() => app.getText()).toBe(COMMENTED)
  await expect(app.podField('runAsUser')).toHaveValue('1000')
})

test('a new field is one line at the end of the right map; clearing a field removes its key', async ({
  app,
}) => {
  await app.open(COMMENTED)
  await app.containerField('runAsNonRoot').selectOption('true')
  const added = COMMENTED.replace(
    'false  # no_new_privs\n',
    'false  # no_new_privs\n      runAsNonRoot: true\n',
  )
  expect(await app.getText()).toBe(added)
  await app.commit(app.podField('fsGroup'), '')
  expect(await app.getText()).toBe(added.replace('    fsGroup: 2000\n', ''))
  await app.undo()
  await expect.poll(() => app.getText()).toBe(added)
})

test('typing a multi-digit number is one edit and one undo step', async ({ app, page }) => {
  await app.open(COMMENTED)
  const input = app.containerField('runAsGroup')
  await input.click()
  await input.pressSequentially('4242')
  expect(await app.getText()).toBe(COMMENTED)
  await page.keyboard.press('Tab')
  const edited = COMMENTED.replace(
    'false  # no_new_privs\n',
    'false  # no_new_privs\n      runAsGroup: 4242\n',
  )
  expect(await app.getText()).toBe(edited)
  await app.undo()
  await expect.poll(() => app.getText()).toBe(COMMENTED)
})

test('out-of-range and non-integer ids show an inline error and do not write', async ({ app }) => {
  await app.open(COMMENTED)
  const input = app.podField('runAsUser')
  for (const bad of ['2147483648', '-1', '1.5']) {
    await app.commit(input, bad)
    await expect(app.podForm.getByText('must be an integer between 0 and 2147483647')).toBeVisible()
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(await app.getText()).toBe(COMMENTED)
  }
  await app.commit(input, '2147483647')
  await expect(app.podForm.getByText('must be an integer between 0 and 2147483647')).toHaveCount(0)
  expect(await app.getText()).toContain('    runAsUser: 2147483647   # the uid\n')
})

test('walkthrough pod 2: the container override, edited and cleared from the form', async ({ app }) => {
  await app.open(POD_2)
  await expect(app.podField('runAsUser')).toHaveValue('1000')
  await expect(app.containerField('runAsUser')).toHaveValue('2000')
  await app.commit(app.containerField('runAsUser'), '3000')
  expect(await app.getText()).toBe(POD_2.replace('runAsUser: 2000', 'runAsUser: 3000'))
  await app.commit(app.containerField('runAsUser'), '')
  expect(await app.getText()).toBe(POD_2.replace('      runAsUser: 2000\n', ''))
  await expect(app.containerField('runAsUser')).toHaveAttribute('placeholder', '1000 (from pod)')
  // and the other way round: the editor text drives the form
  await app.setText(POD_2.replace('runAsUser: 2000', 'runAsUser: 2500'))
  await expect(app.containerField('runAsUser')).toHaveValue('2500')
})

test('walkthrough pod 4: capabilities add and drop checkboxes', async ({ app }) => {
  await app.open(POD_4)
  const caps = app.containerForm
  await expect(caps.getByRole('checkbox', { name: 'add NET_ADMIN', exact: true })).toBeChecked()
  await expect(caps.getByRole('checkbox', { name: 'add SYS_TIME', exact: true })).toBeChecked()
  await expect(caps.getByRole('checkbox', { name: 'drop ALL', exact: true })).not.toBeChecked()
  await expect(caps.getByRole('checkbox', { name: /^add / })).toHaveCount(42)
  await caps.getByRole('checkbox', { name: 'add SYS_TIME', exact: true }).uncheck()
  expect(await app.getText()).toBe(POD_4.replace('["NET_ADMIN", "SYS_TIME"]', '["NET_ADMIN"]'))
  await caps.getByRole('checkbox', { name: 'drop ALL', exact: true }).check()
  // The new list is written like its sibling `add` (a flow sequence, double-quoted).
  expect(await app.getText()).toBe(
    `${POD_4.replace('["NET_ADMIN", "SYS_TIME"]', '["NET_ADMIN"]')}        drop: ["ALL"]\n`,
  )
  await caps.getByLabel('Filter capabilities').fill('clock')
  await expect(caps.getByRole('checkbox', { name: /^add / })).toHaveCount(1)
  await expect(caps.getByRole('checkbox', { name: 'add SYS_TIME', exact: true })).toBeVisible()
})

test('walkthrough pod 3: the first field creates securityContext, clearing the last one removes it', async ({
  app,
}) => {
  await app.open(POD_3)
  await app.commit(app.containerField('runAsUser'), '1000')
  expect(await app.getText()).toBe(`${POD_3}    securityContext:\n      runAsUser: 1000\n`)
  await app.commit(app.containerField('runAsUser'), '')
  expect(await app.getText()).toBe(POD_3)
  await app.podField('runAsNonRoot').selectOption('true')
  // A new pod-level securityContext goes before the containers, as the Kubernetes docs write it.
  const podTrue = POD_3.replace('spec:\n', 'spec:\n  securityContext:\n    runAsNonRoot: true\n')
  expect(await app.getText()).toBe(podTrue)
  const ctrNonRoot = app.containerField('runAsNonRoot')
  await expect(ctrNonRoot.locator('option:checked')).toHaveText('unset (true from pod)')
  await ctrNonRoot.selectOption('false')
  expect(await app.getText()).toBe(`${podTrue}    securityContext:\n      runAsNonRoot: false\n`)
  await expect(ctrNonRoot).toHaveValue('false')
})

test('multi-document: the Resource and Container pickers switch the panels', async ({ app }) => {
  await app.open(STREAM)
  const resource = app.picker('Resource')
  const container = app.picker('Container')
  await expect(resource.getByRole('option')).toHaveText(['Pod/first', 'Deployment/web'])
  await expect(app.podField('fsGroup')).toHaveValue('')
  await resource.selectOption({ label: 'Deployment/web' })
  await expect(app.podField('fsGroup')).toHaveValue('3000')
  await expect(container.getByRole('option')).toHaveText(['init-db (initContainer)', 'app (container)'])
  await expect(app.containerField('runAsUser')).toHaveValue('0')
  await container.selectOption({ label: 'app (container)' })
  await expect(app.containerField('runAsUser')).toHaveValue('101')
  await app.commit(app.containerField('runAsUser'), '1001')
  expect(await app.getText()).toBe(STREAM.replace('runAsUser: 101', 'runAsUser: 1001'))
})

test('invalid YAML: controls turn read-only over the last good values and the text is kept', async ({
  app,
  page,
}) => {
  await app.open(COMMENTED)
  await app.commit(app.podField('runAsUser'), '-1') // an unwritten draft with an error …
  const broken = COMMENTED.replace('  containers:\n', '  containers: [\n')
  await app.setText(broken)
  await expect(page.getByRole('note').filter({ hasText: 'fix it in the editor first' })).toBeVisible()
  await expect(app.podField('runAsUser')).toBeDisabled()
  await expect(app.podField('runAsUser')).toHaveValue('1000') // … gives way to the last good value
  await expect(app.containerField('allowPrivilegeEscalation')).toBeDisabled()
  await expect(app.containerForm.getByRole('checkbox', { name: 'drop ALL', exact: true })).toBeDisabled()
  expect(await app.getText()).toBe(broken)
  await app.setText(COMMENTED)
  await expect(app.podField('runAsUser')).toBeEnabled()
})

test('values the form cannot represent and unknown keys are shown as written and left alone', async ({
  app,
}) => {
  const odd = COMMENTED.replace('runAsUser: 1000 ', 'runAsUser: "1000"').replace(
    'allowPrivilegeEscalation: false  # no_new_privs\n',
    'allowPrivilegeEscalation: false  # no_new_privs\n      foo: bar\n',
  )
  await app.open(odd)
  await expect(app.podField('runAsUser')).toHaveValue('"1000"')
  await expect(app.podForm.getByText('Shown as written: not a number.')).toBeVisible()
  await expect(app.containerForm.getByText('Kept as written')).toBeVisible()
  await expect(app.containerForm.locator('.unknown-keys')).toContainText('foo')
  await app.commit(app.podField('fsGroup'), '5')
  expect(await app.getText()).toBe(odd.replace('fsGroup: 2000', 'fsGroup: 5'))
  await app.containerField('readOnlyRootFilesystem').selectOption('true')
  expect(await app.getText()).toBe(
    odd
      .replace('fsGroup: 2000', 'fsGroup: 5')
      .replace('      foo: bar\n', '      foo: bar\n      readOnlyRootFilesystem: true\n'),
  )
})

test('seccompProfile: localhostProfile appears only for type Localhost', async ({ app }) => {
  await app.open(POD_2)
  await expect(app.containerField('seccompProfile localhostProfile')).toHaveCount(0)
  await app.containerField('seccompProfile type').selectOption('Localhost')
  const withType = POD_2.replace(
    '      allowPrivilegeEscalation: false\n',
    '      allowPrivilegeEscalation: false\n      seccompProfile:\n        type: Localhost\n',
  )
  expect(await app.getText()).toBe(withType)
  await app.commit(app.containerField('seccompProfile localhostProfile'), 'profiles/audit.json')
  expect(await app.getText()).toBe(`${withType}        localhostProfile: profiles/audit.json\n`)
  await app.containerField('seccompProfile type').selectOption('')
  expect(await app.getText()).toBe(POD_2)
  await app.podField('seccompProfile type').selectOption('RuntimeDefault')
  await expect(app.containerField('seccompProfile type')).toContainText('unset (RuntimeDefault from pod)')
})

test('supplementalGroups and sysctls lists: add, edit and remove rows', async ({ app }) => {
  const groups = POD_2.replace(
    '    runAsUser: 1000\n',
    '    runAsUser: 1000\n    supplementalGroups: [4000]\n',
  )
  await app.open(groups)
  const p = app.podForm
  await expect(p.getByLabel('supplementalGroups item 1', { exact: true })).toHaveValue('4000')
  await app.commit(p.getByLabel('New supplementalGroups item', { exact: true }), '5000')
  expect(await app.getText()).toBe(groups.replace('[4000]', '[4000, 5000]'))
  await p.getByRole('button', { name: 'Remove supplementalGroups item 1' }).click()
  expect(await app.getText()).toBe(groups.replace('[4000]', '[5000]'))
  await p.getByLabel('New sysctl name').fill('net.ipv4.ip_unprivileged_port_start')
  await p.getByLabel('New sysctl value').fill('0')
  await p.getByRole('button', { name: 'Add sysctl' }).click()
  const withSysctl = groups
    .replace('[4000]', '[5000]')
    .replace(
      '    supplementalGroups: [5000]\n',
      '    supplementalGroups: [5000]\n    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: "0"\n',
    )
  expect(await app.getText()).toBe(withSysctl)
  await app.commit(p.getByLabel('sysctls value 1', { exact: true }), '1024')
  expect(await app.getText()).toBe(withSysctl.replace('value: "0"', 'value: "1024"'))
})

test('toolbar pickers: level, version, runtime and image user', async ({ app, page }) => {
  await app.open(POD_2)
  await expect(app.picker('Pod Security level').getByRole('option')).toHaveText([
    'privileged',
    'baseline',
    'restricted',
  ])
  await expect(app.picker('Pod Security level')).toHaveValue('restricted')
  await expect(app.picker('Kubernetes version')).toHaveValue('latest')
  await app.picker('Kubernetes version').selectOption('v1.30')
  await expect(app.picker('Kubernetes version')).toHaveValue('v1.30')
  const runtime = app.picker('Container runtime')
  await expect(runtime.getByRole('option')).toHaveText(['containerd', 'CRI-O'])
  await runtime.selectOption('cri-o')
  await expect(runtime).toHaveValue('cri-o')
  const imageUser = page.getByLabel('Image user (uid)', { exact: true })
  await expect(imageUser).toHaveValue('0')
  await app.commit(imageUser, '-5')
  await expect(page.getByText('must be an integer between 0 and 2147483647')).toBeVisible()
  await app.commit(imageUser, '65534')
  await expect(imageUser).toHaveValue('65534')
  expect(await app.getText()).toBe(POD_2)
})

test('keyboard only and a laptop split screen (900 px): fields reachable, nothing overflows', async ({
  app,
  page,
}) => {
  await app.open(COMMENTED, { viewport: { width: 900, height: 800 } })
  const forms = page.getByRole('region', { name: 'Forms' })
  expect(await forms.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  await app.podField('runAsUser').focus()
  // One Tab stop per field: the field's docs link is out of the Tab order (the panel has one reference link).
  await page.keyboard.press('Tab')
  await expect(app.podField('runAsGroup')).toBeFocused()
  // Tabbing into a field selects its text, so typing replaces it
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  expect(await app.getText()).toBe(COMMENTED.replace('runAsGroup: 3000', 'runAsGroup: 7'))
})

test('keyboard: the capabilities table is one Tab stop; arrows move and Space ticks', async ({
  app,
  page,
}) => {
  await app.open(POD_3)
  await app.containerForm.getByRole('searchbox', { name: 'Filter capabilities' }).focus()
  await page.keyboard.press('Tab')
  await expect(app.containerForm.getByRole('checkbox', { name: 'add ALL', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(app.containerForm.getByRole('checkbox', { name: 'drop ALL', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(app.containerForm.getByRole('checkbox', { name: 'drop CHOWN', exact: true })).toBeFocused()
  await page.keyboard.press('Space')
  await expect
    .poll(() => app.getText())
    .toBe(`${POD_3}    securityContext:\n      capabilities:\n        drop:\n        - CHOWN\n`)
  await page.keyboard.press('End')
  await expect(
    app.containerForm.getByRole('checkbox', { name: 'drop CHECKPOINT_RESTORE', exact: true }),
  ).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(app.containerField('privileged')).toBeFocused()
  // Shift+Tab comes back to the cell last used, not to the first one.
  await page.keyboard.press('Shift+Tab')
  await expect(
    app.containerForm.getByRole('checkbox', { name: 'drop CHECKPOINT_RESTORE', exact: true }),
  ).toBeFocused()
})

test('keyboard: skip links are the first Tab stops and reach the forms, the container form, the editor and the side pane', async ({
  app,
  page,
}) => {
  await app.open(POD_3)
  const skip = (name: string) =>
    page.getByRole('navigation', { name: 'Skip links' }).getByRole('button', { name })
  // Out of sight until focused: the skip links' box is clipped to a single pixel.
  const box = page.getByRole('navigation', { name: 'Skip links' })
  expect((await box.boundingBox())?.width).toBeLessThanOrEqual(1)
  await page.locator('.brand').click()
  await page.keyboard.press('Tab')
  await expect(skip('Skip to the forms')).toBeFocused()
  expect((await box.boundingBox())?.width).toBeGreaterThan(300)
  await page.keyboard.press('Enter')
  await expect(app.podField('runAsUser')).toBeFocused()

  await page.locator('.brand').click()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(skip('Skip to the container form')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(app.containerField('runAsUser')).toBeFocused()

  await page.locator('.brand').click()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(app.editorInput).toBeFocused()

  await page.locator('.brand').click()
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
  await expect(skip('Skip to effective settings, problems and lessons')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(app.tab('Effective')).toBeFocused()
})

test('Large text reaches the toolbar pickers, the form labels and the field docs', async ({ app, page }) => {
  await app.open(POD_3)
  const sizes = () =>
    Promise.all(
      [
        app.picker('Pod Security level'),
        app.podForm.getByText('runAsUser', { exact: true }),
        app.podForm.getByText('The user ID the container process runs as.'),
      ].map((l) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))),
    )
  const normal = await sizes()
  await page.getByRole('button', { name: 'Large text' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large')
  const large = await sizes()
  expect(large.map((s, i) => Math.round((s / normal[i]!) * 100) / 100)).toEqual([1.29, 1.29, 1.29])
})

test('keyboard: Remove on a list row moves focus to the add row, not to the top of the page', async ({
  app,
  page,
}) => {
  const withLists = COMMENTED.replace(
    '    fsGroup: 2000\n',
    '    fsGroup: 2000\n    supplementalGroups: [4000]\n    sysctls:\n    - name: kernel.shm_rmid_forced\n      value: "1"\n',
  )
  await app.open(withLists)
  await app.podForm.getByRole('button', { name: 'Remove supplementalGroups item 1' }).focus()
  await page.keyboard.press('Enter')
  await expect(app.podForm.getByRole('spinbutton', { name: 'New supplementalGroups item' })).toBeFocused()
  await app.podForm.getByRole('button', { name: 'Remove sysctl 1' }).focus()
  await page.keyboard.press('Enter')
  await expect(app.podForm.getByRole('textbox', { name: 'New sysctl name' })).toBeFocused()
  await expect.poll(() => app.getText()).toBe(COMMENTED)
})
