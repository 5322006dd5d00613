/** Gallery manifests beyond the walkthrough: one per situation a teacher wants to show. */
import HARDENED_DEPLOYMENT_YAML from '../../../fixtures/examples/hardened-deployment.yaml?raw'
import PRIVILEGED_DAEMONSET_YAML from '../../../fixtures/examples/privileged-daemonset.yaml?raw'
import WINDOWS_POD_YAML from '../../../fixtures/examples/windows-pod.yaml?raw'
import CRONJOB_WITH_INIT_YAML from '../../../fixtures/examples/cronjob-with-init.yaml?raw'

/** A Deployment that passes the restricted Pod Security level. */
export const HARDENED_DEPLOYMENT: string = HARDENED_DEPLOYMENT_YAML
/** A node agent: privileged, host namespaces, a hostPath volume (fails even baseline). */
export const PRIVILEGED_DAEMONSET: string = PRIVILEGED_DAEMONSET_YAML
/** A Windows pod: spec.os.name windows and windowsOptions at both levels. */
export const WINDOWS_POD: string = WINDOWS_POD_YAML
/** A CronJob whose init container runs as root to fix permissions before the non-root job. */
export const CRONJOB_WITH_INIT: string = CRONJOB_WITH_INIT_YAML
