/**
 * The page object every spec uses (issue 12): `import { expect, test } from './fixtures'`, then `async ({ app }) =>`.
 * One readiness signal: the YAML editor region is `aria-busy="true"` until Monaco is mounted with the Kubernetes
 * schema registered (src/ui/EditorPane.tsx); window.secctx and the first analysis are there before that.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test'

export { expect }

/** Monaco's chunk is 1.1 MB gzip: on a loaded 2-core box it can take a while to arrive and start. */
const READY_MS = 20_000

export interface OpenOptions {
  /** A text loaded through window.secctx.setText once the page is ready (with a URL as the first argument). */
  text?: string
  /** localStorage entries set before the page's own scripts run (theme, Large text, saved work ...). */
  storage?: Record<string, string>
  /** The viewport, set before the page loads. */
  viewport?: { width: number; height: number }
}

/** One line starting with `/` or `http(s):` is a location; anything else (a manifest has lines) is a text. */
const isUrl = (s: string) => !s.includes('\n') && /^(\/|https?:)/.test(s)

export class App {
  constructor(readonly page: Page) {}

  /**
   * Opens `target` (a URL, default `/`) or opens `/` and loads `target` as the text, then waits until the app is
   * ready (and, with a text, until getText() returns it).
   */
  async open(target = '/', options: OpenOptions = {}) {
    const url = isUrl(target) ? target : '/'
    const text = isUrl(target) ? options.text : target
    if (options.viewport) await this.page.setViewportSize(options.viewport)
    if (options.storage)
      await this.page.addInitScript((items) => {
        for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v)
      }, options.storage)
    await this.page.goto(url)
    await this.ready()
    if (text !== undefined) {
      await this.setText(text)
      expect(await this.getText()).toBe(text)
    }
  }

  /** The one readiness signal (also after a reload): Monaco mounted, schema registered, window.secctx there. */
  async ready() {
    // Also where the editor's pane is hidden (a phone showing another pane).
    const editor = this.page.getByRole('region', { name: 'YAML editor', exact: true, includeHidden: true })
    await expect(editor).toHaveAttribute('aria-busy', 'false', { timeout: READY_MS })
  }

  getText(): Promise<string> {
    return this.page.evaluate(() => window.secctx!.getText())
  }

  async setText(text: string) {
    await this.page.evaluate((t) => window.secctx!.setText(t), text)
  }

  async replaceRange(start: number, end: number, text: string) {
    await this.page.evaluate(([s, e, t]) => window.secctx!.replaceRange(s, e, t), [start, end, text] as const)
  }

  /** Waits until the page has painted twice: Monaco renders a scroll or a cursor move on the next frame. */
  async frames() {
    await this.page.evaluate(
      () =>
        new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
    )
  }

  shareLink(): Promise<string> {
    return this.page.evaluate(() => window.secctx!.shareLink())
  }

  /** Ctrl+Z in the editor (focused first, as a user would click into it). */
  async undo() {
    await this.editorInput.focus()
    await this.page.keyboard.press('Control+z')
  }

  /** "Open file" with a file of this name, type and text. */
  async openFile(name: string, mimeType: string, text: string) {
    const choosing = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Open file' }).click()
    await (await choosing).setFiles({ name, mimeType, buffer: Buffer.from(text) })
  }

  /** "Download": the file the browser saves, its suggested name and its text. */
  async download(): Promise<{ name: string; text: string }> {
    const downloading = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Download' }).click()
    const d = await downloading
    const chunks: Buffer[] = []
    for await (const c of await d.createReadStream()) chunks.push(c as Buffer)
    return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
  }

  /** Types `value` into a form field and commits it with Enter. */
  async commit(field: Locator, value: string) {
    await field.fill(value)
    await field.press('Enter')
  }

  // The regions and controls of design §4.3, by role and accessible name.
  get editor() {
    return this.page.getByRole('region', { name: 'YAML editor', exact: true })
  }
  get editorInput() {
    return this.editor.getByRole('textbox', { name: /YAML editor/ })
  }
  /** A rendered line of the editor holding `text`. */
  line(text: string) {
    return this.editor.locator('.view-line', { hasText: text })
  }
  get podForm() {
    return this.page.getByRole('region', { name: 'Pod securityContext' })
  }
  get containerForm() {
    return this.page.getByRole('region', { name: 'Container securityContext' })
  }
  /** A form control by its field's YAML name (`runAsUser`, `seccompProfile type`, ...). */
  podField(name: string) {
    return this.podForm.getByLabel(name, { exact: true })
  }
  containerField(name: string) {
    return this.containerForm.getByLabel(name, { exact: true })
  }
  get shell() {
    return this.page.getByRole('region', { name: 'Simulated shell' })
  }
  get settings() {
    return this.page.getByRole('table', { name: 'Effective settings' })
  }
  /** The Effective settings row of a field. */
  setting(field: string) {
    return this.settings
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) })
  }
  get problems() {
    return this.page.getByRole('list', { name: 'Problems' })
  }
  get resources() {
    return this.page.getByRole('list', { name: 'Resources' })
  }
  get lessons() {
    return this.page.getByRole('region', { name: 'Lessons' })
  }
  /** A side pane tab: Resources, Effective, Problems, Learn. */
  tab(name: string) {
    return this.page.getByRole('tab', { name })
  }
  /** A picker (combobox) by its exact name: Resource, Container, Pod Security level, Kubernetes version, ... */
  picker(name: string) {
    return this.page.getByRole('combobox', { name, exact: true })
  }
  /** The option a picker shows. */
  picked(name: string) {
    return this.picker(name).locator('option:checked')
  }
}

export const test = base.extend<{ app: App }>({
  // (Playwright's `use`, named otherwise so the React hooks lint rule leaves it alone.)
  app: async ({ page }, provide) => {
    await provide(new App(page))
  },
})
