/** Multi-resource bundles as engineers paste them, for unit and e2e tests (read with node:fs, no ?raw import). */
import { readFileSync } from 'node:fs'

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')

/**
 * Issue 13's three resources: a Deployment that is fine at restricted, a StatefulSet that fails restricted, and a
 * CronJob whose init container the API server rejects (privileged with allowPrivilegeEscalation: false).
 */
export const THREE_RESOURCES = read('three-resources.yaml')

/**
 * The Review changes bundle (issue 13 §4): a Deployment on the node's network, a StatefulSet, a CronJob with an init
 * container.
 */
export const REVIEW_BUNDLE = read('review-bundle.yaml')
