/** Generated inputs for the benchmark and the hostile-input suite. */
import { readFileSync } from 'node:fs'

/**
 * The walkthrough pod (security-context.yaml), the app's first text, read from fixtures/walkthrough/ where it exists
 * once (the app's own import of it is a `?raw` one, which Playwright's loader, running the hostile e2e suite, cannot
 * take).
 */
export const WALKTHROUGH_POD = readFileSync(
  new URL('../../fixtures/walkthrough/security-context.yaml', import.meta.url),
  'utf8',
)

function deployment(i: number): string {
  const envs = Array.from(
    { length: 33 },
    (_, j) => `        - name: SETTING_${j}\n          value: "value-${i}-${j}" # comment ${j}\n`,
  ).join('')
  return `# deployment ${i}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 7}
  labels:
    app: app-${i}
    tier: backend
spec:
  replicas: ${(i % 5) + 1}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: ${1000 + i}
        fsGroup: 2000
        seccompProfile:
          type: RuntimeDefault
      initContainers:
      - name: init-${i}
        image: busybox:1.36
        command: ["sh", "-c", "echo init"]
      containers:
      - name: app
        image: registry.example.com/app:${i}.0.0
        ports:
        - containerPort: 8080
        env:
${envs}        resources:
          limits: {cpu: 500m, memory: 256Mi}
        volumeMounts:
        - name: data
          mountPath: /data
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: ["ALL"]
      volumes:
      - name: data
        emptyDir: {}
`
}

/** About 1 MB: 300 Deployments separated by `---`. */
export function bigStream(count = 300): string {
  return Array.from({ length: count }, (_, i) => deployment(i)).join('---\n')
}

/** Billion laughs: 9 levels of aliases, each doubling ×9. */
export function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i)
    const cur = String.fromCharCode(97 + i)
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
  }
  return lines.join('\n') + '\n'
}

export function deepNesting(depth = 1000): string {
  let s = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: deep\nspec:\n  x: '
  s += '['.repeat(depth) + ']'.repeat(depth)
  return s + '\n'
}

export function binaryGarbage(bytes = 64 * 1024, seed = 7): string {
  let x = seed
  let out = ''
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    out += String.fromCharCode(x % 256)
  }
  return out
}

/** About 10 MB: 3000 Deployments (the 1 MB stream ten times over). */
export function tenMegabytes(): string {
  return bigStream(3000)
}

/** A Pod whose annotation value makes one line of `length` characters. */
export function longLine(length = 200_000): string {
  const head = '    note: "'
  return `apiVersion: v1
kind: Pod
metadata:
  name: long-line
  annotations:
${head}${'a'.repeat(length - head.length - 1)}"
spec:
  securityContext:
    runAsUser: 1234
  containers:
  - name: app
    image: busybox:1.36
`
}

/** The walkthrough pod as JSON (kubectl accepts JSON manifests). */
export function jsonManifest(): string {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'json-pod' },
    spec: {
      securityContext: { runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000 },
      containers: [
        { name: 'app', image: 'busybox:1.36', securityContext: { allowPrivilegeEscalation: false } },
      ],
    },
  }
  return JSON.stringify(pod, null, 2) + '\n'
}

/** runAsUser one past the int64 maximum (2^63 = 9223372036854775808). */
export const BEYOND_INT64 = `apiVersion: v1
kind: Pod
metadata:
  name: huge-uid
spec:
  securityContext:
    runAsUser: 9223372036854775808
  containers:
  - name: app
    image: busybox:1.36
`

/** runAsUser twice in one map: the second is on line 8. */
export const DUPLICATE_KEYS = `apiVersion: v1
kind: Pod
metadata:
  name: dup
spec:
  securityContext:
    runAsUser: 1000
    runAsUser: 2000
  containers:
  - name: app
    image: busybox:1.36
`
