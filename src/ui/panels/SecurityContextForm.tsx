import { memo } from 'react'
import { fieldsFor } from '../../core/k8s/fields'
import { FieldControl } from '../fields/FieldControl'
import { FormContext, useFormSlice, type FormContextValue } from '../fields/FormContext'
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
  return (
    <FormContext.Provider value={ctx}>
      <FormBody level={ctx.level} windows={windows} />
    </FormContext.Provider>
  )
})

/** The sections and the unknown keys; each field reads its own value (useFormSlice), so typing re-renders one. */
function FormBody({ level, windows }: { level: 'pod' | 'container'; windows: boolean }) {
  const sections = level === 'pod' ? POD_SECTIONS : CONTAINER_SECTIONS
  const windowsSet = useFormSlice((d) => isObject(d.sc) && Object.hasOwn(d.sc, 'windowsOptions'))
  const unknown = useFormSlice((d) => unknownEntries(d.sc, fieldsFor(level)))
  return (
    <>
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
    </>
  )
}
