import { expect, test, type Locator, type Page } from '@playwright/test'
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

const pod = (page: Page) => page.getByRole('region', { name: 'Pod securityContext' })
const ctr = (page: Page) => page.getByRole('region', { name: 'Container securityContext' })
const field = (region: Locator, name: string) => region.getByLabel(name, { exact: true })
const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())

/** Opens the app, waits for Monaco (so edits land on its undo stack) and loads `text` through window.secctx. */
async function load(page: Page, text: string) {
  await page.goto('/')
  await page.locator('.monaco-editor').first().waitFor()
  await page.evaluate((t) => window.secctx!.setText(t), text)
  expect(await getText(page)).toBe(text)
}

async function commit(input: Locator, value: string) {
  await input.fill(value)
  await input.press('Enter')
}

async function undoInEditor(page: Page) {
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('Control+z')
}

test('text in: the forms show the pod values, the container values and what it inherits', async ({
  page,
}) => {
  await load(page, COMMENTED)
  await expect(field(pod(page), 'runAsUser')).toHaveValue('1000')
  await expect(field(pod(page), 'runAsGroup')).toHaveValue('3000')
  await expect(field(pod(page), 'fsGroup')).toHaveValue('2000')
  await expect(field(ctr(page), 'allowPrivilegeEscalation')).toHaveValue('false')
  await expect(field(ctr(page), 'runAsUser')).toHaveValue('')
  await expect(field(ctr(page), 'runAsUser')).toHaveAttribute('placeholder', '1000 (from pod)')
  await expect(field(ctr(page), 'runAsGroup')).toHaveAttribute('placeholder', '3000 (from pod)')
  await expect(page.getByRole('combobox', { name: 'Container', exact: true })).toHaveText(
    'sec-ctx-demo (container)',
  )
  await expect(page.getByRole('combobox', { name: 'Resource', exact: true })).toHaveText(
    'Pod/security-context-demo',
  )
  await expect(field(pod(page), 'runAsUser')).toHaveAccessibleDescription(
    /The user ID the container process runs as/,
  )
  await expect(pod(page).getByText('since v1.31')).toBeVisible()
})

test('form edit: only the edited scalar changes, then Ctrl+Z in the editor restores the text', async ({
  page,
}) => {
  await load(page, COMMENTED)
  await commit(field(pod(page), 'runAsUser'), '2000')
  expect(await getText(page)).toBe(
    COMMENTED.replace('runAsUser: 1000   # the uid', 'runAsUser: 2000   # the uid'),
  )
  await expect(field(ctr(page), 'runAsUser')).toHaveAttribute('placeholder', '2000 (from pod)')
  await undoInEditor(page)
  await expect.poll(() => getText(page)).toBe(COMMENTED)
  await expect(field(pod(page), 'runAsUser')).toHaveValue('1000')
})

test('a new field is one line at the end of the right map; clearing a field removes its key', async ({
  page,
}) => {
  await load(page, COMMENTED)
  await field(ctr(page), 'runAsNonRoot').selectOption('true')
  const added = COMMENTED.replace(
    'false  # no_new_privs\n',
    'false  # no_new_privs\n      runAsNonRoot: true\n',
  )
  expect(await getText(page)).toBe(added)
  await commit(field(pod(page), 'fsGroup'), '')
  expect(await getText(page)).toBe(added.replace('    fsGroup: 2000\n', ''))
  await undoInEditor(page)
  await expect.poll(() => getText(page)).toBe(added)
})

test('typing a multi-digit number is one edit and one undo step', async ({ page }) => {
  await load(page, COMMENTED)
  const input = field(ctr(page), 'runAsGroup')
  await input.click()
  await input.pressSequentially('4242')
  expect(await getText(page)).toBe(COMMENTED)
  await page.keyboard.press('Tab')
  const edited = COMMENTED.replace(
    'false  # no_new_privs\n',
    'false  # no_new_privs\n      runAsGroup: 4242\n',
  )
  expect(await getText(page)).toBe(edited)
  await undoInEditor(page)
  await expect.poll(() => getText(page)).toBe(COMMENTED)
})

