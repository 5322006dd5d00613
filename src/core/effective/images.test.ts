import { describe, expect, it } from 'vitest'
import { lines, podYaml } from '../testdata/kit'
import type { ContainerEffective, EffectiveOptions } from '../types'
import { findResources, parseStream } from '../yaml'
import { findImage, imageGroup, imagePasswd, matchImage, normaliseRef } from './image'
import { computeEffective } from './index'

const containerd: EffectiveOptions = { runtime: 'containerd', imageUser: 0 }
const all = (text: string, options = containerd): ContainerEffective[] =>
  computeEffective(findResources(parseStream(text))[0]!, options)

/** website content/en/examples/pods/security/security-context-5.yaml (-6 adds supplementalGroupsPolicy: Strict). */
const docsExample = (policy: string | null) =>
  lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: security-context-demo',
    'spec:',
    '  securityContext:',
    '    runAsUser: 1000',
    '    runAsGroup: 3000',
    '    supplementalGroups: [4000]',
    ...(policy ? [`    supplementalGroupsPolicy: ${policy}`] : []),
    '  containers:',
    '  - name: sec-ctx-demo',
    '    image: registry.k8s.io/e2e-test-images/agnhost:2.45',
    '    command: [ "sh", "-c", "sleep 1h" ]',
    '    securityContext:',
    '      allowPrivilegeEscalation: false',
  )

describe('the docs’ supplementalGroupsPolicy example (agnhost: uid 1000 is in group 50000)', () => {
  it('Merge (and unset) adds the image’s group 50000; Strict does not', () => {
    const merge = all(docsExample('Merge'))[0]!
    const unset = all(docsExample(null))[0]!
    const strict = all(docsExample('Strict'))[0]!
    // busybox `id` names what the image's files name: uid 1000 and gid 50000 (not 3000 or 4000).
    expect(merge.process!.id).toBe(
      'uid=1000(user-defined-in-image) gid=3000 groups=3000,4000,50000(group-defined-in-image)',
    )
    expect(unset.process!.id).toBe(merge.process!.id)
    expect(strict.process!.id).toBe('uid=1000(user-defined-in-image) gid=3000 groups=3000,4000')
    expect(merge.process!.groups).toEqual([3000, 4000, 50000])
    expect(strict.process!.groups).toEqual([3000, 4000])
    expect(merge.image).toMatchObject({ model: 'agnhost', known: true })
    expect(merge.assumptions).toContain('image registry.k8s.io/e2e-test-images/agnhost:2.45 (known: agnhost)')
  })

  it('the image picked in the app does not change a container whose own image is known', () => {
    const c = all(docsExample('Merge'), { ...containerd, image: 'nginx', imageUser: 5 })[0]!
    expect(c.process!.groups).toEqual([3000, 4000, 50000])
  })
})

describe('image references', () => {
  it('normalises Docker Hub short names, registries, tags and digests', () => {
    expect(normaliseRef('busybox')).toEqual({ repo: 'docker.io/library/busybox', tag: 'latest' })
    expect(normaliseRef('docker.io/library/busybox:1.36')).toEqual({
      repo: 'docker.io/library/busybox',
      tag: '1.36',
    })
    expect(normaliseRef('localhost:5000/app@sha256:abc')).toEqual({ repo: 'localhost:5000/app', tag: null })
  })

  it('knows the catalogue’s images under their usual references and not their look-alikes', () => {
    const id = (ref: string) => matchImage(ref)?.id ?? null
    expect(id('busybox:1.28')).toBe('busybox')
    expect(id('docker.io/library/busybox')).toBe('busybox')
    expect(id('registry.k8s.io/busybox')).toBe('busybox')
    expect(id('registry.k8s.io/e2e-test-images/agnhost:2.45')).toBe('agnhost')
    expect(id('gcr.io/distroless/static:nonroot')).toBe('distroless-nonroot')
    expect(id('gcr.io/distroless/static-debian12:debug-nonroot')).toBe('distroless-nonroot')
    // distroless without a nonroot tag runs as root: not this model.
    expect(id('gcr.io/distroless/static:latest')).toBeNull()
    expect(id('nginx:1.27')).toBe('nginx')
    // The Alpine variants have other ids (postgres:alpine is uid 70).
    expect(id('nginx:1.27-alpine')).toBeNull()
    expect(id('postgres:16-alpine')).toBeNull()
    expect(id('postgres')).toBe('postgres')
    expect(id('myorg/busybox')).toBeNull()
    expect(findImage('distroless-nonroot')?.user).toBe('65532')
  })
})

describe('each known image', () => {
  it('writes its /etc/passwd and /etc/group as the image has them', () => {
    expect(imagePasswd(findImage('busybox')!)).toBe('root:x:0:0:root:/root:/bin/sh\n')
    expect(imageGroup(findImage('busybox')!)).toBe('root:x:0:\nwheel:x:10:root\n')
    expect(imageGroup(findImage('agnhost')!)).toContain(
      'user-defined-in-image:x:1000:\ngroup-defined-in-image:x:50000:user-defined-in-image\n',
    )
    expect(imagePasswd(findImage('nginx')!)).toContain('nginx:x:101:101:nginx user:/nonexistent:/bin/false\n')
  })

  it('runs as its USER, names it in id and ps, and starts its ENTRYPOINT and CMD', () => {
    const pod = (image: string, sc = '') =>
      podYaml(
        ...(sc ? ['  securityContext:', `    ${sc}`] : []),
        '  containers:',
        '  - name: app',
        `    image: ${image}`,
      )
    const distroless = all(pod('gcr.io/distroless/static:nonroot'))[0]!
    expect(distroless.process!.id).toBe('uid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)')
    expect(distroless.fields.runAsUser).toMatchObject({ value: 65532, source: 'image' })
    const nginx = all(pod('nginx'))[0]!
    expect(nginx.process!.id).toBe('uid=0(root) gid=0(root) groups=0(root)')
    expect(nginx.image).toMatchObject({
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
    })
    const as101 = all(pod('nginx', 'runAsUser: 101'))[0]!
    expect(as101.process!.id).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)')
    const postgres = all(pod('postgres:17', 'runAsUser: 999'))[0]!
    expect(postgres.process!.id).toBe('uid=999(postgres) gid=999(postgres) groups=999(postgres)')
  })

  it('refuses runAsNonRoot where the known image runs as root, whatever the assumed image user', () => {
    const text = podYaml(
      '  securityContext:',
      '    runAsNonRoot: true',
      '  containers:',
      '  - name: web',
      '    image: nginx',
      '  - name: static',
      '    image: gcr.io/distroless/static:nonroot',
      '  - name: mine',
      '    image: example.com/mine:1',
    )
    const [web, staticOne, mine] = all(text, { ...containerd, imageUser: 1000 })
    expect(web!.refusal?.message).toMatch(/^container has runAsNonRoot and image will run as root/)
    expect(staticOne!.refusal).toBeNull()
    expect(mine!.refusal).toBeNull()
    expect(mine!.image?.label).toBe(
      "assumed image: custom: USER 1000, busybox's /etc/passwd and /etc/group (its image is not a known one)",
    )
    const [, , mineAsNginx] = all(text, { ...containerd, image: 'nginx' })
    expect(mineAsNginx!.refusal?.by).toBe('kubelet')
  })
})
