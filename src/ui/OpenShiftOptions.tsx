import { useId } from 'react'
import { SCC_GRANT_PRESETS } from '../core/scc'
import type { OpenShiftInputs } from '../core/types'
import { NO_OPENSHIFT_INPUTS } from '../core/openshift'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import { DraftInput } from './fields/DraftInput'
import { mcsError, uidRangeError } from './files/viewOpenShift'

/** One namespace allocation as its openshift.io/sa.scc.* annotation writes it; empty: what the cluster allocates. */
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
      <AllocationInput
        label="Namespace uid range"
        title="openshift.io/sa.scc.uid-range as START/SIZE (empty: 1000750000/10000)"
        value={inputs.uidRange}
        check={uidRangeError}
        onCommit={(uidRange) => set({ uidRange })}
      />
      <AllocationInput
        label="Namespace supplemental groups"
        title="openshift.io/sa.scc.supplemental-groups as START/SIZE (empty: the uid range)"
        value={inputs.supplementalGroups}
        check={uidRangeError}
        onCommit={(supplementalGroups) => set({ supplementalGroups })}
      />
      <AllocationInput
        label="Namespace MCS level"
        title="openshift.io/sa.scc.mcs, like s0:c27,c9 (empty: the level allocated with the uid range)"
        value={inputs.mcs}
        check={mcsError}
        onCommit={(mcs) => set({ mcs })}
      />
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
