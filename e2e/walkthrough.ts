/** The walkthrough manifests for e2e tests: read from fixtures/walkthrough/, where they exist once (issue 12). */
import { readFileSync } from 'node:fs'

const read = (name: string) => readFileSync(`fixtures/walkthrough/${name}.yaml`, 'utf8')

export const SECURITY_CONTEXT = read('security-context')
export const SECURITY_CONTEXT_2 = read('security-context-2')
export const SECURITY_CONTEXT_3 = read('security-context-3')
export const SECURITY_CONTEXT_4 = read('security-context-4')
export const SECURITY_CONTEXT_5 = read('security-context-5')
export const SECURITY_CONTEXT_6 = read('security-context-6')
