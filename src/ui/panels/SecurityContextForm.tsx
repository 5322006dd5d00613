import { memo, useMemo } from 'react'
import { fieldsFor } from '../../core/k8s/fields'
import { FieldControl } from '../fields/FieldControl'
import { FormContext, type FormContextValue } from '../fields/FormContext'
import { showValue } from '../fields/values'
import { groupFields, unknownEntries } from './groupFields'

const POD_GROUPS = groupFields(fieldsFor('pod'))
const CONTAINER_GROUPS = groupFields(fieldsFor('container'))

/** Every catalogue field of a level, then the keys the form has no control for, shown as written. */
export const SecurityContextForm = memo(function SecurityContextForm({ ctx }: { ctx: FormContextValue }) {
  const groups = ctx.level === 'pod' ? POD_GROUPS : CONTAINER_GROUPS
  const unknown = useMemo(() => unknownEntries(ctx.sc, fieldsFor(ctx.level)), [ctx.sc, ctx.level])
  return (
    <FormContext.Provider value={ctx}>
      <div className="sc-form">
        {groups.map((g) => (
          <FieldControl key={g.key} group={g.group} specs={g.specs} />
        ))}
      </div>
      {unknown.length ? (
        <div className="unknown-keys">
          <h4>Kept as written</h4>
          <p className="field-note">
            The form has no control for these; editing other fields leaves them alone.
          </p>
          <dl>
            {unknown.map((u) => (
              <div key={u.path}>
                <dt>
                  <code>{u.path || 'securityContext'}</code>
                </dt>
                <dd>
                  <code>{showValue(u.value)}</code>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </FormContext.Provider>
  )
})
