/** The OpenShift test inputs (issue 17): one Deployment chart, with or without a hard-coded securityContext. */
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../types'

/** The openshift platform with the namespace uid range of the must-show cases. */
export const OPENSHIFT: AnalyzeOptions = {
  ...DEFAULT_OPTIONS,
  platform: 'openshift',
  openshift: { uidRange: '1000750000/10000', supplementalGroups: null, mcs: null, grants: [] },
}

/** A Deployment `web` whose one container `app` (quay.io/example/app:1) has `sc` appended to it. */
export const openShiftChart = (sc: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: quay.io/example/app:1
${sc}`
