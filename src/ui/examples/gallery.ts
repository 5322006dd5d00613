/** Gallery manifests beyond the walkthrough: one per situation a teacher wants to show. */

/** A Deployment that passes the restricted Pod Security level. */
export const HARDENED_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hardened-web
  namespace: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: hardened-web
  template:
    metadata:
      labels:
        app: hardened-web
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: web
        image: nginxinc/nginx-unprivileged:1.27
        ports:
        - containerPort: 8080
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: ["ALL"]
        volumeMounts:
        - name: tmp
          mountPath: /tmp
      volumes:
      - name: tmp
        emptyDir: {}
`

/** A node agent: privileged, host namespaces, a hostPath volume (fails even baseline). */
export const PRIVILEGED_DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
  namespace: kube-system
spec:
  selector:
    matchLabels:
      app: node-agent
  template:
    metadata:
      labels:
        app: node-agent
    spec:
      hostNetwork: true
      hostPID: true
      containers:
      - name: agent
        image: registry.example.com/node-agent:1.0
        securityContext:
          privileged: true
        volumeMounts:
        - name: host-root
          mountPath: /host
          readOnly: true
      volumes:
      - name: host-root
        hostPath:
          path: /
`

/** A Windows pod: spec.os.name windows and windowsOptions at both levels. */
export const WINDOWS_POD = `apiVersion: v1
kind: Pod
metadata:
  name: run-as-username-demo
spec:
  os:
    name: windows
  securityContext:
    windowsOptions:
      runAsUserName: "ContainerUser"
  containers:
  - name: run-as-username-demo
    image: mcr.microsoft.com/windows/servercore:ltsc2019
    command: ["ping", "-t", "localhost"]
    securityContext:
      windowsOptions:
        runAsUserName: "ContainerAdministrator"
  nodeSelector:
    kubernetes.io/os: windows
`

/** A CronJob whose init container runs as root to fix permissions before the non-root job. */
export const CRONJOB_WITH_INIT = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            runAsUser: 1000
            runAsGroup: 1000
            fsGroup: 2000
            seccompProfile:
              type: RuntimeDefault
          initContainers:
          - name: init-perms
            image: busybox:1.36
            command: ["sh", "-c", "mkdir -p /backup/db && chown 1000:2000 /backup/db"]
            securityContext:
              runAsUser: 0
              capabilities:
                drop: ["ALL"]
                add: ["CHOWN"]
            volumeMounts:
            - name: backup
              mountPath: /backup
          containers:
          - name: backup
            image: busybox:1.36
            command: ["sh", "-c", "tar czf /backup/db/nightly.tgz /etc"]
            securityContext:
              runAsNonRoot: true
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities:
                drop: ["ALL"]
            volumeMounts:
            - name: backup
              mountPath: /backup
          volumes:
          - name: backup
            emptyDir: {}
`
