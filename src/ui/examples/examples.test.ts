import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/analyze'
import { DEFAULT_OPTIONS } from '../../core/types'
import { EXAMPLES, exampleById } from './index'

const analysisOf = (id: string) => analyze(exampleById(id)!.text, DEFAULT_OPTIONS)

describe('examples gallery', () => {
  it('every example parses into one resource with containers', () => {
    for (const e of EXAMPLES) {
      const a = analyze(e.text)
      expect(a.errors, e.id).toEqual([])
      expect(a.resources, e.id).toHaveLength(1)
      expect(a.resources[0]!.resource.containers.length, e.id).toBeGreaterThan(0)
    }
  })

  it('the walkthrough pods give the outputs the task page shows', () => {
    const id = (ex: string) => analysisOf(ex).resources[0]!.effective[0]!.process!
    expect(id('security-context').id).toBe('uid=1000 gid=3000 groups=2000,3000,4000')
    expect(id('security-context-2').uid).toBe(2000)
    expect(id('security-context-3').status.CapEff).toBe('00000000a80425fb')
    expect(id('security-context-4').status.CapEff).toBe('00000000aa0435fb')
    expect(id('security-context-5').id).toBe(
      'uid=1000(user-defined-in-image) gid=3000 groups=3000,4000,50000(group-defined-in-image)',
    )
  })

  it('the hardened Deployment passes restricted; the privileged DaemonSet passes nothing above privileged', () => {
    const hardened = analysisOf('hardened-deployment').resources[0]!
    expect(hardened.resource.kind).toBe('Deployment')
    expect(hardened.pss.violations).toEqual([])
    expect(hardened.passes).toBe('restricted')
    const ds = analysisOf('privileged-daemonset').resources[0]!
    expect(ds.resource.kind).toBe('DaemonSet')
    expect(ds.passes).toBe('privileged')
  })

  it('the Windows pod and the CronJob have what their titles say', () => {
    const win = analysisOf('windows-pod').resources[0]!.resource
    expect(win.podSpec.os).toEqual({ name: 'windows' })
    const cron = analysisOf('cronjob-init').resources[0]!.resource
    expect(cron.kind).toBe('CronJob')
    expect(cron.podSpecPath).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec'])
    expect(cron.containers.map((c) => `${c.name} (${c.type})`)).toEqual([
      'init-perms (initContainer)',
      'backup (container)',
    ])
  })
})
