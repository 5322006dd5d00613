/**
 * The only importer of 'yaml': parse a stream of YAML 1.1 documents (incrementally), find the resources
 * in it, locate nodes and plan minimal text edits. Offsets are UTF-16 offsets into the whole text.
 */
export { applyEdits, diffEdit, invertEdits } from './applyEdits'
export {
  parseStream,
  parseStreamSteps,
  lineColAt,
  LAZY_DOCUMENT_CHARS,
  type ParsedStream,
  type StreamOptions,
} from './stream'
export { streamChunks, type StreamChunk } from './chunks'
export { findResources, findResourcesSteps, documentInfo, type DocumentInfo } from './resources'
export { rangeOf } from './locate'
export { extentOf } from './extent'
export { goYamlNumber, numberSource } from './numbers'
export { planSet, type PlanOptions } from './planSet'
export { planMove } from './planMove'
