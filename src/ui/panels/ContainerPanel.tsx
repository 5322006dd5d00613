import { useMemo } from 'react'
import type { ResourceAnalysis } from '../../core/analyze'
import type { JsonValue, Target } from '../../core/types'
import { useAppStoreApi } from '../../state/useAppStore'
import { useFormSource, type FormContextValue, type FormData } from '../fields/FormContext'
import { useStable } from '../fields/useStable'
import { containerLabel, getIn, inheritedValue } from '../fields/values'
import { ApiReference } from './ApiReference'
import { SecurityContextForm } from './SecurityContextForm'

interface Props {
  ra: ResourceAnalysis
  index: number
  /** Index of the container in visit order. */
  selected: number
  readOnly: boolean
}

/** Region "Container securityContext": the selected container's fields, pod values shown greyed where inherited. */
export function ContainerPanel({ ra, index, selected, readOnly }: Props) {
  const store = useAppStoreApi()
  const ref = useStable(ra.resource.containers[selected])
  const effective = useStable(ra.effective[selected]?.fields)
  const sc = useStable(ref ? getIn(ra.resource.podSpec, [ref.kind, ref.index, 'securityContext']) : undefined)
  const data = useMemo<FormData>(
    () => ({ sc, inherited: (path) => inheritedValue(effective, path) }),
    [sc, effective],
  )
  const source = useFormSource(data)
  const ctx = useMemo<FormContextValue | null>(() => {
    if (!ref) return null
    const target: Target = { resource: index, level: 'container', kind: ref.kind, index: ref.index }
    return {
      level: 'container',
      readOnly,
      set: (path, value: JsonValue | undefined) => store.getState().setField(target, path, value),
      source,
    }
  }, [store, index, ref, readOnly, source])
  return (
    <section className="sc-panel" aria-label="Container securityContext">
      <h2>Container securityContext</h2>
      {ref && ctx ? (
        <>
          <p className="panel-sub">
            {containerLabel(ref)}: greyed values come from the pod; a value set here overrides them.{' '}
            <ApiReference level="container" />
          </p>
          <SecurityContextForm
            key={`${ref.kind}/${ref.index}`}
            ctx={ctx}
            windows={ra.effective.some((c) => c.windows !== null)}
          />
        </>
      ) : (
        <p className="panel-sub">This pod spec has no containers.</p>
      )}
    </section>
  )
}