test('out-of-range and non-integer ids show an inline error and do not write', async ({ page }) => {
  await load(page, COMMENTED)
  const input = field(pod(page), 'runAsUser')
  for (const bad of ['2147483648', '-1', '1.5']) {
    await commit(input, bad)
    await expect(pod(page).getByText('must be an integer between 0 and 2147483647')).toBeVisible()
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(await getText(page)).toBe(COMMENTED)
  }
  await commit(input, '2147483647')
  await expect(pod(page).getByText('must be an integer between 0 and 2147483647')).toHaveCount(0)
  expect(await getText(page)).toContain('    runAsUser: 2147483647   # the uid\n')
})

test('walkthrough pod 2: the container override, edited and cleared from the form', async ({ page }) => {
  await load(page, POD_2)
  await expect(field(pod(page), 'runAsUser')).toHaveValue('1000')
  await expect(field(ctr(page), 'runAsUser')).toHaveValue('2000')
  await commit(field(ctr(page), 'runAsUser'), '3000')
  expect(await getText(page)).toBe(POD_2.replace('runAsUser: 2000', 'runAsUser: 3000'))
  await commit(field(ctr(page), 'runAsUser'), '')
  expect(await getText(page)).toBe(POD_2.replace('      runAsUser: 2000\n', ''))
  await expect(field(ctr(page), 'runAsUser')).toHaveAttribute('placeholder', '1000 (from pod)')
  // and the other way round: the editor text drives the form
  await page.evaluate((t) => window.secctx!.setText(t), POD_2.replace('runAsUser: 2000', 'runAsUser: 2500'))
  await expect(field(ctr(page), 'runAsUser')).toHaveValue('2500')
})

test('walkthrough pod 4: capabilities add and drop checkboxes', async ({ page }) => {
  await load(page, POD_4)
  const caps = ctr(page)
  await expect(caps.getByRole('checkbox', { name: 'add NET_ADMIN', exact: true })).toBeChecked()
  await expect(caps.getByRole('checkbox', { name: 'add SYS_TIME', exact: true })).toBeChecked()
  await expect(caps.getByRole('checkbox', { name: 'drop ALL', exact: true })).not.toBeChecked()
  await expect(caps.getByRole('checkbox', { name: /^add / })).toHaveCount(42)
  await caps.getByRole('checkbox', { name: 'add SYS_TIME', exact: true }).uncheck()
  expect(await getText(page)).toBe(POD_4.replace('["NET_ADMIN", "SYS_TIME"]', '["NET_ADMIN"]'))
  await caps.getByRole('checkbox', { name: 'drop ALL', exact: true }).check()
  // The new list is written like its sibling `add` (a flow sequence, double-quoted).
  expect(await getText(page)).toBe(
    `${POD_4.replace('["NET_ADMIN", "SYS_TIME"]', '["NET_ADMIN"]')}        drop: ["ALL"]\n`,
  )
  await caps.getByLabel('Filter capabilities').fill('clock')
  await expect(caps.getByRole('checkbox', { name: /^add / })).toHaveCount(1)
  await expect(caps.getByRole('checkbox', { name: 'add SYS_TIME', exact: true })).toBeVisible()
})

test('walkthrough pod 3: the first field creates securityContext, clearing the last one removes it', async ({
  page,
}) => {
  await load(page, POD_3)
  await commit(field(ctr(page), 'runAsUser'), '1000')
  expect(await getText(page)).toBe(`${POD_3}    securityContext:\n      runAsUser: 1000\n`)
  await commit(field(ctr(page), 'runAsUser'), '')
  expect(await getText(page)).toBe(POD_3)
  await field(pod(page), 'runAsNonRoot').selectOption('true')
  // A new pod-level securityContext goes before the containers, as the Kubernetes docs write it.
  const podTrue = POD_3.replace('spec:\n', 'spec:\n  securityContext:\n    runAsNonRoot: true\n')
  expect(await getText(page)).toBe(podTrue)
  const ctrNonRoot = field(ctr(page), 'runAsNonRoot')
  await expect(ctrNonRoot.locator('option:checked')).toHaveText('unset (true from pod)')
  await ctrNonRoot.selectOption('false')
  expect(await getText(page)).toBe(`${podTrue}    securityContext:\n      runAsNonRoot: false\n`)
  await expect(ctrNonRoot).toHaveValue('false')
})

