import { expect, test } from './fixtures'
import { SECURITY_CONTEXT_5, SECURITY_CONTEXT_6 } from './walkthrough'

// A pod whose image the catalogue does not know: the Image picker decides what its shell shows.
const UNKNOWN = `apiVersion: v1
kind: Pod
metadata:
  name: mine
spec:
  containers:
  - name: app
    image: registry.example.com/team/app:1.0
`

test('the Image picker sets the image of a container whose own image is not known', async ({ app, page }) => {
  await app.open(UNKNOWN)
  const image = app.picker('Image')
  await expect(image).toHaveValue('custom')
  await expect(page.getByLabel('Image user (uid)', { exact: true })).toHaveValue('0')
  await expect(app.shell).toContainText('uid=0(root) gid=0(root) groups=0(root),10(wheel)')

  await image.selectOption('distroless-nonroot')
  await expect(app.shell).toContainText('uid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)')
  await expect(app.shell).toContainText('assumed image: distroless static nonroot')
  await expect(page.getByLabel('Image user (uid)', { exact: true })).toHaveCount(0)

  await image.selectOption('nginx')
  await expect(app.shell).toContainText('uid=0(root) gid=0(root) groups=0(root)')
  await expect(app.shell).toContainText('1 root      0:00 /docker-entrypoint.sh nginx -g daemon off;')
  expect(await app.shareLink()).toContain('&image=nginx&')
})

test("the docs' supplementalGroupsPolicy example: Merge adds the image's 50000, Strict does not", async ({
  app,
}) => {
  await app.open(SECURITY_CONTEXT_5)
  const screen = app.shell.getByLabel('Shell output for sec-ctx-demo')
  await expect(app.shell).toContainText('image registry.k8s.io/e2e-test-images/agnhost:2.45 (known: agnhost)')
  await expect(screen).toContainText('gid=3000 groups=3000,4000,50000(group-defined-in-image)')
  // The picker does not change a container whose own image is known.
  await app.picker('Image').selectOption('postgres')
  await expect(screen).toContainText('gid=3000 groups=3000,4000,50000(group-defined-in-image)')

  await app.setText(SECURITY_CONTEXT_6)
  await expect(screen).toContainText('uid=1000(user-defined-in-image) gid=3000 groups=3000,4000 $ ps')
  await expect(screen).not.toContainText('50000')
})
