import { expect, test } from './fixtures'
import { trackNetwork } from './network'

test('the page loads with its panels and no request leaves the origin', async ({ app, page, baseURL }) => {
  const foreign: string[] = []
  const network = trackNetwork(page)
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  // Ready: Monaco, its workers and the lazily loaded schema are fetched once the editor is up.
  await app.open()
  await expect(page.getByRole('heading', { name: 'secctx' })).toBeVisible()
  await expect(app.podForm).toBeVisible()
  await expect(app.editor).toBeVisible()
  await expect(app.editor.locator('.monaco-editor')).toBeVisible()
  await network.quiet()
  expect(foreign).toEqual([])
})
