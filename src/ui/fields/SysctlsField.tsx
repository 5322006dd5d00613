import { useRef, useState, type KeyboardEvent } from 'react'
import type { FieldSpec } from '../../core/k8s/fields'
import type { JsonValue } from '../../core/types'
import { DraftInput } from './DraftInput'
import { ListField } from './ListField'
import { useListField } from './useListField'
import { getIn, isObject, showValue } from './values'

const text = (v: JsonValue | undefined) => (v === undefined ? '' : typeof v === 'string' ? v : showValue(v))
const REQUIRED = 'required: remove the row instead'
const KEYS = ['name', 'value'] as const

/** sysctls: rows of name and value (both strings), editable in place, removable, and a row to add one. */
export function SysctlsField({ spec }: { spec: FieldSpec }) {
  const addInput = useRef<HTMLInputElement>(null)
  const list = useListField(spec, addInput)
  const [fresh, setFresh] = useState({ name: '', value: '' })

  const edit = (i: number, key: 'name' | 'value', raw: string) => {
    if (raw === '') return REQUIRED
    const item = list.items[i]
    list.replace(i, { ...(isObject(item) ? item : {}), [key]: raw })
    return null
  }
  const add = () => {
    if (!fresh.name.trim() || fresh.value === '') return list.setError('type a name and a value first')
    list.append({ name: fresh.name.trim(), value: fresh.value })
    setFresh({ name: '', value: '' })
    list.setError(null)
  }
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    add()
  }

  return (
    <ListField
      list={list}
      rowClass="sysctl-row"
      row={(item, i) =>
        KEYS.map((key) => (
          <DraftInput
            key={key}
            label={`sysctls ${key} ${i + 1}`}
            current={text(getIn(item, [key]))}
            placeholder={key}
            readOnly={list.readOnly}
            describedBy={list.docId}
            commit={(raw) => edit(i, key, raw)}
          />
        ))
      }
      removeLabel={(i) => `Remove sysctl ${i + 1}`}
      addInputs={KEYS.map((key) => (
        <input
          key={key}
          ref={key === 'name' ? addInput : undefined}
          className="field-input"
          aria-label={`New sysctl ${key}`}
          aria-describedby={list.docId}
          placeholder={key === 'name' ? 'net.ipv4.ip_unprivileged_port_start' : 'value'}
          value={fresh[key]}
          disabled={list.readOnly}
          onChange={(e) => {
            setFresh({ ...fresh, [key]: e.target.value })
            list.setError(null)
          }}
          onKeyDown={onEnter}
        />
      ))}
      addLabel="Add sysctl"
      onAdd={add}
    />
  )
}
