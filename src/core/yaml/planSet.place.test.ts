import { describe, expect, it } from 'vitest'
import { edit, fixture, inserted, lines } from '../testdata/kit'

const sc = ['spec', 'containers', 0, 'securityContext']
const tsc = ['spec', 'template', 'spec']

describe('planSet: a new securityContext goes where people write it', () => {
  it('in a pod spec, before volumes and containers (walkthrough pod 1)', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: security-context-demo',
      'spec:',
      '  volumes:',
      '  - name: sec-ctx-vol',
      '    emptyDir: {}',
      '  containers:',
      '  - name: sec-ctx-demo',
      '    image: busybox:1.28',
    )
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], 1000).out).toBe(
      inserted(text, 'spec:\n', lines('  securityContext:', '    runAsUser: 1000')),
    )
  })

  it('after the pod settings that come first (helm create), above the comment that belongs to containers', () => {
    const text = lines(
      'spec:',
      '  template:',
      '    spec: # the pod',
      '      serviceAccountName: api',
      '',
      '      # the app',
      '      containers:',
      '        - name: api',
      '          image: example/api:2',
    )
    expect(edit(text, 0, [...tsc, 'securityContext', 'runAsNonRoot'], true).out).toBe(
      inserted(
        text,
        'serviceAccountName: api\n',
        lines('      securityContext:', '        runAsNonRoot: true'),
      ),
    )
    const first = lines('spec:', '  # the app', '  containers:', '  - name: api', '    image: example/api:2')
    expect(edit(first, 0, ['spec', 'securityContext', 'fsGroup'], 2000).out).toBe(
      inserted(first, 'spec:\n', lines('  securityContext:', '    fsGroup: 2000')),
    )
  })

  it('before initContainers in a kubectl-style Deployment, with the whole new map', () => {
    const text = fixture('deployment-kubectl.yaml')
    const value = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }
    expect(edit(text, 0, [...tsc, 'securityContext'], value).out).toBe(
      inserted(
        text,
        '    spec:\n',
        '      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n',
      ),
    )
  })

  it('in a container, after name, image, command and args, before ports and volumeMounts (walkthrough)', () => {
    const text = lines(
      'spec:',
      '  containers:',
      '  - name: app',
      '    image: busybox:1.28',
      '    command: [ "sh", "-c", "sleep 1h" ]',
      '    args:',
      '    - --verbose # loud',
      '    ports:',
      '    - containerPort: 80',
      '    volumeMounts:',
      '    - name: data',
      '      mountPath: /data',
    )
    expect(edit(text, 0, [...sc, 'allowPrivilegeEscalation'], false).out).toBe(
      inserted(text, '# loud\n', lines('    securityContext:', '      allowPrivilegeEscalation: false')),
    )
  })

  it('in a container with image after other keys, after the image; without any of those keys, at the end', () => {
    const text = lines(
      'spec:',
      '  containers:',
      '  - ports:',
      '    - containerPort: 80',
      '    image: nginx',
      '    env: []',
    )
    expect(edit(text, 0, [...sc, 'privileged'], false).out).toBe(
      inserted(text, 'image: nginx\n', lines('    securityContext:', '      privileged: false')),
    )
    const bare = lines('spec:', '  containers:', '  - ports: []', '    env: []')
    expect(edit(bare, 0, [...sc, 'privileged'], false).out).toBe(
      bare + '    securityContext:\n      privileged: false\n',
    )
  })

  it('in flow and JSON maps at the same places', () => {
    const flow = lines(
      'spec:',
      '  containers:',
      '  - {name: side, image: busybox, ports: [{containerPort: 80}]}',
    )
    expect(edit(flow, 0, [...sc, 'runAsNonRoot'], true).out).toBe(
      lines(
        'spec:',
        '  containers:',
        '  - {name: side, image: busybox, securityContext: {runAsNonRoot: true}, ports: [{containerPort: 80}]}',
      ),
    )
    const json = lines(
      '{',
      '  "spec": {',
      '    "containers": [',
      '      {"name": "app", "image": "nginx", "ports": []}',
      '    ]',
      '  }',
      '}',
    )
    expect(edit(json, 0, ['spec', 'securityContext', 'fsGroup'], 2000).out).toBe(
      lines(
        '{',
        '  "spec": {',
        '    "securityContext": {"fsGroup": 2000},',
        '    "containers": [',
        '      {"name": "app", "image": "nginx", "ports": []}',
        '    ]',
        '  }',
        '}',
      ),
    )
    expect(edit(json, 0, [...sc, 'privileged'], false).out).toBe(
      json.replace('"image": "nginx", ', '"image": "nginx", "securityContext": {"privileged": false}, '),
    )
  })

  it('keeps CRLF line endings when inserting before a key', () => {
    const text = 'spec:\r\n  containers:\r\n  - name: app\r\n    image: nginx\r\n    ports: []\r\n'
    expect(edit(text, 0, [...sc, 'runAsUser'], 1).out).toBe(
      'spec:\r\n  containers:\r\n  - name: app\r\n    image: nginx\r\n' +
        '    securityContext:\r\n      runAsUser: 1\r\n    ports: []\r\n',
    )
    expect(edit(text, 0, ['spec', 'securityContext', 'runAsUser'], 1).out).toBe(
      'spec:\r\n  securityContext:\r\n    runAsUser: 1\r\n  containers:\r\n  - name: app\r\n' +
        '    image: nginx\r\n    ports: []\r\n',
    )
  })
})

