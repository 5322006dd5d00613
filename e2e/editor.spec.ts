import { expect, test, type Page } from '@playwright/test'
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

const editorRegion = (page: Page) => page.getByRole('region', { name: 'YAML editor' })
const editorInput = (page: Page) => editorRegion(page).getByRole('textbox', { name: /YAML editor/ })

async function openEditor(page: Page, query = '') {
  await page.goto('/' + query)
  await expect(editorInput(page)).toBeAttached({ timeout: 20_000 }) // the Monaco chunk is 1.1 MB gzip
}

/** Monaco's rendering of markers, and of one token. */
const squiggles = (page: Page) => editorRegion(page).locator('.squiggly-warning, .squiggly-error')
const word = (page: Page, w: string) =>
  editorRegion(page).locator('.view-line span span', { hasText: new RegExp(`^${w}$`) })

/**
 * Waits until a marker underlines the token `w`. Waiting for any squiggle is not enough: the app's own markers
 * (PSS, lint) come with the text, the YAML worker's schema markers up to seconds later on a cold load, and
 * Monaco reads the markers under the mouse once per hover (a hover that came first stays empty).
 */
async function squiggleUnder(page: Page, w: string) {
  const box = (await word(page, w).boundingBox())!
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await expect
    .poll(
      () =>
        squiggles(page).evaluateAll(
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
const banner = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ })

const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())
const setText = (page: Page, text: string) => page.evaluate((t) => window.secctx!.setText(t), text)

test('the editor loads with no request leaving the origin', async ({ page, baseURL }) => {
  const foreign: string[] = []
  const network = trackNetwork(page)
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  await openEditor(page)
  await expect(editorRegion(page).locator('.view-lines')).toContainText('kind: Pod')
  // Everything the editor loads lazily is in by now: workers, the schema chunk, hover widgets and codicons.
  await setText(page, DEPLOYMENT)
  await squiggleUnder(page, 'replica')
  await word(page, 'replica').hover()
  await expect(page.getByRole('tooltip')).toContainText('Property replica is not allowed.')
  await network.quiet()
  expect(foreign).toEqual([])
})

test('setText then getText gives the same text back, CRLF included', async ({ page }) => {
  await openEditor(page)
  await setText(page, DEPLOYMENT)
  expect(await getText(page)).toBe(DEPLOYMENT)
  const crlf = POD.replace(/\n/g, '\r\n')
  await setText(page, crlf)
  expect(await getText(page)).toBe(crlf)
  await expect(editorRegion(page).locator('.view-lines')).toContainText('security-context-demo')
})

test('a misspelled field gets a schema marker', async ({ page }) => {
  await openEditor(page)
  await setText(page, DEPLOYMENT)
  await squiggleUnder(page, 'replica')
  await word(page, 'replica').hover()
  await expect(page.getByRole('tooltip')).toContainText('Property replica is not allowed.')
})

