import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './fixtures'

// Layouts (issue 15): presentation mode on a projector, Large text on a laptop, a phone; resizable, foldable panes.
test.describe.configure({ timeout: 60_000 })

/** The page never scrolls sideways. */
const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

const shoot = async (page: Page, info: TestInfo, name: string) => {
  const path = info.outputPath(`${name}.png`)
  await page.screenshot({ path })
  await info.attach(name, { path, contentType: 'image/png' })
}

test('presentation mode at 1024×768 and 1280×720: the YAML, the whole shell output and the layering picture, nothing else', async ({
  app,
  page,
}, info) => {
  await app.open('/', { viewport: { width: 1024, height: 768 } })
  const toggle = page.getByRole('button', { name: 'Presentation mode' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const shell = app.shell
  // All of the shell output is on screen, without scrolling.
  await expect(shell.getByLabel(/^Shell output for /)).toBeInViewport({ ratio: 1 })
  await expect(shell).toContainText('uid=1000 gid=3000 groups=2000,3000,4000')
  await expect(app.editorInput).toBeAttached()
  await expect(app.editor).toBeInViewport()
  await expect(app.podForm).toBeHidden()
  await expect(page.getByRole('tablist', { name: 'Details' })).toBeHidden()
  await noHorizontalScroll(page)
  await shoot(page, info, 'presentation-1024x768')
  // A 1280×720 projector: shorter, and the shell output still fits.
  await page.setViewportSize({ width: 1280, height: 720 })
  await expect(shell.getByLabel(/^Shell output for /)).toBeInViewport({ ratio: 1 })
  await noHorizontalScroll(page)
  await shoot(page, info, 'presentation-1280x720')
  // Remembered: a reload comes back in presentation mode; the button leaves it.
  await page.reload()
  await app.ready()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(app.podForm).toBeVisible()
})

test('1280×720 with Large text: a lesson step reads beside the editor, its shell output in reach', async ({
  app,
  page,
}, info) => {
  await app.open('/#lesson=user-and-group', {
    viewport: { width: 1280, height: 720 },
    storage: { 'secctx:large-text': 'true' },
  })
  await expect(page.getByRole('button', { name: 'Large text' })).toHaveAttribute('aria-pressed', 'true')
  const lesson = app.lessons
  await expect(
    lesson.getByRole('heading', { name: 'Run every container as a user and a group' }),
  ).toBeInViewport()
  await expect(lesson.getByText(/^This is security-context\.yaml from the walkthrough/)).toBeInViewport()
  await noHorizontalScroll(page)
  await shoot(page, info, 'large-text-1280x720')
  // The side pane scrolls on its own (the page does not): the shell output comes into view there.
  const output = lesson.getByRole('region', { name: 'Lesson shell output' })
  await output.scrollIntoViewIfNeeded()
  await expect(output).toContainText('uid=1000 gid=3000 groups=2000,3000,4000')
  await expect(output).toBeInViewport({ ratio: 1 })
  await expect(page.getByRole('heading', { name: 'secctx', level: 1 })).toBeInViewport()
})

test('a phone (390×844): one pane at a time with tabs, the lesson text fully on screen, no sideways scrolling', async ({
  app,
  page,
}, info) => {
  // On a phone showing the lesson the editor is ready in a hidden pane.
  await app.open('/#lesson=user-and-group', { viewport: { width: 390, height: 844 } })
  const tabs = page.getByRole('tablist', { name: 'Panes' })
  await expect(tabs.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true')
  const lesson = app.lessons
  const text = lesson.getByText(/^This is security-context\.yaml from the walkthrough/)
  await expect(text).toBeInViewport({ ratio: 1 })
  const box = (await text.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(390)
  await expect(app.editor).toBeHidden()
  await noHorizontalScroll(page)
  await shoot(page, info, 'phone-390x844')
  // The YAML tab shows the editor alone; the lesson keeps its place.
  await tabs.getByRole('tab', { name: 'YAML' }).click()
  await expect(app.editor.locator('.view-lines')).toBeVisible()
  await expect(lesson).toBeHidden()
  await noHorizontalScroll(page)
  await tabs.getByRole('tab', { name: 'YAML' }).press('ArrowLeft')
  await expect(tabs.getByRole('tab', { name: 'Forms' })).toBeFocused()
  await expect(app.podForm).toBeVisible()
  await noHorizontalScroll(page)
})

test('panes resize and fold with the keyboard and the pointer; the sizes survive a reload', async ({
  app,
  page,
}) => {
  await app.open('/', { viewport: { width: 1280, height: 800 } })
  const forms = page.locator('#pane-forms')
  const separator = page.getByRole('separator', { name: 'Resize the forms pane' })
  await expect(separator).toHaveAttribute('aria-valuenow', '27')
  const before = (await forms.boundingBox())!.width
  await separator.focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  await expect(separator).toHaveAttribute('aria-valuenow', '33')
  expect((await forms.boundingBox())!.width).toBeGreaterThan(before + 60)
  // Enter folds the pane and unfolds it at the same width.
  await page.keyboard.press('Enter')
  await expect(separator).toHaveAttribute('aria-valuenow', '0')
  await expect(app.podForm).toBeHidden()
  await page.keyboard.press('Enter')
  await expect(separator).toHaveAttribute('aria-valuenow', '33')
  await expect(app.podForm).toBeVisible()

  // The pointer drags the side pane's gutter; its button folds the pane.
  const side = page.getByRole('separator', { name: 'Resize the side pane' })
  const handle = (await side.boundingBox())!
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  await page.mouse.move(1280 * 0.55, handle.y + handle.height / 2, { steps: 4 })
  await page.mouse.up()
  await expect(side).toHaveAttribute('aria-valuenow', '45')
  await page.getByRole('button', { name: 'Collapse the side pane' }).click()
  await expect(page.getByRole('tablist', { name: 'Details' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Expand the side pane' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )

  await page.reload()
  await app.ready()
  await expect(separator).toHaveAttribute('aria-valuenow', '33')
  await expect(side).toHaveAttribute('aria-valuenow', '0')
  await expect(page.getByRole('tablist', { name: 'Details' })).toBeHidden()
  await page.getByRole('button', { name: 'Expand the side pane' }).click()
  await expect(side).toHaveAttribute('aria-valuenow', '45')
})

test('keyboard safety: Tab into the editor, then Tab and Enter leave the text alone until Enter starts editing', async ({
  app,
  page,
}) => {
  await app.open('/', { viewport: { width: 1280, height: 800 } })
  const text = () => app.getText()
  const original = await text()
  const status = app.editor.getByRole('status')
  await page.getByRole('separator', { name: 'Resize the forms pane' }).focus()
  await page.keyboard.press('Tab')
  await expect(app.editorInput).toBeFocused()
  await expect(status).toHaveText('Press Enter to edit · Tab leaves the editor')
  // Tab goes on to the next control, Shift+Tab comes back: nothing typed.
  await page.keyboard.press('Tab')
  await expect(app.editorInput).not.toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(app.editorInput).toBeFocused()
  expect(await text()).toBe(original)
  // Enter starts editing (and inserts nothing); then Enter is a line break as usual.
  await page.keyboard.press('Enter')
  await expect(status).toHaveText('Tab indents')
  expect(await text()).toBe(original)
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('Enter')
  expect(await text()).toBe('\n' + original)
  // Escape stops editing: Tab leaves again.
  await page.keyboard.press('Escape')
  await expect(status).toHaveText('Press Enter to edit · Tab leaves the editor')
  await page.keyboard.press('Tab')
  await expect(app.editorInput).not.toBeFocused()
  expect(await text()).toBe('\n' + original)
  // A click into the editor edits at once, as before.
  await app.line('kind: Pod').click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  expect(await text()).toBe('\n' + original.replace('kind: Pod\n', 'kind: Pod\n\n'))
})
