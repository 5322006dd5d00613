import { useId } from 'react'
import { SCC_GRANT_PRESETS } from '../core/scc'
import type { OpenShiftInputs } from '../core/types'
import { NO_OPENSHIFT_INPUTS } from '../core/openshift'
import { useAppStore, useAppStoreApi } from '../state/useAppStore'
import { DraftInput } from './fields/DraftInput'
import { mcsError, uidRangeError } from './files/viewOpenShift'

/**
 * Under the OpenShift platform: the namespace's uid range and MCS level (what its openshift.io/sa.scc.*
 * annotations would say, when the text has no such Namespace) and the SCCs the service account may use.
 */
export function OpenShiftOptions() {
  const store = useAppStoreApi()
  const options = useAppStore((s) => s.options)
  const uidId = useId()
  const groupsId = useId()
  const mcsId = useId()
  if (options.platform !== 'openshift') return null
  const inputs = options.openshift ?? NO_OPENSHIFT_INPUTS
  const set = (partial: Partial<OpenShiftInputs>) =>
    store.getState().setOptions({ openshift: { ...inputs, ...partial } })
  return (
    <>
      <span className="picker">
        <label htmlFor={uidId}>Namespace uid range</label>
        <DraftInput
          id={uidId}
          label="Namespace uid range"
          current={inputs.uidRange ?? ''}
          readOnly={false}
          title="openshift.io/sa.scc.uid-range as START/SIZE (empty: 1000750000/10000)"
          commit={(raw) => {
            const v = raw.trim()
            const error = v ? uidRangeError(v) : null
            if (error) return error
            set({ uidRange: v || null })
            return null
          }}
        />
      </span>
      <span className="picker">
        <label htmlFor={groupsId}>Namespace supplemental groups</label>
        <DraftInput
          id={groupsId}
          label="Namespace supplemental groups"
          current={inputs.supplementalGroups ?? ''}
          readOnly={false}
          title="openshift.io/sa.scc.supplemental-groups as START/SIZE (empty: the uid range)"
          commit={(raw) => {
            const v = raw.trim()
            const error = v ? uidRangeError(v) : null
            if (error) return error
            set({ supplementalGroups: v || null })
            return null
          }}
        />
      </span>
      <span className="picker">
        <label htmlFor={mcsId}>Namespace MCS level</label>
        <DraftInput
          id={mcsId}
          label="Namespace MCS level"
          current={inputs.mcs ?? ''}
          readOnly={false}
          title="openshift.io/sa.scc.mcs, like s0:c27,c9 (empty: the level allocated with the uid range)"
          commit={(raw) => {
            const v = raw.trim()
            const error = v ? mcsError(v) : null
            if (error) return error
            set({ mcs: v || null })
            return null
          }}
        />
      </span>
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