test('multi-document: the Resource and Container pickers switch the panels', async ({ page }) => {
  await load(page, STREAM)
  const resource = page.getByRole('combobox', { name: 'Resource', exact: true })
  const container = page.getByRole('combobox', { name: 'Container', exact: true })
  await expect(resource.getByRole('option')).toHaveText(['Pod/first', 'Deployment/web'])
  await expect(field(pod(page), 'fsGroup')).toHaveValue('')
  await resource.selectOption({ label: 'Deployment/web' })
  await expect(field(pod(page), 'fsGroup')).toHaveValue('3000')
  await expect(container.getByRole('option')).toHaveText(['init-db (initContainer)', 'app (container)'])
  await expect(field(ctr(page), 'runAsUser')).toHaveValue('0')
  await container.selectOption({ label: 'app (container)' })
  await expect(field(ctr(page), 'runAsUser')).toHaveValue('101')
  await commit(field(ctr(page), 'runAsUser'), '1001')
  expect(await getText(page)).toBe(STREAM.replace('runAsUser: 101', 'runAsUser: 1001'))
})

test('invalid YAML: controls turn read-only over the last good values and the text is kept', async ({
  page,
}) => {
  await load(page, COMMENTED)
  await commit(field(pod(page), 'runAsUser'), '-1') // an unwritten draft with an error …
  const broken = COMMENTED.replace('  containers:\n', '  containers: [\n')
  await page.evaluate((t) => window.secctx!.setText(t), broken)
  await expect(page.getByRole('note').filter({ hasText: 'fix it in the editor first' })).toBeVisible()
  await expect(field(pod(page), 'runAsUser')).toBeDisabled()
  await expect(field(pod(page), 'runAsUser')).toHaveValue('1000') // … gives way to the last good value
  await expect(field(ctr(page), 'allowPrivilegeEscalation')).toBeDisabled()
  await expect(ctr(page).getByRole('checkbox', { name: 'drop ALL', exact: true })).toBeDisabled()
  expect(await getText(page)).toBe(broken)
  await page.evaluate((t) => window.secctx!.setText(t), COMMENTED)
  await expect(field(pod(page), 'runAsUser')).toBeEnabled()
})

test('values the form cannot represent and unknown keys are shown as written and left alone', async ({
  page,
}) => {
  const odd = COMMENTED.replace('runAsUser: 1000 ', 'runAsUser: "1000"').replace(
    'allowPrivilegeEscalation: false  # no_new_privs\n',
    'allowPrivilegeEscalation: false  # no_new_privs\n      foo: bar\n',
  )
  await load(page, odd)
  await expect(field(pod(page), 'runAsUser')).toHaveValue('"1000"')
  await expect(pod(page).getByText('Shown as written: not a number.')).toBeVisible()
  await expect(ctr(page).getByText('Kept as written')).toBeVisible()
  await expect(ctr(page).locator('.unknown-keys')).toContainText('foo')
  await commit(field(pod(page), 'fsGroup'), '5')
  expect(await getText(page)).toBe(odd.replace('fsGroup: 2000', 'fsGroup: 5'))
  await field(ctr(page), 'readOnlyRootFilesystem').selectOption('true')
  expect(await getText(page)).toBe(
    odd
      .replace('fsGroup: 2000', 'fsGroup: 5')
      .replace('      foo: bar\n', '      foo: bar\n      readOnlyRootFilesystem: true\n'),
  )
})

