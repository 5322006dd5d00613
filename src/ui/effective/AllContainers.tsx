import type { ResourceAnalysis } from '../../core/analyze'
import type { ContainerEffective } from '../../core/types'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { formatValue } from './format'
import { SourceBadge } from './SourceBadge'

const KEY_FIELDS = [
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'privileged',
  'allowPrivilegeEscalation',
  'readOnlyRootFilesystem',
  'capabilities.add',
  'capabilities.drop',
  'seccompProfile.type',
] as const

interface Row {
  label: string
  cells: { text: string; c: ContainerEffective; name: string }[]
}

function rows(containers: ContainerEffective[]): Row[] {
  const fieldRows = KEY_FIELDS.map((name) => ({
    label: name,
    cells: containers.map((c) => ({ text: formatValue(c.fields[name]?.value), c, name })),
  }))
  return [
    ...fieldRows,
    { label: 'id', cells: containers.map((c) => ({ text: c.process?.id ?? notRunning(c), c, name: '' })) },
    {
      label: 'CapEff',
      cells: containers.map((c) => ({ text: c.process?.status.CapEff ?? notRunning(c), c, name: '' })),
    },
  ]
}

/** The id and CapEff cells of a container without a Linux process. */
function notRunning(c: ContainerEffective): string {
  if (c.refusal) return `refused (${c.refusal.by})`
  return c.windows ? 'Windows' : ''
}

/** Table "All containers": the key fields and the id / CapEff lines of every container, side by side. */
export function AllContainers({ ra }: { ra: ResourceAnalysis }) {
  const selected = useAppStore((s) => s.selectedContainer)
  const store = useAppStoreApi()
  const containers = ra.effective
  if (containers.length < 2) return null
  return (
    <div className="all-containers">
      <table className="compare-table">
        <caption>All containers</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {containers.map((c, i) => (
              <th
                scope="col"
                key={`${c.kind}-${c.index}`}
                className={i === selected ? 'selected' : undefined}
              >
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={i === selected}
                  onClick={() => store.getState().selectContainer(i)}
                >
                  {c.name} ({c.type})
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows(containers).map((r) => {
            const differs = new Set(r.cells.map((x) => x.text)).size > 1
            return (
              <tr key={r.label} className={differs ? 'differs' : undefined}>
                <th scope="row">
                  <code>{r.label}</code>
                </th>
                {r.cells.map((x, i) => {
                  const e = x.name ? x.c.fields[x.name] : undefined
                  return (
                    <td key={i} className={i === selected ? 'selected' : undefined}>
                      <code>{x.text}</code> {e && e.source !== 'default' && <SourceBadge source={e.source} />}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