test('schema completion and hover know the newest securityContext fields', async ({ page }) => {
  await openEditor(page, '?calm')
  await setText(page, POD)
  await editorRegion(page).locator('.view-line', { hasText: 'fsGroup: 2000' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('    ')
  const suggest = editorRegion(page).getByRole('listbox')
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
  await word(page, 'fsGroup').hover()
  await expect(page.getByRole('tooltip')).toContainText(
    'A special supplemental group that applies to all containers',
  )
})

test('typing in the editor reaches the store: breaking the YAML shows the error banner', async ({ page }) => {
  await openEditor(page, '?calm')
  await setText(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\n')
  await expect(banner(page)).toHaveCount(0)
  await editorRegion(page).locator('.view-line', { hasText: 'kind: Pod' }).click()
  await page.keyboard.press('End')
  await page.keyboard.type(':')
  expect(await getText(page)).toBe('apiVersion: v1\nkind: Pod:\nmetadata:\n  name: demo\n')
  await expect(banner(page)).toHaveText(
    'YAML error at line 2, column 7: Nested mappings are not allowed in compact mappings',
  )
  await page.keyboard.press('Control+z')
  await expect(banner(page)).toHaveCount(0)
})

test('Ctrl+Z after a store edit restores the exact original text', async ({ page }) => {
  await openEditor(page)
  const original = await getText(page)
  await editorInput(page).focus()
  const start = original.indexOf('1000')
  await page.evaluate(([s]) => window.secctx!.replaceRange(s!, s! + 4, '2000'), [start])
  expect(await getText(page)).toBe(original.replace('runAsUser: 1000', 'runAsUser: 2000'))
  await page.keyboard.press('Control+z')
  expect(await getText(page)).toBe(original)
  // setText is one undoable edit as well.
  await setText(page, DEPLOYMENT)
  await editorInput(page).focus()
  await page.keyboard.press('Control+z')
  expect(await getText(page)).toBe(original)
})

test('a problem marker offers its quick fixes; applying one is a single undoable edit', async ({ page }) => {
  await openEditor(page)
  await setText(page, POD)
  await expect(squiggles(page).first()).toBeAttached({ timeout: 15_000 })
  await editorInput(page).focus()
  await page.keyboard.press('F8') // next problem: the cursor lands on the first marker
  await expect(page.locator('.marker-widget')).toContainText('PSS: runAsNonRoot != true')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+.')
  // The preferred fix of the marker under the cursor is the focused option; Enter applies it.
  await expect(page.getByRole('option', { name: 'Set runAsNonRoot: true' })).toHaveClass(/focused/)
  await page.keyboard.press('Enter')
  await expect
    .poll(() => getText(page))
    .toBe(POD.replace('fsGroup: 2000\n', 'fsGroup: 2000\n    runAsNonRoot: true\n'))
  await editorInput(page).focus()
  await page.keyboard.press('Control+z')
  expect(await getText(page)).toBe(POD)
})

test('invalid YAML keeps the text and the banner names line and column', async ({ page }) => {
  await openEditor(page)
  const broken = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: @x\n'
  await setText(page, broken)
  await expect(banner(page)).toHaveText(
    'YAML error at line 6, column 12: Plain value cannot start with reserved character @',
  )
  await expect(editorRegion(page).locator('.view-lines')).toContainText('image: @x')
  expect(await getText(page)).toBe(broken)
})

test('keyboard: the "Tab moves focus" toggle lets Tab leave the editor, and follows Ctrl+M', async ({
  page,
}) => {
  await openEditor(page)
  await setText(page, POD)
  const toggle = editorRegion(page).getByRole('button', { name: 'Tab moves focus', exact: true })
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
  await expect(editorInput(page)).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(editorInput(page)).not.toBeFocused()
  await expect(toggle).toBeFocused()
  expect(await getText(page)).toBe(POD)

  // Switched off again, the editor reached with the keyboard is guarded: Tab and Enter leave the text alone ...
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Shift+Tab')
  await expect(editorInput(page)).toBeFocused()
  await says('Press Enter to edit · Tab leaves the editor · Ctrl+M switches')
  await page.keyboard.press('Control+Home')
  // ... until Enter starts editing (it inserts nothing): then Tab indents, two spaces at the start of the first line.
  await page.keyboard.press('Enter')
  await says('Tab indents · Escape stops editing · Ctrl+M switches')
  expect(await getText(page)).toBe(POD)
  await page.keyboard.press('Tab')
  await expect(editorInput(page)).toBeFocused()
  expect(await getText(page)).toBe('  ' + POD)

  // Monaco's usual shortcut inside the editor moves the toggle too, both ways.
  await page.keyboard.press('Control+m')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await says('Tab leaves the editor · Ctrl+M switches')
  await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(editorInput(page)).toBeFocused()
  // Ctrl+M is a choice: "Tab indents" at once, no Enter needed.
  await page.keyboard.press('Control+m')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  // ... and what the toggle says is what Tab does: it indents again (the cursor is back after the two spaces).
  await page.keyboard.press('Tab')
  await expect(editorInput(page)).toBeFocused()
  expect(await getText(page)).toBe('    ' + POD)
  // Escape stops editing: Tab leaves the editor again, the text untouched.
  await page.keyboard.press('Escape')
  await says('Press Enter to edit · Tab leaves the editor · Ctrl+M switches')
  await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  expect(await getText(page)).toBe('    ' + POD)
  // Focus elsewhere: the status keeps saying what Tab does, without the shortcut.
  await page.getByRole('tab', { name: 'Effective' }).focus()
  await says('Tab indents')
})
