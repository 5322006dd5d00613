import type { Problem } from './types'

/** What a check reports; analyze() adds the text range, the resource index and the fixes. */
export type Finding = Omit<Problem, 'range' | 'resource' | 'fixes'>
