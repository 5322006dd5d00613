/** Paths lesson steps highlight in a bare Pod: in the pod securityContext, and in the first container's. */
import type { Path } from '../../core/types'

export const podSc = (...rest: Path): Path => ['spec', 'securityContext', ...rest]
export const containerSc = (...rest: Path): Path => ['spec', 'containers', 0, 'securityContext', ...rest]
