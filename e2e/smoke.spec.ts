import { expect, test } from '@playwright/test'
import { trackNetwork } from './network'

test('the page loads with its panels and no request leaves the origin', async ({ page, baseURL }) => {
  const foreign: string[] = []
  const network = trackNetwork(page)
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'secctx' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pod securityContext' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'YAML editor' })).toBeVisible()
  // Monaco, its workers and the lazily loaded schema are all fetched once the editor is up.
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 20_000 })
  await network.quiet()
  expect(foreign).toEqual([])
})
