import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import schema from './k8s.schema.json'

type Props = Record<string, { type?: unknown; enum?: unknown; description?: string; $ref?: string }>
const defs = schema.definitions as unknown as Record<string, { properties: Props; required?: string[] }>

describe('k8s.schema.json', () => {
  it('is what scripts/gen-schema.mjs generates (the committed file is not stale; the script reads the catalogue, under tsx)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-schema.mjs', '--check'], {
      encoding: 'utf8',
    })
    expect(out).toMatch(/is up to date/)
  }, 30_000)

  it('knows the securityContext fields newer than kubernetes-types 1.30, with their enums', () => {
    const pod = defs.PodSecurityContext!.properties
    expect(pod.supplementalGroupsPolicy?.enum).toEqual(['Merge', 'Strict'])
    expect(pod.seLinuxChangePolicy?.enum).toEqual(['MountOption', 'Recursive'])
    expect(pod.fsGroupChangePolicy?.enum).toEqual(['OnRootMismatch', 'Always'])
    expect(pod.appArmorProfile?.$ref).toBe('#/definitions/AppArmorProfile')
    expect(pod.runAsUser?.type).toBe('integer')
    expect(pod.seLinuxChangePolicy?.description).toMatch(/^seLinuxChangePolicy \(Kubernetes 1\.32\+\)/)
    const ctr = defs.SecurityContext!.properties
    expect(ctr.procMount?.enum).toEqual(['Default', 'Unmasked'])
    expect(ctr.appArmorProfile?.$ref).toBe('#/definitions/AppArmorProfile')
    expect(defs.SeccompProfile!.properties.type?.enum).toEqual(['RuntimeDefault', 'Localhost', 'Unconfined'])
    expect(defs.AppArmorProfile!.properties.type?.enum).toEqual(['RuntimeDefault', 'Localhost', 'Unconfined'])
    expect(defs.PodSpec!.properties.hostUsers?.type).toBe('boolean')
  })

  it('dispatches on kind for every workload kind and List', () => {
    const kinds = schema.allOf.map((a) => a.if.properties.kind.const)
    for (const k of [
      'Pod',
      'PodTemplate',
      'ReplicationController',
      'ReplicaSet',
      'Deployment',
      'StatefulSet',
    ]) {
      expect(kinds).toContain(k)
    }
    for (const k of ['DaemonSet', 'Job', 'CronJob', 'List']) expect(kinds).toContain(k)
    const deployment = schema.allOf.find((a) => a.if.properties.kind.const === 'Deployment')
    expect(deployment?.then.$ref).toBe('#/definitions/Deployment')
    expect(defs.Deployment!.properties.apiVersion?.type).toBe('string')
  })

  it('accepts kubectl output: status is not suggested, Quantity takes numbers, timestamps take null', () => {
    expect(defs.Pod!.properties.status).toMatchObject({ doNotSuggest: true })
    expect(defs.Pod!.properties.status?.$ref).toBeUndefined()
    expect((schema.definitions as Record<string, { type?: unknown }>).Quantity?.type).toEqual([
      'string',
      'number',
    ])
    expect((schema.definitions as Record<string, { type?: unknown }>).Time?.type).toEqual(['string', 'null'])
  })
})
