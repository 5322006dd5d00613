import { expect, test } from './fixtures'

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

test('Download keeps the opened file’s name and format: a .json file stays JSON, edits as written', async ({
  app,
  page,
}) => {
  await app.open()
  await app.openFile('pod.json', 'application/json', JSON_POD)
  await expect.poll(() => app.getText()).toBe(JSON_POD)

  // A form edit writes JSON into the JSON text; nothing else is rewritten.
  await app.commit(app.podField('runAsUser'), '1000')
  const edited = JSON_POD.replace(
    '  "spec": {\n',
    '  "spec": {\n    "securityContext": {"runAsUser": 1000},\n',
  )
  await expect.poll(() => app.getText()).toBe(edited)

  expect(await app.download()).toEqual({ name: 'pod.json', text: edited })
  await expect(page.getByText('Downloaded pod.json')).toBeVisible()

  // Another text (an example) is no longer that file.
  await app.picker('Examples').selectOption({ label: 'Hardened Deployment (restricted)' })
  await expect.poll(() => app.getText()).toContain('kind: Deployment')
  expect((await app.download()).name).toBe('secctx.yaml')
})
