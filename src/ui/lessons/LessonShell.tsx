import { verdictLine, verdictsOf } from '../../core/verdict'
import { selectShown } from '../../state/selectors'
import { useAppStore } from '../../state/useAppStore'
import { LayerDiagram } from '../effective/LayerDiagram'
import { checkedByRunc, lessonLines } from './lessonLines'
import { RichText } from './RichText'
import { transcript } from './shell'
import type { LessonStep, ShellKind } from './types'

const COMMAND: Record<ShellKind, string> = {
  id: '`id`',
  ps: '`ps`',
  volumes: '`ls`',
  caps: 'the Cap lines',
  capsDecode: '`capsh`',
  noNewPrivs: 'NoNewPrivs',
  seccomp: 'Seccomp',
  selinux: 'the SELinux label',
  apparmor: 'the AppArmor profile',
  rootfs: '`touch`',
  uidMap: '`uid_map`',
}

const list = (kinds: readonly ShellKind[]) => kinds.map((k) => COMMAND[k]).join(', ')

/** Where the step's output comes from: a real runc run of its manifest (verify:runtime), or the model only. */
function provenance(step: LessonStep): string {
  // The runtime check runs each manifest as Kubernetes admits it, not as OpenShift SCC admission mutates it.
  if (step.platform === 'openshift')
    return 'Output modelled, not run: the runtime check runs manifests as Kubernetes admits them, without SCC admission.'
  const { checked, modelled } = checkedByRunc(step.shell)
  const ran = 'checked against a real runc for this step’s manifest (`npm run verify:runtime`)'
  if (modelled.length === 0) return `Output ${ran}.`
  if (checked.length === 0) return `Output modelled, not run: ${list(modelled)}.`
  return `${list(checked)}: ${ran}; ${list(modelled)}: modelled, not run.`
}

/** What the step's commands print in the container, from the analysis of the text in the editor. */
export function LessonShell({ step }: { step: LessonStep }) {
  const index = step.container ?? 0
  const ra = useAppStore((s) => selectShown(s).resources[0])
  const runtime = useAppStore((s) => s.options.runtime)
  const eff = ra?.effective[index]
  const name = ra?.resource.containers[index]?.name
  return (
    <section className="lesson-shell" aria-label="Lesson shell output">
      <h4>
        What the shell prints{name ? ` in ${name}` : ''}
        {eff ? <span className="lesson-runtime"> ({runtime})</span> : null}
      </h4>
      {eff && ra ? (
        <>
          <pre tabIndex={0} aria-label={`Shell output${name ? ` in ${name}` : ''}`}>
            {transcript(lessonLines(step.shell, eff, ra.resource.podSpec))}
          </pre>
          {eff.process && (
            <p className="lesson-provenance">
              <RichText text={provenance(step)} />
            </p>
          )}
        </>
      ) : (
        <p className="lesson-note">No container to run: the editor holds no pod with containers.</p>
      )}
    </section>
  )
}

/** The verdicts of the step's manifest (API server, SCC on OpenShift, Pod Security, kubelet) and why not. */
export function LessonVerdict({ step }: { step: LessonStep }) {
  const ra = useAppStore((s) => selectShown(s).resources[0])
  if (!step.verdict || !ra) return null
  const scc = ra.scc?.status === 'rejected' ? ra.scc.message : null
  return (
    <section className="lesson-verdict" aria-label="Lesson verdict">
      <h4>What the cluster says</h4>
      <p>{verdictLine(verdictsOf(ra))}</p>
      {ra.scc?.status === 'admitted' && <p>OpenShift SCC admission: admitted by {ra.scc.admittedBy}.</p>}
      {scc && <pre className="lesson-message">{scc}</pre>}
      {ra.pss.message && <pre className="lesson-message">{ra.pss.message}</pre>}
    </section>
  )
}

/** The layering picture of the step's container, for the steps about who decides (override lessons). */
export function LessonLayers({ step }: { step: LessonStep }) {
  const ra = useAppStore((s) => selectShown(s).resources[0])
  const eff = ra?.effective[step.container ?? 0]
  return step.layers && ra && eff ? <LayerDiagram ra={ra} c={eff} /> : null
}
