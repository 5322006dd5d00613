import { useId } from 'react'
import { SCC_GRANT_PRESETS } from '../core/scc'
import type { OpenShiftInputs } from '../core/types'
import { NO_OPENSHIFT_INPUTS } from '../core/openshift'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import { DraftInput } from './fields/DraftInput'
import { mcsError, uidRangeError } from './files/viewOpenShift'

/** The namespace allocations, as their openshift.io/sa.scc.* annotations write them; empty: what the cluster allocates. */
const ALLOCATIONS = [
  {
    field: 'uidRange',
    label: 'Namespace uid range',
    title: 'openshift.io/sa.scc.uid-range as START/SIZE (empty: 1000750000/10000)',
    check: uidRangeError,
  },
  {
    field: 'supplementalGroups',
    label: 'Namespace supplemental groups',
    title: 'openshift.io/sa.scc.supplemental-groups as START/SIZE (empty: the uid range)',
    check: uidRangeError,
  },
  {
    field: 'mcs',
    label: 'Namespace MCS level',
    title: 'openshift.io/sa.scc.mcs, like s0:c27,c9 (empty: the level allocated with the uid range)',
    check: mcsError,
  },
] as const

/** One namespace allocation's input. */
function AllocationInput(props: {
  label: string
  title: string
  value: string | null
  check: (v: string) => string | null
  onCommit: (v: string | null) => void
}) {
  const id = useId()
  return (
    <span className="picker">
      <label htmlFor={id}>{props.label}</label>
      <DraftInput
        id={id}
        label={props.label}
        current={props.value ?? ''}
        readOnly={false}
        title={props.title}
        commit={(raw) => {
          const v = raw.trim()
          const error = v ? props.check(v) : null
          if (error) return error
          props.onCommit(v || null)
          return null
        }}
      />
    </span>
  )
}

/**
 * Under the OpenShift platform: the namespace's uid range, supplemental groups and MCS level (what its
 * openshift.io/sa.scc.* annotations would say, when the text has no such Namespace) and the SCCs the service
 * account may use.
 */
export function OpenShiftOptions() {
  const store = useAppStoreApi()
  const options = useAppStore((s) => s.options)
  if (options.platform !== 'openshift') return null
  const inputs = options.openshift ?? NO_OPENSHIFT_INPUTS
  const set = (partial: Partial<OpenShiftInputs>) =>
    store.getState().setOptions({ openshift: { ...inputs, ...partial } })
  return (
    <>
      {ALLOCATIONS.map(({ field, label, title, check }) => (
        <AllocationInput
          key={field}
          label={label}
          title={title}
          value={inputs[field]}
          check={check}
          onCommit={(v) => set({ [field]: v })}
        />
      ))}
      <fieldset className="picker">
        <legend>SCC grants</legend>
        {SCC_GRANT_PRESETS.map((name) => (
          <label key={name}>
            <input
              type="checkbox"
              checked={inputs.grants.includes(name)}
              onChange={(e) =>
                set({
                  grants: e.target.checked
                    ? [...inputs.grants, name]
                    : inputs.grants.filter((g) => g !== name),
                })
              }
            />
            {name}
          </label>
        ))}
      </fieldset>
    </>
  )
}
