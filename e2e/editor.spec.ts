import { expect, test, type App } from './fixtures'
import { trackNetwork } from './network'
import { SECURITY_CONTEXT } from './walkthrough'

/** The walkthrough pod (Kubernetes "Configure a Security Context", security-context.yaml) without supplementalGroups. */
const POD = SECURITY_CONTEXT.replace('    supplementalGroups: [4000]\n', '')

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replica: 1
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
      - name: app
        image: nginx:1.27
`

/** Monaco's rendering of markers, and of one token. */
const squiggles = (app: App) => app.editor.locator('.squiggly-warning, .squiggly-error')
const word = (app: App, w: string) =>
  app.editor.locator('.view-line span span', { hasText: new RegExp(`^${w}$`) })

/**
 * Waits until a marker underlines the token `w`. Waiting for any squiggle is not enough: the app's own markers
 * (PSS, lint) come with the text, the YAML worker's schema markers up to seconds later on a cold load, and
 * Monaco reads the markers under the mouse once per hover (a hover that came first stays empty).
 */
async function squiggleUnder(app: App, w: string) {
  const box = (await word(app, w).boundingBox())!
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await expect
    .poll(
      () =>
        squiggles(app).evaluateAll(
          (els, p) =>
            els.some((el) => {
              const r = el.getBoundingClientRect()
              return r.left <= p.x && p.x <= r.right && r.top <= p.y && p.y <= r.bottom
            }),
          middle,
        ),
      { timeout: 15_000 },
    )
    .toBe(true)
}

/** The banner (Monaco keeps its own, empty, role=alert live regions in the page). */
const banner = (app: App) => app.page.getByRole('alert').filter({ hasText: /\S/ })

test('the editor loads with no request leaving the origin', async ({ app, page, baseURL }) => {
  const foreign: string[] = []
  const network = trackNetwork(page)
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  await app.open()
  await expect(app.editor.locator('.view-lines')).toContainText('kind: Pod')
  // Everything the editor loads lazily is in by now: workers, the schema chunk, hover widgets and codicons.
  await app.setText(DEPLOYMENT)
  await squiggleUnder(app, 'replica')
  await word(app, 'replica').hover()
  await expect(page.getByRole('tooltip')).toContainText('Property replica is not allowed.')
  await network.quiet()
  expect(foreign).toEqual([])
})

test('setText then getText gives the same text back, CRLF included', async ({ app }) => {
  await app.open()
  await app.setText(DEPLOYMENT)
  expect(await app.getText()).toBe(DEPLOYMENT)
  const crlf = POD.replace(/\n/g, '\r\n')
  await app.setText(crlf)
  expect(await app.getText()).toBe(crlf)
  await expect(app.editor.locator('.view-lines')).toContainText('security-context-demo')
})

test('a misspelled field gets a schema marker', async ({ app, page }) => {
  await app.open(DEPLOYMENT)
  await squiggleUnder(app, 'replica')
  await word(app, 'replica').hover()
  await expect(page.getByRole('tooltip')).toContainText('Property replica is not allowed.')
})

test('schema completion and hover know the newest securityContext fields', async ({ app, page }) => {
  await app.open('/?calm', { text: POD })
  await app.line('fsGroup: 2000').click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('    ')
  const suggest = app.editor.getByRole('listbox')
  // Ask again until the yaml worker has the schema (a first request may come back before it is loaded).
  await expect(async () => {
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Space')
    await expect(suggest.getByRole('option', { name: /^supplementalGroupsPolicy/ })).toBeAttached({
      timeout: 2_000,
    })
  }).toPass({ timeout: 20_000 })
  await expect(suggest.getByRole('option', { name: /^seLinuxChangePolicy/ })).toBeAttached()
  await page.keyboard.press('Escape')
  await word(app, 'fsGroup').hover()
  await expect(page.getByRole('tooltip')).toContainText(
    'A special supplemental group that applies to all containers',
  )
})

test('typing in the editor reaches the store: breaking the YAML shows the error banner', async ({
  app,
  page,
}) => {
  await app.open('/?calm', { text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\n' })
  await expect(banner(app)).toHaveCount(0)
  await app.line('kind: Pod').click()
  await page.keyboard.press('End')
  await page.keyboard.type(':')
  expect(await app.getText()).toBe('apiVersion: v1\nkind: Pod:\nmetadata:\n  name: demo\n')
  await expect(banner(app)).toHaveText(
    'YAML error at line 2, column 7: Nested mappings are not allowed in compact mappings',
  )
  await page.keyboard.press('Control+z')
  await expect(banner(app)).toHaveCount(0)
})

test('Ctrl+Z after a store edit restores the exact original text', async ({ app, page }) => {
  await app.open()
  const original = await app.getText()
  await app.editorInput.focus()
  const start = original.indexOf('1000')
  await app.replaceRange(start, start + 4, '2000')
  expect(await app.getText()).toBe(original.replace('runAsUser: 1000', 'runAsUser: 2000'))
  await page.keyboard.press('Control+z')
  expect(await app.getText()).toBe(original)
  // setText is one undoable edit as well.
  await app.setText(DEPLOYMENT)
  await app.editorInput.focus()
  await page.keyboard.press('Control+z')
  expect(await app.getText()).toBe(original)
})

test('a problem marker offers its quick fixes; applying one is a single undoable edit', async ({
  app,
  page,
}) => {
  await app.open(POD)
  await expect(squiggles(app).first()).toBeAttached({ timeout: 15_000 })
  await app.editorInput.focus()
  await page.keyboard.press('F8') // next problem: the cursor lands on the first marker
  await expect(page.locator('.marker-widget')).toContainText('PSS: runAsNonRoot != true')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+.')
  // The preferred fix of the marker under the cursor is the focused option; Enter applies it.
  await expect(page.getByRole('option', { name: 'Set runAsNonRoot: true' })).toHaveClass(/focused/)
  await page.keyboard.press('Enter')
  await expect
    .poll(() => app.getText())
    .toBe(POD.replace('fsGroup: 2000\n', 'fsGroup: 2000\n    runAsNonRoot: true\n'))
  await app.editorInput.focus()
  await page.keyboard.press('Control+z')
  expect(await app.getText()).toBe(POD)
})

test('invalid YAML keeps the text and the banner names line and column', async ({ app }) => {
  await app.open()
  const broken = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: @x\n'
  await app.setText(broken)
  await expect(banner(app)).toHaveText(
    'YAML error at line 6, column 12: Plain value cannot start with reserved character @',
  )
  await expect(app.editor.locator('.view-lines')).toContainText('image: @x')
  expect(await app.getText()).toBe(broken)
})

test('keyboard: the "Tab moves focus" toggle lets Tab leave the editor, and follows Ctrl+M', async ({
  app,
  page,
}) => {
  await app.open(POD)
  const toggle = app.editor.getByRole('button', { name: 'Tab moves focus', exact: true })
  // What Tab does now (the toggle's description); the shortcut is named while focus is in the editor or on its
  // toggle (it works there only).
  const tabStatus = page.locator(`#${await toggle.getAttribute('aria-describedby')}`)
  const says = (text: string) => expect(tabStatus).toHaveText(text, { useInnerText: true })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await says('Tab indents')

  // Reach the toggle from the side pane's fold button (Shift+Tab), switch it on with the keyboard.
  await page.getByRole('button', { name: 'Collapse the side pane' }).focus()
  await page.keyboard.press('Shift+Tab')
  await expect(toggle).toBeFocused()
  await says('Tab indents · Escape stops editing · Ctrl+M switches')
  await expect(toggle).toHaveAccessibleDescription('Tab indents · Escape stops editing · Ctrl+M switches')
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await says('Tab leaves the editor · Ctrl+M switches')

  // Into the editor and straight out again with Tab: focus lands on the next control, the text is untouched.
  await page.keyboard.press('Shift+Tab')
  await expect(app.editorInput).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(app.editorInput).not.toBeFocused()
  await expect(toggle).toBeFocused()
  expect(await app.getText()).toBe(POD)

  // Switched off again, the editor reached with the keyboard is guarded: Tab and Enter leave the text alone ...
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Shift+Tab')
  await expect(app.editorInput).toBeFocused()
  await says('Press Enter to edit · Tab leaves the editor · Ctrl+M switches')
  await page.keyboard.press('Control+Home')
  // ... until Enter starts editing (it inserts nothing): then Tab indents, two spaces at the start of the first line.
  await page.keyboard.press('Enter')
  await says('Tab indents · Escape stops editing · Ctrl+M switches')
  expect(await app.getText()).toBe(POD)
  await page.keyboard.press('Tab')
  await expect(app.editorInput).toBeFocused()
  expect(await app.getText()).toBe('  ' + POD)

  // Monaco's usual shortcut inside the editor moves the toggle too, both ways.
  await page.keyboard.press('Control+m')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await says('Tab leaves the editor · Ctrl+M switches')
  await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(app.editorInput).toBeFocused()
  // Ctrl+M is a choice: "Tab indents" at once, no Enter needed.
  await page.keyboard.press('Control+m')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  // ... and what the toggle says is what Tab does: it indents again (the cursor is back after the two spaces).
  await page.keyboard.press('Tab')
  await expect(app.editorInput).toBeFocused()
  expect(await app.getText()).toBe('    ' + POD)
  // Escape stops editing: Tab leaves the editor again, the text untouched.
  await page.keyboard.press('Escape')
  await says('Press Enter to edit · Tab leaves the editor · Ctrl+M switches')
  await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  expect(await app.getText()).toBe('    ' + POD)
  // Focus elsewhere: the status keeps saying what Tab does, without the shortcut.
  await page.getByRole('tab', { name: 'Effective' }).focus()
  await says('Tab indents')
})
