/** Pod Security checks, reason texts word for word: host namespaces, ports, probes, volumes, privileged. */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../types'
import { evaluatePss } from './evaluate'
import { container as c, pod, reasons } from './testResource'

describe('host namespaces, ports, probes', () => {
  it('lists the host namespaces in fixed order', () => {
    expect(reasons({ hostIPC: true, hostPID: true, hostNetwork: true, containers: [c('a')] })).toEqual([
      'host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)',
    ])
  })

  it('sorts hostPorts as strings and pluralises by containers and ports', () => {
    const spec = {
      containers: [
        c('a', undefined, {
          ports: [
            { containerPort: 1, hostPort: 8080 },
            { containerPort: 2, hostPort: 443 },
          ],
        }),
        c('b', undefined, {
          ports: [
            { containerPort: 3, hostPort: 80 },
            { containerPort: 4, hostPort: 0 },
          ],
        }),
      ],
    }
    expect(reasons(spec)).toEqual(['hostPort (containers "a", "b" use hostPorts 443, 80, 8080)'])
    expect(
      reasons({ containers: [c('a', undefined, { ports: [{ containerPort: 9, hostPort: 9 }] })] }),
    ).toEqual(['hostPort (container "a" uses hostPort 9)'])
  })

  it('sorts and deduplicates probe containers and hosts; exec and grpc are ignored', () => {
    const spec = {
      containers: [
        c('y', undefined, {
          readinessProbe: { tcpSocket: { host: 'b.com', port: 1 } },
          lifecycle: { preStop: { httpGet: { host: 'a.com', port: 1 } } },
        }),
        c('x', undefined, {
          startupProbe: { httpGet: { host: 'a.com', port: 1 } },
          livenessProbe: { exec: {} },
        }),
      ],
      initContainers: [
        c('x', undefined, { livenessProbe: { grpc: { port: 1 }, httpGet: { host: '', port: 1 } } }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'probe or lifecycle host (containers "x", "y" use probe or lifecycle hosts "a.com", "b.com")',
    ])
  })
})

describe('volumes', () => {
  const spec: JsonObject = {
    volumes: [
      { name: 'a', hostPath: { path: '/' } },
      { name: 'ok', emptyDir: {} },
      { name: 'img', image: { reference: 'x' } },
      { name: 'b', nfs: { server: 's', path: '/' } },
      { name: 'c', hostPath: { path: '/x' } },
    ],
    containers: [c('app')],
  }

  it('baseline names hostPath volumes in document order', () => {
    expect(reasons(spec)).toEqual(['hostPath volumes (volumes "a", "c")'])
  })

  it('restricted reports every restricted type instead (hostPathVolumes is overridden)', () => {
    const r = evaluatePss(pod(spec), 'restricted', 'latest')
    expect(r.violations.map((v) => v.check)).not.toContain('hostPathVolumes')
    expect(r.violations.find((v) => v.check === 'restrictedVolumes')?.detail).toBe(
      'volumes "a", "b", "c" use restricted volume types "hostPath", "nfs"',
    )
    const one = pod({ volumes: [{ name: 'v', nfs: { server: 's', path: '/' } }], containers: [c('app')] })
    expect(
      evaluatePss(one, 'restricted', 'v1.0').violations.find((v) => v.check === 'restrictedVolumes')?.detail,
    ).toBe('volume "v" uses restricted volume type "nfs"')
  })
})

describe('privileged, procMount, sysctls, hostProcess', () => {
  it('reports privileged containers', () => {
    expect(reasons({ containers: [c('a', { privileged: true }), c('b', { privileged: false })] })).toEqual([
      'privileged (container "a" must not set securityContext.privileged=true)',
    ])
  })

  it('lists procMount types sorted and distinct', () => {
    const spec = {
      containers: [
        c('a', { procMount: 'Unmasked' }),
        c('b', { procMount: 'Default' }),
        c('d', { procMount: 'Foo' }),
      ],
    }
    expect(reasons(spec)).toEqual([
      'procMount (containers "a", "d" must not set securityContext.procMount to "Foo", "Unmasked")',
    ])
  })

  it('keeps forbidden sysctl names unquoted, in document order, with duplicates', () => {
    const sysctls = [
      { name: 'kernel.msgmax', value: '1' },
      { name: 'kernel.shm_rmid_forced', value: '1' },
      { name: 'vm.swappiness', value: '1' },
      { name: 'kernel.msgmax', value: '2' },
    ]
    expect(reasons({ securityContext: { sysctls }, containers: [c('a')] })).toEqual([
      'forbidden sysctls (kernel.msgmax, vm.swappiness, kernel.msgmax)',
    ])
  })

  it('reports hostProcess pods together with the hostNetwork they need', () => {
    const spec = {
      hostNetwork: true,
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [c('a', { windowsOptions: { hostProcess: true } })],
    }
    expect(reasons(spec)).toEqual([
      'host namespaces (hostNetwork=true)',
      'hostProcess (pod and container "a" must not set securityContext.windowsOptions.hostProcess=true)',
    ])
  })
})
