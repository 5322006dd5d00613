/** Quick fixes: each secctx marker in range offers its problem's fixes (core/fixes registry). */
import type { Problem } from '../core/types'
import type { AppStore } from '../state/store'
import { OWNER } from './convert'
import { sameMarker, type MarkedProblem } from './markers'
import type { monaco } from './setupMonaco'

type Monaco = typeof monaco

export const APPLY_FIX_COMMAND = 'secctx.applyFix'

export function registerFixActions(
  m: Monaco,
  model: monaco.editor.ITextModel,
  store: AppStore,
  current: () => readonly MarkedProblem[],
): monaco.IDisposable {
  const command = m.editor.registerCommand(APPLY_FIX_COMMAND, (_accessor: unknown, ...args: unknown[]) => {
    const [problem, id] = args as [Problem, string]
    store.getState().applyFix(problem, id)
  })
  const provider = m.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(target, _range, context) {
      if (target !== model) return { actions: [], dispose() {} }
      const actions: monaco.languages.CodeAction[] = []
      for (const marker of context.markers) {
        if (marker.source !== OWNER) continue
        const hit = current().find((mp) => sameMarker(mp.marker, marker))
        hit?.problem.fixes.forEach((fix, i) => {
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: i === 0,
            command: { id: APPLY_FIX_COMMAND, title: fix.title, arguments: [hit.problem, fix.id] },
          })
        })
      }
      return { actions, dispose() {} }
    },
  })
  return {
    dispose() {
      provider.dispose()
      command.dispose()
    },
  }
}
