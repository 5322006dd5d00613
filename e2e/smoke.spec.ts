import { expect, test } from '@playwright/test'

test('the page loads with its panels and no request leaves the origin', async ({ page, baseURL }) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'secctx' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pod securityContext' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'YAML editor' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(foreign).toEqual([])
})
