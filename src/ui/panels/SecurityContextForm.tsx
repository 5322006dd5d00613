import { memo, useMemo } from 'react'
import { fieldsFor } from '../../core/k8s/fields'
import { FieldControl } from '../fields/FieldControl'
import { FormContext, type FormContextValue } from '../fields/FormContext'
import { isObject, showValue } from '../fields/values'
import { FormSection } from './FormSection'
import { groupFields, sectionFields, unknownEntries } from './groupFields'

const POD_SECTIONS = sectionFields(groupFields(fieldsFor('pod')))
const CONTAINER_SECTIONS = sectionFields(groupFields(fieldsFor('container')))

interface Props {
  ctx: FormContextValue
  /** The pod runs on Windows: the Windows section starts open (on Linux it starts folded unless a value is set). */
  windows: boolean
}

/**
 * Every catalogue field of a level in collapsible sections (Identity, Filesystem, Capabilities, Profiles, Windows),
 * then the keys the form has no control for, shown as written.
 */
export const SecurityContextForm = memo(function SecurityContextForm({ ctx, windows }: Props) {
  const sections = ctx.level === 'pod' ? POD_SECTIONS : CONTAINER_SECTIONS
  const windowsSet = isObject(ctx.sc) && Object.hasOwn(ctx.sc, 'windowsOptions')
  const unknown = useMemo(() => unknownEntries(ctx.sc, fieldsFor(ctx.level)), [ctx.sc, ctx.level])
  return (
    <FormContext.Provider value={ctx}>
      <div className="sc-form">
        {sections.map((section) => (
          <FormSection
            key={section.title}
            title={section.title}
            open={section.title !== 'Windows' || windows || windowsSet}
          >
            {section.groups.map((g) => (
              <FieldControl key={g.key} group={g.group} specs={g.specs} />
            ))}
          </FormSection>
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
