import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { trackNetwork } from './network'

// The built page's Content-Security-Policy (index.html meta): no 'unsafe-eval', no inline script, nothing leaves
// the origin. The session test also serves the same policy as a response header, as a static host would: only
// a header reaches the workers (a meta tag does not), so Monaco's and the YAML worker's code is held to it too.

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
      securityContext:
        runAsUser: 1000
      containers:
      - name: app
        image: nginx:1.27
`

function metaPolicy(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  return m ? m[1]! : ''
}

function directives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) out[name] = values
  }
  return out
}

const VIOLATION_LOG = 'CSP violation'

/** Records violations in the page (and logs them, so a worker's reach the console listener too). */
const LISTEN = `self.addEventListener('securitypolicyviolation', (e) => {
  const v = '${VIOLATION_LOG}: ' + e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber
  ;(self.__csp = self.__csp || []).push(v)
  console.error(v)
});\n`

/** Serves every response with `policy` as a header; `fake` maps a path to a script body served in its place. */
async function serveWithPolicy(page: Page, policy: string, fake: Record<string, string> = {}) {
  await page.route('**/*', async (route) => {
    const path = new URL(route.request().url()).pathname
    if (fake[path] !== undefined) {
      const headers = { 'content-type': 'text/javascript', 'content-security-policy': policy }
      await route.fulfill({ status: 200, headers, body: LISTEN + fake[path] })
      return
    }
    const response = await route.fetch()
    const headers = { ...response.headers(), 'content-security-policy': policy }
    if (/\.worker-[\w-]+\.js$/.test(path)) {
      await route.fulfill({ response, headers, body: LISTEN + (await response.text()) })
    } else await route.fulfill({ response, headers })
  })
}

// A lazy chunk may still be in flight through the route when a test ends.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }))

test('the built page declares a policy without unsafe-eval, and has no inline script', async ({
  app,
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  const policy = metaPolicy(html)
  expect(policy).not.toBe('')
  expect(policy).not.toContain("'unsafe-eval'")
  const d = directives(policy)
  expect(d['default-src']).toEqual(["'self'"])
  expect(d['script-src']).toEqual(["'self'"])
  expect(d['connect-src']).toEqual(["'self'"])
  expect(d['object-src']).toEqual(["'none'"])
  expect(d['base-uri']).toEqual(["'self'"])
  // Every script is a file of the origin: no inline body, no event-handler attributes, no javascript: URLs.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  expect(scripts.length).toBeGreaterThan(0)
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\ssrc="\.?\/assets\/[\w.-]+\.js"/)
    expect(body!.trim()).toBe('')
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i)
  expect(html).not.toMatch(/javascript:/i)
  await app.open()
  expect(await page.locator('script:not([src])').count()).toBe(0)
})

test('loading, editing and the YAML worker: no policy violation, no console error, no foreign request', async ({
  app,
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000) // every response goes through the route
  const policy = metaPolicy(await (await request.get('/')).text())
  await serveWithPolicy(page, policy)
  await page.addInitScript(LISTEN)
  const errors: string[] = []
  const foreign: string[] = []
  const workers: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  const network = trackNetwork(page)
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  page.on('worker', (w) =>
    workers.push(
      w
        .url()
        .replace(/-[\w-]+\.js$/, '.js')
        .replace(baseURL!, ''),
    ),
  )

  await app.open(DEPLOYMENT)
  const editor = app.editor

  // The YAML worker validated against the (lazily loaded) schema: its marker and hover.
  await expect(editor.locator('.squiggly-warning, .squiggly-error').first()).toBeAttached({ timeout: 15_000 })
  // F8 walks the markers (errors first, so ours come before the worker's warning) and shows each message. (Not
  // hover: on some cold loads the hover stays away until the next edit although the marker is there.)
  await app.editorInput.focus()
  await expect(async () => {
    await page.keyboard.press('F8')
    await expect(page.locator('.marker-widget')).toContainText('Property replica is not allowed.', {
      timeout: 500,
    })
  }).toPass({ timeout: 20_000 })
  await page.keyboard.press('Escape')

  // A form edit and a keystroke in Monaco.
  await app.commit(app.podField('runAsUser'), '2000')
  const edited = DEPLOYMENT.replace('runAsUser: 1000', 'runAsUser: 2000')
  await expect.poll(() => app.getText()).toBe(edited)
  await page.keyboard.press('Escape')
  await app.editorInput.focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('#')
  await expect.poll(() => app.getText()).toBe(edited + '#')

  // The other panels (and whatever they load).
  for (const tab of ['Problems', 'Learn', 'Effective']) await app.tab(tab).click()
  await network.quiet()

  expect(workers).toEqual(expect.arrayContaining(['/assets/yaml.worker.js', '/assets/editor.worker.js']))
  expect(await page.evaluate(() => (self as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([])
  expect(errors).toEqual([])
  expect(foreign).toEqual([])
})

test('the policy is enforced and violations would be seen: inline script in the page, eval in a worker', async ({
  app,
  page,
  request,
}) => {
  test.setTimeout(60_000) // every response goes through the route
  const policy = metaPolicy(await (await request.get('/')).text())
  // A worker script of the origin that evaluates a string, served the way the real workers are.
  await serveWithPolicy(page, policy, {
    '/assets/probe.worker-test.js': `try { ${'eval'}('1') } catch { postMessage('blocked') }`,
  })
  await page.addInitScript(LISTEN)
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith(VIOLATION_LOG)) errors.push(m.text())
  })
  await app.open()
  await page.addScriptTag({ content: 'window.__inlineRan = true' }).catch(() => undefined)
  // Reported once per policy that forbids it (the meta tag and the header: the same text, deduplicated here).
  const seen = () => page.evaluate(() => [...new Set((self as unknown as { __csp?: string[] }).__csp)])
  await expect.poll(seen).toEqual([expect.stringMatching(/^CSP violation: script-src-elem inline at /)])
  expect(await page.evaluate(() => '__inlineRan' in window)).toBe(false)
  const reply = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const w = new Worker('./assets/probe.worker-test.js', { type: 'module' })
        w.onmessage = (e) => resolve(String(e.data))
        w.onerror = (e) => resolve(`error: ${e.message}`)
      }),
  )
  expect(reply).toBe('blocked')
  await expect
    .poll(() => [...new Set(errors)])
    .toEqual([
      expect.stringMatching(/^CSP violation: script-src-elem inline/),
      expect.stringMatching(/^CSP violation: script-src eval at /),
    ])
})
