import { expect, test } from './fixtures'

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
  app,
  page,
}) => {
  await app.open(PROTO)
  await app.tab('Problems').click()
  const list = app.problems
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

test('a container fsGroup is refused and moved to the pod by its fix, comments kept', async ({
  app,
  page,
}) => {
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
  await app.open(text)
  await app.tab('Effective').click()
  await expect(page.getByRole('note', { name: 'Not applied' })).toContainText(
    'spec.containers[0].securityContext.fsGroup',
  )
  await app.tab('Problems').click()
  const item = app.problems
    .getByRole('listitem')
    .filter({ hasText: 'unknown field "spec.containers[0].securityContext.fsGroup"' })
  await item.getByRole('button', { name: /Move to the pod securityContext/ }).click()
  await expect.poll(() => app.getText()).toBe(`apiVersion: v1
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
