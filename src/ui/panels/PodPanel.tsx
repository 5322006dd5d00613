import { useMemo } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import type { JsonValue, Target } from '../../core/types'
import { useAppStoreApi } from '../../state/useAppStore'
import { useFormSource, type FormContextValue, type FormData } from '../fields/FormContext'
import { useStable } from '../fields/useStable'
import { getIn, resourceLabel } from '../fields/values'
import { ApiReference } from './ApiReference'
import { SecurityContextForm } from './SecurityContextForm'

interface Props {
  ra: ResourceAnalysis
  index: number
  readOnly: boolean
}

const noInheritance = () => undefined

/** Region "Pod securityContext": the pod-level fields of the selected resource. */
export function PodPanel({ ra, index, readOnly }: Props) {
  const store = useAppStoreApi()
  const sc = useStable(getIn(ra.resource.podSpec, ['securityContext']))
  const data = useMemo<FormData>(() => ({ sc, inherited: noInheritance }), [sc])
  const source = useFormSource(data)
  const ctx = useMemo<FormContextValue>(() => {
    const target: Target = { resource: index, level: 'pod' }
    return {
      level: 'pod',
      readOnly,
      set: (path, value: JsonValue | undefined) => store.getState().setField(target, path, value),
      source,
    }
  }, [store, index, readOnly, source])
  return (
    <section className="sc-panel" aria-label="Pod securityContext">
      <h2>Pod securityContext</h2>
      <p className="panel-sub">
        {resourceLabel(ra.resource)}: applies to every container unless it sets its own.{' '}
        <ApiReference level="pod" />
      </p>
      <SecurityContextForm ctx={ctx} windows={ra.effective.some((c) => c.windows !== null)} />
    </section>
  )
}
