/**
 * A namespace's SCC allocation: the openshift.io/sa.scc.* annotations as the admission plugin reads them
 * (apiserver-library-go sccmatching/matcher.go getPreallocatedUIDRange, getSupplementalGroupsAnnotation,
 * parseSupplementalGroupAnnotation, getPreallocatedLevel; library-go pkg/security/uid ParseBlock), and, where
 * a namespace says nothing, what openshift/cluster-policy-controller would have written
 * (pkg/security/controller/namespace_scc_allocation_controller.go allocate, DefaultMCSAllocation;
 * pkg/security/mcs/label.go; defaults in pkg/cmd/cluster-policy-controller/openshiftcontrolplane_config.go).
 */
import { obj, str } from '../json'
import { goQuote } from '../quote'
import type { JsonObject } from '../types'
import type { IdBlock, NamespaceAllocation } from './types'

export const UID_RANGE_ANNOTATION = 'openshift.io/sa.scc.uid-range'
export const SUPPLEMENTAL_GROUPS_ANNOTATION = 'openshift.io/sa.scc.supplemental-groups'
export const MCS_ANNOTATION = 'openshift.io/sa.scc.mcs'

const UINT32 = 2 ** 32
/** unicode.White_Space, as fmt's isSpace (newlines included: skipSpace refuses them itself). */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/

/**
 * fmt.Sscanf(in, "%d<sep>%d", &a, &b) into uint32s (go/src/fmt/scan.go doScanf, advance, scanUint): spaces
 * skipped before each number (a newline is an error), trailing input ignored; no input where a number
 * belongs is io.EOF, where the separator belongs io.ErrUnexpectedEOF.
 */
function scanPair(input: string, sep: string): [number, number] | { error: string } {
  let i = 0
  const scanUint = (): number | { error: string } => {
    while (i < input.length && SPACE.test(input[i]!)) {
      if (input[i] === '\n') return { error: 'unexpected newline' }
      if (input[i] === '\r' && input[i + 1] === '\n') return { error: 'unexpected newline' }
      i++
    }
    if (i >= input.length) return { error: 'EOF' }
    const start = i
    while (i < input.length && input[i]! >= '0' && input[i]! <= '9') i++
    const tok = input.slice(start, i)
    if (!tok) return { error: 'expected integer' }
    const value = BigInt(tok)
    if (value >= 2n ** 64n) return { error: `strconv.ParseUint: parsing ${goQuote(tok)}: value out of range` }
    if (value >= BigInt(UINT32)) return { error: `unsigned integer overflow on token ${tok}` }
    return Number(value)
  }
  const a = scanUint()
  if (typeof a !== 'number') return a
  if (i >= input.length) return { error: 'unexpected EOF' }
  if (input[i] !== sep) return { error: 'input does not match format' }
  i++
  const b = scanUint()
  return typeof b === 'number' ? [a, b] : b
}

/** uid.ParseBlock: `start/size` (end = start+size-1, in uint32 arithmetic) or `start-end`. */
export function parseIdBlock(text: string): IdBlock | { error: string } {
  if (text.includes('/')) {
    const r = scanPair(text, '/')
    if (!Array.isArray(r)) return r
    return { start: r[0], end: (r[0] + r[1] - 1 + UINT32) % UINT32 }
  }
  const r = scanPair(text, '-')
  return Array.isArray(r) ? { start: r[0], end: r[1] } : r
}

/** parseSupplementalGroupAnnotation: comma-separated blocks. */
export function parseIdBlocks(text: string): IdBlock[] | { error: string } {
  const out: IdBlock[] = []
  for (const segment of text.split(',')) {
    const b = parseIdBlock(segment)
    if ('error' in b) return b
    out.push(b)
  }
  return out
}

/** uid.Block.String: `start/size`. */
export function formatIdBlock(b: IdBlock): string {
  return `${b.start}/${(b.end - b.start + 1 + UINT32) % UINT32}`
}

function binomial(n: bigint, k: bigint): bigint {
  if (n < k) return 0n
  if (k === n) return 1n
  let r = 1n
  for (let d = 1n; d <= k; d++) {
    r = (r * n) / d
    n--
  }
  return r
}

/** mcs categoriesForOffset: the co-lex unrank of `offset` among k-subsets of c0..c(n-1), highest first. */
export function categoriesForOffset(offset: number, k: number, n = 1024): number[] {
  let rest = BigInt(offset)
  let top = BigInt(n)
  const out: bigint[] = []
  for (let i = 0n; i < BigInt(k); i++) {
    let current = binomial(top, BigInt(k) - i)
    while (current > rest) {
      top--
      current = binomial(top, BigInt(k) - i)
    }
    out.push(top)
    rest -= current
  }
  return out.map(Number).sort((a, b) => b - a)
}

