/** The enum fields of the catalogue (src/core/k8s/fields.ts): their values, each with one line of doc. */

/** An enum's values with one line of doc each. */
const choices = (...pairs: readonly (readonly [string, string])[]) => ({
  values: pairs.map(([v]) => v),
  valueDocs: pairs.map(([, d]) => d),
})

const PROFILE_TYPE = choices(
  ['RuntimeDefault', "The container runtime's default profile."],
  ['Localhost', 'A profile loaded on the node, named by localhostProfile.'],
  ['Unconfined', 'No profile: no confinement.'],
)

/** Values in the order the forms and the schema offer them (upstream's Go constants, k8s.io/api core/v1 types.go). */
export const ENUMS = {
  supplementalGroupsPolicy: choices(
    [
      'Merge',
      'Merge the groups defined for the user in the image with fsGroup and supplementalGroups (default).',
    ],
    ['Strict', "Use only fsGroup, supplementalGroups and the primary group; ignore the image's /etc/group."],
  ),
  fsGroupChangePolicy: choices(
    [
      'OnRootMismatch',
      'Change ownership and permissions only when the volume root does not already match fsGroup.',
    ],
    [
      'Always',
      'Always change ownership and permissions of every file when the volume is mounted (the default).',
    ],
  ),
  seLinuxChangePolicy: choices(
    [
      'MountOption',
      'Mount eligible volumes with `-o context=<label>` (fast; the volume cannot be shared across labels).',
    ],
    ['Recursive', 'Relabel every file on every volume recursively.'],
  ),
  procMount: choices(
    ['Default', 'The runtime defaults: masked and read-only paths under /proc (the default).'],
    ['Unmasked', 'No masked or read-only /proc paths (needs hostUsers: false to pass validation).'],
  ),
  /** seccompProfile.type and appArmorProfile.type. */
  profileType: PROFILE_TYPE,
}
