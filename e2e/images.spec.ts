import { expect, test, type Page } from '@playwright/test'
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

async function load(page: Page, text: string) {
  await page.goto('/')
  await page.waitForFunction(() => 'secctx' in window)
  await setText(page, text)
}

async function setText(page: Page, text: string) {
  await page.evaluate((t) => {
    ;(window as unknown as { secctx: { setText(t: string): void } }).secctx.setText(t)
  }, text)
}

const shell = (page: Page) => page.getByRole('region', { name: 'Simulated shell' })

test('the Image picker sets the image of a container whose own image is not known', async ({ page }) => {
  await load(page, UNKNOWN)
  const image = page.getByRole('combobox', { name: 'Image', exact: true })
  await expect(image).toHaveValue('custom')
  await expect(page.getByLabel('Image user (uid)', { exact: true })).toHaveValue('0')
  await expect(shell(page)).toContainText('uid=0(root) gid=0(root) groups=0(root),10(wheel)')

  await image.selectOption('distroless-nonroot')
  await expect(shell(page)).toContainText('uid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)')
  await expect(shell(page)).toContainText('assumed image: distroless static nonroot')
  await expect(page.getByLabel('Image user (uid)', { exact: true })).toHaveCount(0)

  await image.selectOption('nginx')
  await expect(shell(page)).toContainText('uid=0(root) gid=0(root) groups=0(root)')
  await expect(shell(page)).toContainText('1 root      0:00 /docker-entrypoint.sh nginx -g daemon off;')
  expect(
    await page.evaluate(() => (window as unknown as { secctx: { shareLink(): string } }).secctx.shareLink()),
  ).toContain('&image=nginx&')
})

test("the docs' supplementalGroupsPolicy example: Merge adds the image's 50000, Strict does not", async ({
  page,
}) => {
  await load(page, SECURITY_CONTEXT_5)
  const screen = shell(page).getByLabel('Shell output for sec-ctx-demo')
  await expect(shell(page)).toContainText(
    'image registry.k8s.io/e2e-test-images/agnhost:2.45 (known: agnhost)',
  )
  await expect(screen).toContainText('gid=3000 groups=3000,4000,50000(group-defined-in-image)')
  // The picker does not change a container whose own image is known.
  await page.getByRole('combobox', { name: 'Image', exact: true }).selectOption('postgres')
  await expect(screen).toContainText('gid=3000 groups=3000,4000,50000(group-defined-in-image)')

  await setText(page, SECURITY_CONTEXT_6)
  await expect(screen).toContainText('uid=1000(user-defined-in-image) gid=3000 groups=3000,4000 $ ps')
  await expect(screen).not.toContainText('50000')
})
