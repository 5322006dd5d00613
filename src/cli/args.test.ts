import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'
import { cli } from './testIo'

describe('parseArgs', () => {
  it('applies the documented defaults', () => {
    // check: level and version null when not given (namespace labels, else restricted:latest)
    expect(parseArgs(['check', 'a.yaml'])).toEqual({
      name: 'check',
      level: null,
      version: null,
      format: 'text',
      failOn: 'error',
      skipOtherYaml: false,
      inputs: ['a.yaml'],
      platform: { platform: 'kubernetes' },
      imageUser: 0,
    })
    expect(parseArgs(['effective', '-'])).toEqual({
      name: 'effective',
      runtime: 'containerd',
      imageUser: 0,
      json: false,
      oci: false,
      inputs: ['-'],
      platform: { platform: 'kubernetes' },
    })
    expect(parseArgs(['fix', 'a.yaml'])).toEqual({
      name: 'fix',
      level: 'restricted',
      version: 'latest',
      input: 'a.yaml',
      platform: { platform: 'kubernetes' },
      imageUser: 0,
    })
  })

  it('reads flags in both spellings', () => {
    expect(parseArgs(['check', '--level=baseline', '--version', 'v1.30', '--json', 'a', 'b'])).toEqual({
      name: 'check',
      level: 'baseline',
      version: 'v1.30',
      format: 'json',
      failOn: 'error',
      skipOtherYaml: false,
      inputs: ['a', 'b'],
      platform: { platform: 'kubernetes' },
      imageUser: 0,
    })
    expect(
      parseArgs(['check', '--format', 'sarif', '--fail-on=warning', '--skip-other-yaml', 'a']),
    ).toMatchObject({
      format: 'sarif',
      failOn: 'warning',
      skipOtherYaml: true,
    })
    expect(parseArgs(['check', '--json', '--format', 'json', 'a'])).toMatchObject({ format: 'json' })
    expect(parseArgs(['check', 'a', '--', '--b', '-'])).toMatchObject({ inputs: ['a', '--b', '-'] })
    expect(parseArgs(['effective', '--format', 'json', 'x'])).toMatchObject({ json: true })
    expect(parseArgs(['effective', '--json', '--oci', 'x'])).toMatchObject({ json: true, oci: true })
    expect(parseArgs(['--version'])).toEqual({ name: 'version' })
    expect(parseArgs(['effective', '--runtime', 'cri-o', '--image-user=65532', 'x'])).toMatchObject({
      runtime: 'cri-o',
      imageUser: 65532,
    })
    // --image takes a catalogue name or a reference to a known image; custom goes with --image-user.
    expect(parseArgs(['effective', '--image', 'nginx:1.27', 'x'])).toMatchObject({
      image: 'nginx',
      imageUser: 0,
    })
    expect(parseArgs(['effective', '--image=distroless-nonroot', 'x'])).toMatchObject({
      image: 'distroless-nonroot',
    })
    expect(parseArgs(['check', '--image', 'custom', '--image-user', '1000', 'x'])).toMatchObject({
      image: 'custom',
      imageUser: 1000,
    })
    expect(parseArgs(['fix', '--image', 'postgres', 'x'])).toMatchObject({ image: 'postgres' })
    expect(parseArgs(['caps', 'encode', 'NET_ADMIN', 'SYS_TIME'])).toEqual({
      name: 'caps',
      action: 'encode',
      values: ['NET_ADMIN', 'SYS_TIME'],
    })
  })
})