test('seccompProfile: localhostProfile appears only for type Localhost', async ({ page }) => {
  await load(page, POD_2)
  await expect(field(ctr(page), 'seccompProfile localhostProfile')).toHaveCount(0)
  await field(ctr(page), 'seccompProfile type').selectOption('Localhost')
  const withType = POD_2.replace(
    '      allowPrivilegeEscalation: false\n',
    '      allowPrivilegeEscalation: false\n      seccompProfile:\n        type: Localhost\n',
  )
  expect(await getText(page)).toBe(withType)
  await commit(field(ctr(page), 'seccompProfile localhostProfile'), 'profiles/audit.json')
  expect(await getText(page)).toBe(`${withType}        localhostProfile: profiles/audit.json\n`)
  await field(ctr(page), 'seccompProfile type').selectOption('')
  expect(await getText(page)).toBe(POD_2)
  await field(pod(page), 'seccompProfile type').selectOption('RuntimeDefault')
  await expect(field(ctr(page), 'seccompProfile type')).toContainText('unset (RuntimeDefault from pod)')
})

test('supplementalGroups and sysctls lists: add, edit and remove rows', async ({ page }) => {
  const groups = POD_2.replace(
    '    runAsUser: 1000\n',
    '    runAsUser: 1000\n    supplementalGroups: [4000]\n',
  )
  await load(page, groups)
  const p = pod(page)
  await expect(p.getByLabel('supplementalGroups item 1', { exact: true })).toHaveValue('4000')
  await commit(p.getByLabel('New supplementalGroups item', { exact: true }), '5000')
  expect(await getText(page)).toBe(groups.replace('[4000]', '[4000, 5000]'))
  await p.getByRole('button', { name: 'Remove supplementalGroups item 1' }).click()
  expect(await getText(page)).toBe(groups.replace('[4000]', '[5000]'))
  await p.getByLabel('New sysctl name').fill('net.ipv4.ip_unprivileged_port_start')
  await p.getByLabel('New sysctl value').fill('0')
  await p.getByRole('button', { name: 'Add sysctl' }).click()
  const withSysctl = groups
    .replace('[4000]', '[5000]')
    .replace(
      '    supplementalGroups: [5000]\n',
      '    supplementalGroups: [5000]\n    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: "0"\n',
    )
  expect(await getText(page)).toBe(withSysctl)
  await commit(p.getByLabel('sysctls value 1', { exact: true }), '1024')
  expect(await getText(page)).toBe(withSysctl.replace('value: "0"', 'value: "1024"'))
})

test('toolbar pickers: level, version, runtime and image user', async ({ page }) => {
  await load(page, POD_2)
  await expect(page.getByRole('combobox', { name: 'Pod Security level' }).getByRole('option')).toHaveText([
    'privileged',
    'baseline',
    'restricted',
  ])
  await expect(page.getByRole('combobox', { name: 'Pod Security level' })).toHaveValue('restricted')
  await expect(page.getByRole('combobox', { name: 'Kubernetes version' })).toHaveValue('latest')
  await page.getByRole('combobox', { name: 'Kubernetes version' }).selectOption('v1.30')
  await expect(page.getByRole('combobox', { name: 'Kubernetes version' })).toHaveValue('v1.30')
  const runtime = page.getByRole('combobox', { name: 'Container runtime' })
  await expect(runtime.getByRole('option')).toHaveText(['containerd', 'CRI-O'])
  await runtime.selectOption('cri-o')
  await expect(runtime).toHaveValue('cri-o')
  const imageUser = page.getByLabel('Image user (uid)', { exact: true })
  await expect(imageUser).toHaveValue('0')
  await commit(imageUser, '-5')
  await expect(page.getByText('must be an integer between 0 and 2147483647')).toBeVisible()
  await commit(imageUser, '65534')
  await expect(imageUser).toHaveValue('65534')
  expect(await getText(page)).toBe(POD_2)
})

