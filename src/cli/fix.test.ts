/** `fix` (README "CLI"): the fixed text on stdout, may-break and not-fixed lines on stderr, exit 0 only if it passes. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TD, cli, WALK } from './testIo'

const FD = `${TD}/fix`
const read = (name: string) => readFileSync(`${FD}/${name}`, 'utf8')
const NO_HOSTPATH =
  'no automatic fix: the containers use what these volumes hold (node files for hostPath), and removing a volume ' +
  'its volumeMounts still name makes the API server reject the pod; move the data to an allowed volume type ' +
  'yourself, or keep this workload at a lower level (privileged for hostPath)'

describe('fix says what it could not do and what may break', () => {
  it('a hostPath DaemonSet: exit 1, the safe change made, a not-fixed line', () => {
    const r = cli(['fix', `${FD}/hostpath-daemonset.yaml`])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      read('hostpath-daemonset.yaml').replace(
        '        runAsNonRoot: true\n',
        '        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n',
      ),
    )
    expect(r.stderr).toBe(
      `${FD}/hostpath-daemonset.yaml: DaemonSet/node-exporter: not fixed: restrictedVolumes: restricted volume types ` +
        `(volume "root" uses restricted volume type "hostPath"): ${NO_HOSTPATH}\n`,
    )
    expect(cli(['check', '-'], r.stdout).code).toBe(1)
  })

  it('hostNetwork, hostPort, privileged, an added capability: one may-break line each, every comment kept', () => {
    const r = cli(['fix', `${FD}/router.yaml`])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      read('router.yaml')
        .replace('      hostNetwork: true\n', '      hostNetwork: false\n')
        .replace(
          '        runAsUser: 10001\n',
          '        runAsUser: 10001\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n',
        )
        .replace('          hostPort: 8080 # node port for the LB\n', '          # node port for the LB\n')
        .replace('          privileged: true # loads eBPF\n', '          privileged: false # loads eBPF\n')
        .replace('            add:\n            - NET_ADMIN # routes\n', '            # routes\n')
        .replace('            - all\n', '            - ALL\n          allowPrivilegeEscalation: false\n'),
    )
    const who = `${FD}/router.yaml: Deployment/router: may break:`
    expect(r.stderr.split('\n')).toEqual([
      `${who} hostNetwork true → false: the pod no longer sees the node's network (its IP, interfaces, routes, ports): whatever used it stops working`,
      `${who} container "router": ports[0].hostPort 8080 → removed: the container is no longer reachable at that port of the node's IP: clients using it lose it`,
      `${who} container "router": securityContext.privileged true → false: the container loses the host devices and every capability privileged mode gives it: whatever needed them (device access, mounts, eBPF, kernel settings) stops working`,
      `${who} container "router": securityContext.capabilities.add ["NET_ADMIN"] → removed: the container no longer gets the capabilities it adds: whatever it does with them stops working`,
      '',
    ])
    expect(cli(['check', '-'], r.stdout).code).toBe(0)
  })

  it('a Windows DaemonSet running as ContainerAdministrator: no runAsNonRoot added, not fixed, exit 1', () => {
    const r = cli(['fix', `${FD}/windows-daemonset.yaml`])
    expect(r).toEqual({
      code: 1,
      stdout: read('windows-daemonset.yaml'),
      stderr:
        `${FD}/windows-daemonset.yaml: DaemonSet/win-agent: not fixed: runAsNonRoot: runAsNonRoot != true (pod or ` +
        'container "agent" must set securityContext.runAsNonRoot=true): securityContext.runAsNonRoot (unset) → true ' +
        'would make the kubelet refuse container "agent": container\'s runAsUserName (ContainerAdministrator) which ' +
        'will be regarded as root identity and will break non-root policy (pod: "win-agent-<suffix>_default(<uid>)", ' +
        'container: agent)\n',
    })
  })

  it('an init container that chowns as root keeps runAsUser: 0; exit 1 with the reasons', () => {
    const r = cli(['fix', `${FD}/chown-job.yaml`])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      read('chown-job.yaml')
        .replace(
          '          runAsUser: 0 # chown needs root\n',
          '          runAsUser: 0 # chown needs root\n          allowPrivilegeEscalation: false\n',
        )
        .replace(
          '      initContainers:\n',
          '      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n      initContainers:\n',
        ),
    )
    const lines = r.stderr.trimEnd().split('\n')
    const who = `${FD}/chown-job.yaml: StatefulSet/db: not fixed:`
    expect(lines.map((l) => l.slice(0, l.indexOf(':', who.length + 1)))).toEqual([
      `${who} capabilities_restricted`,
      `${who} runAsNonRoot`,
      `${who} runAsUser`,
    ])
    expect(lines[1]).toContain('would make the kubelet refuse container "chown"')
    expect(lines[2]).toContain('container "chown" runs as root on purpose (runAsUser: 0)')
  })

  it('a bare pod passes, with runAsNonRoot said to depend on its image', () => {
    const r = cli(['fix', `${WALK}/security-context-3.yaml`])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      `${WALK}/security-context-3.yaml: Pod/security-context-demo-3: may break: securityContext.runAsNonRoot (unset) → true: ` +
        'if the image runs as root, that would make the kubelet refuse container "sec-ctx-3": container has runAsNonRoot ' +
        'and image will run as root (pod: "security-context-demo-3_default(<uid>)", container: sec-ctx-3)\n',
    )
    expect(cli(['check', '-'], r.stdout).code).toBe(0)
  })

  it('an API error no Pod Security fix touches: exit 1, said', () => {
    const r = cli(['fix', `${TD}/bad-uid.yaml`])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/: not fixed: API server: .*runAsUser: Invalid value: -1/)
    expect(cli(['check', '-'], r.stdout).code).toBe(1)
  })
})
