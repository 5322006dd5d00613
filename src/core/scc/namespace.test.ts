/**
 * Namespace allocations: library-go pkg/security/uid ParseBlock as sccmatching/matcher.go uses it
 * (getPreallocatedUIDRange, parseSupplementalGroupAnnotation; admission_test TestCreateProvidersFromConstraints
 * namespaces), and the MCS labels openshift/cluster-policy-controller allocates (pkg/security/mcs/label_test.go
 * TestParseLabel offsets; namespace_security_allocation_controller_test.go TestController: the first block
 * gets s0:c1,c0).
 */
import { describe, expect, it } from 'vitest'
import {
  allocationFor,
  categoriesForOffset,
  formatIdBlock,
  mcsForUidBlock,
  parseIdBlock,
  parseIdBlocks,
  readNamespace,
  readNamespaceAnnotations,
} from './namespace'

describe('uid.ParseBlock', () => {
  it('reads start/size and start-end', () => {
    expect(parseIdBlock('1000750000/10000')).toEqual({ start: 1000750000, end: 1000759999 })
    expect(parseIdBlock('1/3')).toEqual({ start: 1, end: 3 })
    expect(parseIdBlock('2-5')).toEqual({ start: 2, end: 5 })
    expect(parseIdBlock(' 7/1 trailing')).toEqual({ start: 7, end: 7 })
    expect(formatIdBlock({ start: 1000750000, end: 1000759999 })).toBe('1000750000/10000')
  })
  it('fails as fmt.Sscanf fails', () => {
    expect(parseIdBlock('abc')).toEqual({ error: 'expected integer' })
    expect(parseIdBlock('1000/')).toEqual({ error: 'EOF' })
    expect(parseIdBlock('')).toEqual({ error: 'EOF' })
    expect(parseIdBlock('1/\n2')).toEqual({ error: 'unexpected newline' })
    expect(parseIdBlock('1000')).toEqual({ error: 'unexpected EOF' })
    expect(parseIdBlock('1-2/3')).toEqual({ error: 'input does not match format' })
    expect(parseIdBlock('4294967296/1')).toEqual({ error: 'unsigned integer overflow on token 4294967296' })
    expect(parseIdBlock('-1/2')).toEqual({ error: 'expected integer' })
  })
  it('uint32 arithmetic: a size of 0 wraps the end around', () => {
    expect(parseIdBlock('0/0')).toEqual({ start: 0, end: 4294967295 })
  })
  it('parseSupplementalGroupAnnotation: comma-separated blocks', () => {
    expect(parseIdBlocks('1000750000/10000,5-6')).toEqual([
      { start: 1000750000, end: 1000759999 },
      { start: 5, end: 6 },
    ])
    expect(parseIdBlocks('1/2,')).toEqual({ error: 'EOF' })
  })
})

describe('MCS labels', () => {
  it.each([
    [0, 2, [1, 0]],
    [1, 2, [2, 0]],
    [3, 1, [3]],
    [3, 2, [3, 0]],
    [1, 3, [3, 1, 0]],
    [121, 3, [10, 2, 0]],
    [521730, 2, [1021, 1020]],
  ])('categoriesForOffset(%d, k=%d) = %j (label_test)', (offset, k, want) => {
    expect(categoriesForOffset(offset, k)).toEqual(want)
  })
  it('DefaultMCSAllocation: block offset x 5 labels, 2 categories', () => {
    expect(mcsForUidBlock({ start: 1000000000, end: 1000009999 })).toBe('s0:c1,c0')
    expect(mcsForUidBlock({ start: 1000750000, end: 1000759999 })).toBe('s0:c27,c24')
    expect(mcsForUidBlock({ start: 1000720000, end: 1000729999 })).toBe('s0:c27,c9')
    expect(mcsForUidBlock({ start: 5, end: 10 })).toBeNull()
  })
})

describe('namespace annotations', () => {
  it('reads all three', () => {
    const r = readNamespace({
      kind: 'Namespace',
      metadata: {
        name: 'demo',
        annotations: {
          'openshift.io/sa.scc.uid-range': '1000750000/10000',
          'openshift.io/sa.scc.supplemental-groups': '1000750000/10000',
          'openshift.io/sa.scc.mcs': 's0:c27,c9',
        },
      },
    })
    expect(r).toEqual({
      allocation: {
        name: 'demo',
        uidRange: { start: 1000750000, end: 1000759999 },
        supplementalGroups: [{ start: 1000750000, end: 1000759999 }],
        mcs: 's0:c27,c9',
      },
      errors: [],
      defaulted: [],
    })
  })
  it('supplemental groups fall back to the uid range (getSupplementalGroupsAnnotation)', () => {
    const r = readNamespaceAnnotations('default', {
      'openshift.io/sa.scc.uid-range': '1/3',
      'openshift.io/sa.scc.mcs': 's0:c1,c0',
    })
    expect(r.allocation.supplementalGroups).toEqual([{ start: 1, end: 3 }])
    expect(r.defaulted).toEqual([])
  })
  it('absent ones get what the controller would have written; bad ones are errors', () => {
    expect(readNamespaceAnnotations('x', undefined)).toEqual({
      allocation: allocationFor('x'),
      errors: [],
      defaulted: ['openshift.io/sa.scc.uid-range', 'openshift.io/sa.scc.mcs'],
    })
    expect(allocationFor('x').mcs).toBe('s0:c27,c24')
    const bad = readNamespaceAnnotations('x', {
      'openshift.io/sa.scc.uid-range': 'ten',
      'openshift.io/sa.scc.supplemental-groups': '',
    })
    expect(bad.errors).toEqual([
      'openshift.io/sa.scc.uid-range: expected integer',
      'unable to find groups using openshift.io/sa.scc.supplemental-groups and openshift.io/sa.scc.uid-range annotations',
    ])
  })
  it('annotation keys are data: inherited names are not annotations', () => {
    expect(
      readNamespaceAnnotations('x', JSON.parse('{"__proto__": {"openshift.io/sa.scc.mcs": "s0:c9,c8"}}'))
        .allocation.mcs,
    ).toBe('s0:c27,c24')
  })
})
