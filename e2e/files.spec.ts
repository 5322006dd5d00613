import { expect, test, type Page } from '@playwright/test'

// Issue 13 §8: Download keeps the opened file's name and format.
const JSON_POD = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
    "name": "json-pod"
  },
  "spec": {
    "containers": [
      {
        "name": "app",
        "image": "nginx"
      }
    ]
  }
}
`

const getText = (page: Page) => page.evaluate(() => window.secctx!.getText())
const editorInput = (page: Page) =>
  page.getByRole('region', { name: 'YAML editor' }).getByRole('textbox', { name: /YAML editor/ })

async function download(page: Page): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download' }).click()
  const d = await downloading
  const chunks: Buffer[] = []
  for await (const c of await d.createReadStream()) chunks.push(c as Buffer)
  return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
}

test('Download keeps the opened file’s name and format: a .json file stays JSON, edits as written', async ({
  page,
}) => {
  await page.goto('/')
  await expect(editorInput(page)).toBeAttached({ timeout: 20_000 })
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open file' }).click()
  await (
    await choosing
  ).setFiles({ name: 'pod.json', mimeType: 'application/json', buffer: Buffer.from(JSON_POD) })
  await expect.poll(() => getText(page)).toBe(JSON_POD)

  // A form edit writes JSON into the JSON text; nothing else is rewritten.
  const runAsUser = page
    .getByRole('region', { name: 'Pod securityContext' })
    .getByLabel('runAsUser', { exact: true })
  await runAsUser.fill('1000')
  await runAsUser.press('Enter')
  const edited = JSON_POD.replace(
    '  "spec": {\n',
    '  "spec": {\n    "securityContext": {"runAsUser": 1000},\n',
  )
  await expect.poll(() => getText(page)).toBe(edited)

  expect(await download(page)).toEqual({ name: 'pod.json', text: edited })
  await expect(page.getByText('Downloaded pod.json')).toBeVisible()

  // Another text (an example) is no longer that file.
  await page
    .getByRole('combobox', { name: 'Examples' })
    .selectOption({ label: 'Hardened Deployment (restricted)' })
  await expect.poll(() => getText(page)).toContain('kind: Deployment')
  expect((await download(page)).name).toBe('secctx.yaml')
})