describe('planSet: new text in the style around it', () => {
  it('the first field of an empty flow `securityContext: {}` makes it a block map under its key', () => {
    const text = lines('spec:', '  containers:', '  - name: app', '    securityContext: {}', '    ports: []')
    expect(edit(text, 0, [...sc, 'capabilities', 'drop'], ['ALL']).out).toBe(
      lines(
        'spec:',
        '  containers:',
        '  - name: app',
        '    securityContext:',
        '      capabilities:',
        '        drop:',
        '        - ALL',
        '    ports: []',
      ),
    )
    const spaced = lines('spec:', '  securityContext: { } # todo', '  containers: []')
    expect(edit(spaced, 0, ['spec', 'securityContext', 'runAsUser'], 1000).out).toBe(
      lines('spec:', '  securityContext: # todo', '    runAsUser: 1000', '  containers: []'),
    )
    // Setting the whole map takes the same way.
    expect(edit(spaced, 0, ['spec', 'securityContext'], { runAsUser: 1, fsGroup: 2 }).out).toBe(
      lines('spec:', '  securityContext: # todo', '    runAsUser: 1', '    fsGroup: 2', '  containers: []'),
    )
  })

  it('an empty flow map inside a flow collection or a JSON document stays flow', () => {
    const text = lines('spec:', '  containers:', '  - {name: app, securityContext: {}}')
    expect(edit(text, 0, [...sc, 'runAsUser'], 1).out).toBe(
      lines('spec:', '  containers:', '  - {name: app, securityContext: {runAsUser: 1}}'),
    )
  })

  it('a new list under a flow sibling is a flow sequence quoted like it (walkthrough pod 4)', () => {
    const text = fixture('security-context-4.yaml')
    expect(edit(text, 0, [...sc, 'capabilities', 'drop'], ['ALL']).out).toBe(text + '        drop: ["ALL"]\n')
    const plain = lines('spec:', '  securityContext:', '    supplementalGroups: [4000]')
    expect(edit(plain, 0, ['spec', 'securityContext', 'sysctls'], [{ name: 'a', value: '1' }]).out).toBe(
      plain + '    sysctls:\n      - name: a\n        value: "1"\n',
    )
    const caps = lines('sc:', '  add: [NET_ADMIN]', '  other: 1')
    expect(edit(caps, 0, ['sc', 'drop'], ['ALL', 'yes']).out).toBe(caps + '  drop: [ALL, "yes"]\n')
  })
})
