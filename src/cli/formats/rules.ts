/**
 * One rule per problem code (core/problems PROBLEM_CODES) for SARIF: its name, short and full description,
 * the Kubernetes documentation page about it and the level it is usually reported at.
 */
import { LINT_CODES } from '../../core/lint/codes'
import { lookup } from '../../core/json'
import { PROBLEM_CODES, type ProblemCodeInfo } from '../../core/problems'
import { PSS_CODES } from '../../core/pss/codes'
import type { Severity } from '../../core/types'

export type SarifLevel = 'error' | 'warning' | 'note'

export interface Rule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[] }
}

const DOCS = 'https://kubernetes.io/docs/'
const PSS_PAGE = `${DOCS}concepts/security/pod-security-standards/`
const SECURITY_CONTEXT = `${DOCS}tasks/configure-pod-container/security-context/`
const POD_API = `${DOCS}reference/kubernetes-api/workload-resources/pod-v1/`

/** The page about a code's subject, by the words of the code (most specific first); else the security-context task. */
const TOPICS: readonly [RegExp, string][] = [
  [/SECCOMP/, `${DOCS}tutorials/security/seccomp/`],
  [/APPARMOR/, `${DOCS}tutorials/security/apparmor/`],
  [/SYSCTL/, `${DOCS}tasks/administer-cluster/sysctl-cluster/`],
  [/HOST_USERS|PROC_MOUNT/, `${DOCS}concepts/workloads/pods/user-namespaces/`],
  [/EPHEMERAL/, `${DOCS}concepts/workloads/pods/ephemeral-containers/`],
  [/HOST_PROCESS/, `${DOCS}tasks/configure-pod-container/create-hostprocess-pod/`],
  [/WINDOWS_GMSA/, `${DOCS}tasks/configure-pod-container/configure-gmsa/`],
  [/WINDOWS|OS_NAME|ON_WINDOWS/, `${DOCS}tasks/configure-pod-container/configure-runasusername/`],
  [/GATED_FIELD/, `${DOCS}reference/command-line-tools-reference/feature-gates/`],
  [/^API_(DECODE|UNKNOWN_FIELD|RANGE|UNSUPPORTED_VALUE)$/, POD_API],
  [/CAP/, `${SECURITY_CONTEXT}#set-capabilities-for-a-container`],
  [/SELINUX/, `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`],
  [
    /FS_GROUP_CHANGE_POLICY/,
    `${SECURITY_CONTEXT}#configure-volume-permission-and-ownership-change-policy-for-pods`,
  ],
]

export function sarifLevel(severity: Severity | string): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note'
}

const pssByCode = new Map<string, (typeof PSS_CODES)[number]>(PSS_CODES.map((c) => [c.code, c]))

/** `LINT_READ_ONLY_ROOT_FS` → `LintReadOnlyRootFs`. */
const pascal = (code: string) =>
  code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

function rule(c: ProblemCodeInfo): Rule {
  const pss = pssByCode.get(c.code)
  const lint = lookup(LINT_CODES, c.code)
  const full = pss
    ? `Pod Security Standards, ${pss.level} level, check ${pss.check}: ${c.title}. PodSecurity admission ` +
      `rejects a pod that fails a check of the level its namespace enforces.`
    : lint
      ? `${c.title}. ${lint.why}`
      : `${c.title}. The API server rejects the object${c.severity === 'error' ? '' : ' or warns about it'}.`
  return {
    id: c.code,
    name: pss ? pss.check : pascal(c.code),
    shortDescription: { text: c.title },
    fullDescription: { text: full },
    helpUri: pss
      ? `${PSS_PAGE}#${pss.level}`
      : (TOPICS.find(([re]) => re.test(c.code))?.[1] ?? SECURITY_CONTEXT),
    defaultConfiguration: { level: sarifLevel(c.severity) },
    properties: { tags: ['security', 'kubernetes', c.source === 'pss' ? 'pod-security' : c.source] },
  }
}

/** Every rule, in PROBLEM_CODES order (API, Pod Security, lint). */
export const RULES: readonly Rule[] = PROBLEM_CODES.map(rule)
