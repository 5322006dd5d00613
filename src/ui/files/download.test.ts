import { describe, expect, it } from 'vitest'
import { downloadAs, isJsonText } from './download'

const JSON_POD = '{\n  "apiVersion": "v1",\n  "kind": "Pod"\n}\n'
const YAML_POD = 'apiVersion: v1\nkind: Pod\n'

describe('downloadAs: Download keeps the opened file', () => {
  it('keeps the name and format of the file the text was opened from', () => {
    expect(downloadAs('pod.json', JSON_POD)).toEqual({ filename: 'pod.json', type: 'application/json' })
    expect(downloadAs('deploy.yml', YAML_POD)).toEqual({ filename: 'deploy.yml', type: 'application/yaml' })
    expect(downloadAs('Pod.YAML', YAML_POD)).toEqual({ filename: 'Pod.YAML', type: 'application/yaml' })
    expect(downloadAs('notes.txt', YAML_POD)).toEqual({ filename: 'notes.txt', type: 'text/plain' })
  })

  it('after edits the name and type stay, whatever was typed (the text is never re-serialised)', () => {
    expect(downloadAs('pod.json', YAML_POD)).toEqual({ filename: 'pod.json', type: 'application/json' })
    expect(downloadAs('pod.yaml', JSON_POD)).toEqual({ filename: 'pod.yaml', type: 'application/yaml' })
  })

  it('without a file: secctx.json for a JSON text, else secctx.yaml', () => {
    expect(downloadAs(null, JSON_POD)).toEqual({ filename: 'secctx.json', type: 'application/json' })
    expect(downloadAs(null, YAML_POD)).toEqual({ filename: 'secctx.yaml', type: 'application/yaml' })
    // Flow YAML is not JSON.
    expect(downloadAs(null, '{kind: Pod}\n')).toEqual({ filename: 'secctx.yaml', type: 'application/yaml' })
    expect(downloadAs('manifest', JSON_POD)).toEqual({ filename: 'manifest', type: 'application/json' })
  })

  it('isJsonText: one JSON object or array, nothing else', () => {
    expect(isJsonText(' \n[1, 2]\n')).toBe(true)
    expect(isJsonText('"just a string"')).toBe(false)
    expect(isJsonText('{"a": 1}\n---\n{"b": 2}\n')).toBe(false)
    expect(isJsonText('')).toBe(false)
  })
})
