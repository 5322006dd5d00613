import { expect, test } from '@playwright/test'

// Issue 11 §1 and §3: fields under a `__proto__:` key are not applied, and the API server refuses them.
const PROTO = `apiVersion: v1
kind: Pod
metadata:
  name: proto
spec:
  securityContext:
    __proto__:
      runAsNonRoot: true
      seccompProfile:
        type: RuntimeDefault
  containers:
  - name: app
    image: busybox
    securityContext:
      __proto__:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`

test('a pod whose fields hide under __proto__ fails restricted, and the API server refuses it', async ({
  page,
}) => {
  await page.goto('/')
  await page.waitForFunction(() => typeof window.secctx?.setText === 'function')
  await page.evaluate((t) => window.secctx!.setText(t), PROTO)
  await page.getByRole('tab', { name: 'Problems' }).click()
  const list = page.getByRole('list', { name: 'Problems' })
  await expect(list.getByRole('listitem').filter({ hasText: /^PSS/ })).toHaveCount(4)
  await expect(list).toContainText(
    'strict decoding error: unknown field "spec.containers[0].securityContext.__proto__"',
  )
  const verdicts = page.getByRole('list', { name: 'Verdicts' })
  await expect(verdicts).toContainText('API server: rejects (2 errors)')
  await expect(verdicts).toContainText('Pod Security: passes baseline')
  await expect(verdicts).toContainText('Kubelet: never reached')
  await expect(page.getByText('Passes: baseline')).not.toHaveClass(/level-restricted/)
})

test('a container fsGroup is refused and moved to the pod by its fix, comments kept', async ({ page }) => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: misplaced
spec:
  containers:
  - name: app
    image: busybox
    securityContext:
      # the volume group
      fsGroup: 2000
`
  await page.goto('/')
  await page.waitForFunction(() => typeof window.secctx?.setText === 'function')
  await page.evaluate((t) => window.secctx!.setText(t), text)
  await page.getByRole('tab', { name: 'Effective' }).click()
  await expect(page.getByRole('note', { name: 'Not applied' })).toContainText(
    'spec.containers[0].securityContext.fsGroup',
  )
  await page.getByRole('tab', { name: 'Problems' }).click()
  const item = page
    .getByRole('list', { name: 'Problems' })
    .getByRole('listitem')
    .filter({ hasText: 'unknown field "spec.containers[0].securityContext.fsGroup"' })
  await item.getByRole('button', { name: /Move to the pod securityContext/ }).click()
  await expect.poll(() => page.evaluate(() => window.secctx!.getText())).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: misplaced
spec:
  securityContext:
    # the volume group
    fsGroup: 2000
  containers:
  - name: app
    image: busybox
`)
})