describe('bad usage: one line on stderr, exit 2', () => {
  const cases: [string[], string][] = [
    [[], 'secctx: missing command (check, effective, fix or caps) (run with --help for usage)\n'],
    [
      ['lint', 'a'],
      'secctx: unknown command "lint" (check, effective, fix or caps) (run with --help for usage)\n',
    ],
    [
      ['check', '--frobnicate', 'a'],
      'secctx: unknown option "--frobnicate" for check (run with --help for usage)\n',
    ],
    [['check', '-x', 'a'], 'secctx: unknown option "-x" for check (run with --help for usage)\n'],
    [
      ['check', '--runtime', 'cri-o', 'a'],
      'secctx: unknown option "--runtime" for check (run with --help for usage)\n',
    ],
    [
      ['check', '--level', 'strict', 'a'],
      'secctx: --level must be baseline or restricted, not "strict" (run with --help for usage)\n',
    ],
    [
      ['check', '--version', '1.30', 'a'],
      'secctx: --version must be latest or v1.N (like v1.30), not "1.30" (run with --help for usage)\n',
    ],
    [['check', '--level'], 'secctx: --level needs a value (run with --help for usage)\n'],
    [['check', '--level', '--json', 'a'], 'secctx: --level needs a value (run with --help for usage)\n'],
    [['check', '--json=yes', 'a'], 'secctx: --json takes no value (run with --help for usage)\n'],
    [['check', '--json', '--json', 'a'], 'secctx: --json given twice (run with --help for usage)\n'],
    [['check', '-abc', 'a'], 'secctx: unknown option "-abc" for check (run with --help for usage)\n'],
    [
      ['check', '--format', 'xml', 'a'],
      'secctx: --format must be text or json or sarif or github, not "xml" (run with --help for usage)\n',
    ],
    [
      ['check', '--json', '--format', 'sarif', 'a'],
      'secctx: --json is --format json: it cannot go with --format sarif (run with --help for usage)\n',
    ],
    [
      ['check', '--fail-on', 'info', 'a'],
      'secctx: --fail-on must be error or warning or never, not "info" (run with --help for usage)\n',
    ],
    [
      ['effective', '--image', 'alpine', 'a'],
      'secctx: --image must be one of busybox, agnhost, distroless-nonroot, nginx, postgres, custom (or a reference to one), not "alpine" (run with --help for usage)\n',
    ],
    [
      ['effective', '--image', 'nginx', '--image-user', '5', 'a'],
      "secctx: --image-user sets the custom image's USER: use it alone or with --image custom (run with --help for usage)\n",
    ],
    [
      ['effective', '--format', 'sarif', 'a'],
      'secctx: --format must be text or json, not "sarif" (run with --help for usage)\n',
    ],
    [
      ['fix', '--format', 'json', 'a'],
      'secctx: unknown option "--format" for fix (run with --help for usage)\n',
    ],
    [['check'], 'secctx: check needs a FILE, DIR or - (stdin) (run with --help for usage)\n'],
    [
      ['effective', '--image-user', '-1', 'a'],
      'secctx: --image-user must be a uid between 0 and 2147483647, not "-1" (run with --help for usage)\n',
    ],
    [
      ['effective', '--oci', 'a'],
      'secctx: --oci adds to the JSON output: use it with --json (run with --help for usage)\n',
    ],
    [
      ['effective', '--runtime', 'docker', 'a'],
      'secctx: --runtime must be containerd or cri-o, not "docker" (run with --help for usage)\n',
    ],
    [['fix', 'a', 'b'], 'secctx: fix takes exactly one FILE (or - for stdin) (run with --help for usage)\n'],
    [
      ['caps', 'show', '1'],
      'secctx: caps needs decode HEX... or encode NAME... (run with --help for usage)\n',
    ],
  ]
  it.each(cases)('%j', (argv, message) => {
    expect(cli(argv)).toEqual({ code: 2, stdout: '', stderr: message })
  })

  it('--help prints the usage and exits 0', () => {
    const r = cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^usage: secctx <command> \.\.\. .*\n {2}check {5}\[--level baseline\|restricted\]/,
    )
    expect(r.stdout).toContain('npm run -s cli -- <command>')
    expect(r.stdout).toContain('[--fail-on error|warning|never]')
    expect(cli(['check', 'a', '--help']).stdout).toBe(r.stdout)
  })

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    expect(cli(['-V']).stdout).toBe(`${version}\n`)
  })
})

describe('caps', () => {
  it('decodes like capsh --decode', () => {
    expect(cli(['caps', 'decode', '00000000a80425fb', '0x3000'])).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '0x00000000a80425fb=cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,' +
        'cap_setpcap,cap_net_bind_service,cap_net_raw,cap_sys_chroot,cap_mknod,cap_audit_write,cap_setfcap\n' +
        '0x0000000000003000=cap_net_admin,cap_net_raw\n',
    })
  })
  it('encodes names into one mask', () => {
    expect(cli(['caps', 'encode', 'NET_ADMIN', 'cap_sys_time'])).toEqual({
      code: 0,
      stderr: '',
      stdout: '0000000002001000\n',
    })
  })
  it('rejects bad hex and unknown names with one line', () => {
    expect(cli(['caps', 'decode', 'xyz'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'caps decode: not a capability set: "xyz" (expected up to 16 hex digits, like 00000000a80425fb)\n',
    })
    expect(cli(['caps', 'encode', 'FLY'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'caps encode: unknown capability "FLY"\n',
    })
  })
})