test('keyboard only and a laptop split screen (900 px): fields reachable, nothing overflows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 800 })
  await load(page, COMMENTED)
  const forms = page.getByRole('region', { name: 'Forms' })
  expect(await forms.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  await field(pod(page), 'runAsUser').focus()
  // One Tab stop per field: the field's docs link is out of the Tab order (the panel has one reference link).
  await page.keyboard.press('Tab')
  await expect(field(pod(page), 'runAsGroup')).toBeFocused()
  // Tabbing into a field selects its text, so typing replaces it
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  expect(await getText(page)).toBe(COMMENTED.replace('runAsGroup: 3000', 'runAsGroup: 7'))
})

test('keyboard: the capabilities table is one Tab stop; arrows move and Space ticks', async ({ page }) => {
  await load(page, POD_3)
  await ctr(page).getByRole('searchbox', { name: 'Filter capabilities' }).focus()
  await page.keyboard.press('Tab')
  await expect(ctr(page).getByRole('checkbox', { name: 'add ALL', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(ctr(page).getByRole('checkbox', { name: 'drop ALL', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(ctr(page).getByRole('checkbox', { name: 'drop CHOWN', exact: true })).toBeFocused()
  await page.keyboard.press('Space')
  await expect
    .poll(() => getText(page))
    .toBe(`${POD_3}    securityContext:\n      capabilities:\n        drop:\n        - CHOWN\n`)
  await page.keyboard.press('End')
  await expect(
    ctr(page).getByRole('checkbox', { name: 'drop CHECKPOINT_RESTORE', exact: true }),
  ).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(field(ctr(page), 'privileged')).toBeFocused()
  // Shift+Tab comes back to the cell last used, not to the first one.
  await page.keyboard.press('Shift+Tab')
  await expect(
    ctr(page).getByRole('checkbox', { name: 'drop CHECKPOINT_RESTORE', exact: true }),
  ).toBeFocused()
})

test('keyboard: skip links are the first Tab stops and reach the forms, the container form, the editor and the side pane', async ({
  page,
}) => {
  await load(page, POD_3)
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
  await expect(field(pod(page), 'runAsUser')).toBeFocused()

  await page.locator('.brand').click()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(skip('Skip to the container form')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(field(ctr(page), 'runAsUser')).toBeFocused()

  await page.locator('.brand').click()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'YAML editor' }).getByRole('textbox')).toBeFocused()

  await page.locator('.brand').click()
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
  await expect(skip('Skip to effective settings, problems and lessons')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Effective' })).toBeFocused()
})

test('Large text reaches the toolbar pickers, the form labels and the field docs', async ({ page }) => {
  await load(page, POD_3)
  const sizes = () =>
    Promise.all(
      [
        page.getByRole('combobox', { name: 'Pod Security level' }),
        pod(page).getByText('runAsUser', { exact: true }),
        pod(page).getByText('The user ID the container process runs as.'),
      ].map((l) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))),
    )
  const normal = await sizes()
  await page.getByRole('button', { name: 'Large text' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large')
  const large = await sizes()
  expect(large.map((s, i) => Math.round((s / normal[i]!) * 100) / 100)).toEqual([1.29, 1.29, 1.29])
})

test('keyboard: Remove on a list row moves focus to the add row, not to the top of the page', async ({
  page,
}) => {
  const withLists = COMMENTED.replace(
    '    fsGroup: 2000\n',
    '    fsGroup: 2000\n    supplementalGroups: [4000]\n    sysctls:\n    - name: kernel.shm_rmid_forced\n      value: "1"\n',
  )
  await load(page, withLists)
  await pod(page).getByRole('button', { name: 'Remove supplementalGroups item 1' }).focus()
  await page.keyboard.press('Enter')
  await expect(pod(page).getByRole('spinbutton', { name: 'New supplementalGroups item' })).toBeFocused()
  await pod(page).getByRole('button', { name: 'Remove sysctl 1' }).focus()
  await page.keyboard.press('Enter')
  await expect(pod(page).getByRole('textbox', { name: 'New sysctl name' })).toBeFocused()
  await expect.poll(() => getText(page)).toBe(COMMENTED)
})
