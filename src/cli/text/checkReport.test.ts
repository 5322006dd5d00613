import { describe, expect, it } from 'vitest'
import { checkReport, findings, type FileReport, type ResourceReport } from './checkReport'

const O = { level: 'restricted', version: 'latest' }
const VOLUMES = 'restricted volume types (volumes "v0", "v1", "v2" use restricted volume type "hostPath")'

function daemonSet(name: string, document: number, at: number, volumes = 3): ResourceReport {
  return {
    kind: 'DaemonSet',
    name,
    namespace: 'kube-system',
    document,
    pss: {
      level: 'restricted',
      version: 'latest',
      allowed: false,
      violations: [
        { check: 'hostNamespaces', reason: 'host namespaces', detail: 'hostNetwork=true' },
        { check: 'restrictedVolumes', reason: 'restricted volume types', detail: VOLUMES.slice(25, -1) },
      ],
    },
    problems: [
      {
        code: 'PSS_HOST_NAMESPACES',
        source: 'pss',
        severity: 'error',
        message: 'host namespaces (hostNetwork=true)',
        line: at,
        column: 20,
      },
      ...Array.from({ length: volumes }, (_, i) => 3 * i).map((d) => ({
        code: 'PSS_RESTRICTED_VOLUMES',
        source: 'pss',
        severity: 'error',
        message: VOLUMES,
        line: at + 20 + d,
        column: 9,
      })),
      {
        code: 'LINT_READ_ONLY_ROOT_FS',
        source: 'lint',
        severity: 'warning',
        message: 'container "a" is writable',
        line: at + 5,
        column: 9,
      },
      {
        code: 'LINT_READ_ONLY_ROOT_FS',
        source: 'lint',
        severity: 'warning',
        message: 'container "b" is writable',
        line: at + 9,
        column: 9,
      },
    ],
  }
}

const passing: ResourceReport = {
  kind: 'Pod',
  name: 'ok',
  namespace: null,
  document: 2,
  pss: { level: 'restricted', version: 'latest', allowed: true, violations: [] },
  problems: [],
}

describe('checkReport', () => {
  it('groups by file and resource, folds repeats, and names identical resources once', () => {
    const files: FileReport[] = [
      {
        file: 'cni.yaml',
        error: null,
        resources: [daemonSet('amd64', 0, 10), daemonSet('arm64', 1, 50), passing],
      },
      { file: 'rbac.yaml', error: null, resources: [] },
      { file: 'gone.yaml', error: 'gone.yaml:1:1: cannot read: no such file or directory', resources: [] },
    ]
    expect(checkReport(files, O, 100)).toBe(
      [
        'cni.yaml',
        '  DaemonSet/amd64 in kube-system (document 0): fails restricted:latest',
        '    PSS hostNamespaces: host namespaces (hostNetwork=true) — at 10:20',
        '    PSS restrictedVolumes × 3: restricted volume types (volumes "v0", "v1", "v2" use restricted',
        '      volume type "hostPath") — at 30:9, 33:9, 36:9',
        '    lint warning LINT_READ_ONLY_ROOT_FS × 2: container "…" is writable — at "a" 15:9, "b" 19:9',
        '  DaemonSet/arm64 in kube-system (document 1): fails restricted:latest',
        '    same findings as DaemonSet/amd64 in kube-system (document 0), here at:',
        '      PSS hostNamespaces: 50:20',
        '      PSS restrictedVolumes × 3: 70:9, 73:9, 76:9',
        '      lint warning LINT_READ_ONLY_ROOT_FS × 2: "a" 55:9, "b" 59:9',
        '  Pod/ok (document 2): passes restricted:latest',
        'rbac.yaml: no workloads',
        '3 workloads checked against restricted:latest, 2 failing, 0 API errors',
        '',
      ].join('\n'),
    )
  })

  it('puts locations that do not fit after the message on lines of their own, within the width', () => {
    const r = daemonSet('wide', 0, 100, 13)
    const text = checkReport([{ file: 'x.yaml', error: null, resources: [r] }], O, 60)
    expect(text.split('\n').every((l) => l.length <= 60)).toBe(true)
    expect(text).toBe(
      [
        'x.yaml',
        '  DaemonSet/wide in kube-system (document 0): fails',
        '      restricted:latest',
        '    PSS hostNamespaces: host namespaces (hostNetwork=true)',
        '      at 100:20',
        '    PSS restrictedVolumes × 13: restricted volume types',
        '      (volumes "v0", "v1", "v2" use restricted volume type',
        '      "hostPath")',
        '      at 120:9, 123:9, 126:9, 129:9, 132:9, 135:9, 138:9,',
        '         141:9, 144:9, 147:9, 150:9, 153:9, 156:9',
        '    lint warning LINT_READ_ONLY_ROOT_FS × 2: container "…"',
        '      is writable — at "a" 105:9, "b" 109:9',
        '1 workload checked against restricted:latest, 1 failing, 0',
        '  API errors',
        '',
      ].join('\n'),
    )
  })

  it('a PSS problem that matches no violation is still listed, with its code', () => {
    const r = daemonSet('odd', 0, 10)
    const stray = { ...r.problems[0]!, code: 'PSS_SOMETHING', message: 'something else', line: 99, column: 1 }
    const fs = findings({ ...r, problems: [...r.problems, stray] })
    expect(fs.at(-1)).toEqual({ label: 'PSS error PSS_SOMETHING', message: 'something else', at: ['99:1'] })
  })

  it('an API error shows in the verdict and the summary', () => {
    const r: ResourceReport = {
      ...passing,
      problems: [{ code: 'API_RANGE', source: 'api', severity: 'error', message: 'bad', line: 3, column: 4 }],
    }
    expect(checkReport([{ file: '-', error: null, resources: [r] }], O, 100)).toBe(
      [
        '<stdin>',
        '  Pod/ok (document 2): passes restricted:latest, 1 API error',
        '    API error API_RANGE: bad — at 3:4',
        '1 workload checked against restricted:latest, 0 failing, 1 API error',
        '',
      ].join('\n'),
    )
  })
})
