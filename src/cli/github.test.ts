/** check --format github: GitHub Actions workflow commands, escaped as the runner reads them. */
import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, workflowCommand } from './formats/github'
import { TD, cli, WALK } from './testIo'

describe('escaping', () => {
  it('data: % CR LF; properties also : and ,', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b')
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b')
    // % first, so an escape already in the text is not read back as one
    expect(escapeProperty('%3A')).toBe('%253A')
  })

  it('a command with properties, and without', () => {
    expect(
      workflowCommand(
        'warning',
        [
          ['file', 'a,b.yaml'],
          ['line', 3],
        ],
        'x::y\n',
      ),
    ).toBe('::warning file=a%2Cb.yaml,line=3::x::y%0A')
    expect(workflowCommand('notice', [], 'hi')).toBe('::notice::hi')
  })
})

describe('check --format github', () => {
  it('one annotation per finding (error, warning, notice), then the summary; exit code as text', () => {
    const r = cli(['check', '--format', 'github', `${WALK}/security-context-3.yaml`, `${TD}/restricted.yaml`])
    expect([r.code, r.stderr]).toEqual([1, ''])
    const f3 = `file=${WALK}/security-context-3.yaml`
    const demo = 'Pod/security-context-demo-3 (document 0)'
    expect(r.stdout.split('\n')).toEqual([
      `::error ${f3},line=7,col=5,title=PSS restricted%3Alatest allowPrivilegeEscalation::${demo}: ` +
        'allowPrivilegeEscalation != false (container "sec-ctx-3" must set securityContext.allowPrivilegeEscalation=false)',
      `::error ${f3},line=7,col=5,title=PSS restricted%3Alatest capabilities_restricted::${demo}: ` +
        'unrestricted capabilities (container "sec-ctx-3" must set securityContext.capabilities.drop=["ALL"])',
      `::error ${f3},line=5,col=1,title=PSS restricted%3Alatest runAsNonRoot::${demo}: ` +
        'runAsNonRoot != true (pod or container "sec-ctx-3" must set securityContext.runAsNonRoot=true)',
      `::error ${f3},line=5,col=1,title=PSS restricted%3Alatest seccompProfile_restricted::${demo}: ` +
        'seccompProfile (pod or container "sec-ctx-3" must set securityContext.seccompProfile.type to ' +
        '"RuntimeDefault" or "Localhost")',
      `::warning ${f3},line=7,col=5,title=lint warning LINT_READ_ONLY_ROOT_FS::${demo}: ` +
        'container "sec-ctx-3" does not set readOnlyRootFilesystem=true: its root filesystem is writable',
      `::warning file=${TD}/restricted.yaml,line=15,col=5,title=lint warning LINT_READ_ONLY_ROOT_FS::` +
        'Pod/locked-down (document 0): container "app" does not set readOnlyRootFilesystem=true: its root ' +
        'filesystem is writable',
      `::notice file=${TD}/restricted.yaml,line=9,col=16,title=lint info LINT_GID_ROOT_DEFAULT::` +
        'Pod/locked-down (document 0): container "app" sets runAsUser=1000 but no runAsGroup: unless uid 1000 ' +
        "is in the image's /etc/passwd, the primary group is 0 (root)",
      `::notice file=${TD}/restricted.yaml,line=9,col=16,title=lint info LINT_LOW_ID::` +
        'Pod/locked-down (document 0): container "app" runs with runAsUser=1000, below 10000: the id may belong ' +
        'to a user on the node',
      '2 workloads checked against restricted:latest, 1 failing, 0 API errors',
      '',
    ])
  })

  it('an unusable input is an error annotation at its place (and its line on stderr), exit 2', () => {
    const r = cli(['check', '--format', 'github', `${TD}/bad/not-k8s.yaml`])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`${TD}/bad/not-k8s.yaml:1:1: not a Kubernetes object (no apiVersion and kind)\n`)
    expect(r.stdout.split('\n')[0]).toBe(
      `::error file=${TD}/bad/not-k8s.yaml,line=1,col=1,title=secctx%3A input not checked::` +
        'not a Kubernetes object (no apiVersion and kind)',
    )
  })

  it('an API error is an annotation too: every line but the summary is a workflow command', () => {
    const r = cli(['check', '--format', 'github', '--level', 'baseline', `${TD}/bad-uid.yaml`])
    expect(r.code).toBe(1)
    for (const line of r.stdout.trimEnd().split('\n').slice(0, -1))
      expect(line).toMatch(/^::(error|warning|notice) /)
  })
})
