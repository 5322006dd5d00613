/** check --format sarif: valid SARIF 2.1.0 (the OASIS schema, vendored in testdata/sarif), faithful to --json. */
import { readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { PROBLEM_CODES } from '../core/problems'
import { artifactUri } from './formats/sarif'
import { TD, cli, WALK } from './testIo'

/* eslint-disable @typescript-eslint/no-explicit-any -- SARIF and JSON output read back */
const schema = JSON.parse(readFileSync(`${TD}/sarif/sarif-schema-2.1.0.json`, 'utf8')) as object
const validate = new Ajv({ allErrors: true }).compile(schema)

function sarif(argv: string[], stdin = '') {
  const r = cli(['check', '--format', 'sarif', ...argv], stdin)
  const log = JSON.parse(r.stdout) as any
  const valid = validate(log)
  return { ...r, log, valid, errors: valid ? [] : validate.errors }
}

const WALKTHROUGH = [
  'security-context.yaml',
  'security-context-2.yaml',
  'security-context-3.yaml',
  'security-context-4.yaml',
]

describe('check --format sarif', () => {
  it('the schema is the SARIF 2.1.0 one and rejects what is not SARIF', () => {
    expect((schema as any).title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema')
    expect(validate({ version: '2.1.0' })).toBe(false)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false)
    // Deep enough to catch a wrong level or a column 0 in a result.
    const { log } = sarif([`${WALK}/security-context-3.yaml`])
    expect(validate(log)).toBe(true)
    log.runs[0].results[0].level = 'info'
    expect(validate(log)).toBe(false)
    log.runs[0].results[0].level = 'error'
    log.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0
    expect(validate(log)).toBe(false)
  })

  it.each(WALKTHROUGH)('%s: valid, with the exit code of the text output', (name) => {
    const r = sarif([`${WALK}/${name}`])
    expect(r.errors).toEqual([])
    expect(r.code).toBe(cli(['check', `${WALK}/${name}`]).code)
    expect(r.stderr).toBe('')
  })

  it('a multi-document bundle: valid, one result per finding with file, line, column and the message', () => {
    const files = [`${TD}/cni-bundle.yaml`, `${TD}/multi.yaml`, `${TD}/namespace-baseline.yaml`]
    const r = sarif(files)
    expect(r.errors).toEqual([])
    const expected = (JSON.parse(cli(['check', '--json', ...files]).stdout) as any).files.flatMap((f: any) =>
      f.resources.flatMap((res: any) =>
        res.problems.map((p: any) => [
          p.code,
          f.file,
          p.line,
          p.column,
          p.message,
          `${res.pss.level}:${res.pss.version}`,
        ]),
      ),
    )
    const run = r.log.runs[0]
    const got = run.results.map((x: any) => {
      const loc = x.locations[0].physicalLocation
      return [
        x.ruleId,
        loc.artifactLocation.uri,
        loc.region.startLine,
        loc.region.startColumn,
        x.message.text,
        x.properties.podSecurity,
      ]
    })
    expect(got).toEqual(expected)
    expect(got.length).toBeGreaterThan(50)
    // Each result names its rule by id and index, at the level of its severity.
    for (const x of run.results) {
      expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId)
      expect(['error', 'warning', 'note']).toContain(x.level)
    }
    const baseline = run.results.find((x: any) => x.properties.resource.namespace === 'team-a')
    expect(baseline.properties).toMatchObject({
      podSecurity: 'baseline:v1.30',
      podSecurityWhy: 'namespace team-a enforce and enforce-version labels',
    })
  })

  it('one rule per problem code: name, short and full description, Kubernetes docs, default level', () => {
    const { log } = sarif([`${WALK}/security-context-3.yaml`])
    const driver = log.runs[0].tool.driver
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect([driver.name, driver.version]).toEqual(['secctx', version])
    expect(driver.rules.map((r: any) => r.id)).toEqual(PROBLEM_CODES.map((c) => c.code))
    for (const rule of driver.rules) {
      expect(rule.name).toMatch(/^[A-Za-z0-9_]+$/)
      expect(rule.shortDescription.text.length).toBeGreaterThan(5)
      expect(rule.fullDescription.text.startsWith(rule.shortDescription.text)).toBe(
        !rule.id.startsWith('PSS_'),
      )
      expect(rule.helpUri).toMatch(/^https:\/\/kubernetes\.io\/docs\//)
    }
    const byId = new Map(driver.rules.map((r: any) => [r.id, r]))
    expect(byId.get('PSS_RUN_AS_NON_ROOT')).toMatchObject({
      name: 'runAsNonRoot',
      helpUri: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      defaultConfiguration: { level: 'error' },
    })
    expect(byId.get('LINT_LOW_ID')).toMatchObject({
      name: 'LintLowId',
      defaultConfiguration: { level: 'note' },
    })
    expect(byId.get('API_SECCOMP_TYPE_REQUIRED')).toMatchObject({
      helpUri: 'https://kubernetes.io/docs/tutorials/security/seccomp/',
    })
  })

  it('an unusable input is a tool execution notification at its line and column, exit 2', () => {
    const r = sarif([`${TD}/restricted.yaml`, `${TD}/bad/not-k8s.yaml`])
    expect(r.errors).toEqual([])
    expect(r.code).toBe(2)
    expect(r.log.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: 'not a Kubernetes object (no apiVersion and kind)' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: `${TD}/bad/not-k8s.yaml` },
                region: { startLine: 1, startColumn: 1 },
              },
            },
          ],
        },
      ],
    })
  })

  it('artifact URIs: the path as given, escaped as a URI reference', () => {
    expect(artifactUri('k8s/pod.yaml')).toBe('k8s/pod.yaml')
    expect(artifactUri('-')).toBe('%3Cstdin%3E')
    expect(artifactUri('a dir/50%#1?.yaml')).toBe('a%20dir/50%25%231%3F.yaml')
    const r = sarif(['-'], readFileSync(`${WALK}/security-context-3.yaml`, 'utf8'))
    expect(r.errors).toEqual([])
  })
})