/** The cluster-policy-controller defaults: uid blocks 1000000000-1999999999/10000, MCS `s0:/2`, 5 labels per project. */
const UID_ALLOCATOR = { start: 1_000_000_000, end: 1_999_999_999, size: 10_000 }
const MCS_PREFIX = 's0:'
const MCS_K = 2
const MCS_LABELS_PER_PROJECT = 5

/**
 * The MCS label the controller allocates with a uid block (DefaultMCSAllocation: the block's offset in the
 * uid range, times the labels per project, unranked into 2 categories); null for a block the default
 * allocator would not hand out.
 */
export function mcsForUidBlock(b: IdBlock): string | null {
  const r = UID_ALLOCATOR
  if (
    b.start < r.start ||
    b.end > r.end ||
    b.end - b.start + 1 !== r.size ||
    (b.start - r.start) % r.size !== 0
  )
    return null
  const offset = ((b.start - r.start) / r.size) * MCS_LABELS_PER_PROJECT
  return (
    MCS_PREFIX +
    categoriesForOffset(offset, MCS_K)
      .map((c) => `c${c}`)
      .join(',')
  )
}

/** The uid block used when nothing names one: 1000750000/10000, the 76th block of the default allocator. */
export const DEFAULT_UID_BLOCK: IdBlock = { start: 1_000_750_000, end: 1_000_759_999 }

/** A namespace allocation from a uid block, as the controller writes it (supplemental groups = uid block). */
export function allocationFor(
  name: string,
  uidRange: IdBlock = DEFAULT_UID_BLOCK,
  mcs?: string,
): NamespaceAllocation {
  return {
    name,
    uidRange,
    supplementalGroups: [uidRange],
    mcs: mcs ?? mcsForUidBlock(uidRange) ?? 's0:c1,c0',
  }
}

export interface NamespaceReading {
  allocation: NamespaceAllocation
  /** Annotations that could not be parsed (`openshift.io/sa.scc.uid-range: expected integer`). */
  errors: string[]
  /** Annotations absent and filled with defaults. */
  defaulted: string[]
}

/**
 * Reads the annotations of a Namespace. Absent ones get what the controller would have written; an
 * unparseable one is an error (and its default is used), since admission would refuse every pod.
 */
export function readNamespaceAnnotations(
  name: string,
  annotations: JsonObject | undefined,
): NamespaceReading {
  const get = (k: string) => (annotations && Object.hasOwn(annotations, k) ? str(annotations[k]) : undefined)
  const errors: string[] = []
  const defaulted: string[] = []
  let uidRange = DEFAULT_UID_BLOCK
  const uidText = get(UID_RANGE_ANNOTATION)
  if (uidText === undefined) defaulted.push(UID_RANGE_ANNOTATION)
  else if (uidText === '') errors.push(`found annotation ${UID_RANGE_ANNOTATION} but it was empty`)
  else {
    const b = parseIdBlock(uidText)
    if ('error' in b) errors.push(`${UID_RANGE_ANNOTATION}: ${b.error}`)
    else uidRange = b
  }
  // getSupplementalGroupsAnnotation: without its own annotation, the uid range is the group range.
  let supplementalGroups = [uidRange]
  const groupsText = get(SUPPLEMENTAL_GROUPS_ANNOTATION)
  if (groupsText === '')
    errors.push(
      `unable to find groups using ${SUPPLEMENTAL_GROUPS_ANNOTATION} and ${UID_RANGE_ANNOTATION} annotations`,
    )
  else if (groupsText !== undefined) {
    const blocks = parseIdBlocks(groupsText)
    if ('error' in blocks) errors.push(`${SUPPLEMENTAL_GROUPS_ANNOTATION}: ${blocks.error}`)
    else supplementalGroups = blocks
  }
  let mcs = get(MCS_ANNOTATION)
  if (mcs === undefined) defaulted.push(MCS_ANNOTATION)
  else if (mcs === '') errors.push(`found annotation ${MCS_ANNOTATION} but it was empty`)
  if (!mcs) mcs = mcsForUidBlock(uidRange) ?? 's0:c1,c0'
  return { allocation: { name, uidRange, supplementalGroups, mcs }, errors, defaulted }
}

/** Reads a Namespace document (metadata.name and its annotations). */
export function readNamespace(doc: JsonObject): NamespaceReading {
  const meta = obj(doc.metadata)
  return readNamespaceAnnotations(str(meta?.name) ?? 'default', obj(meta?.annotations))
}
