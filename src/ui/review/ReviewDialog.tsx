import { lazy, Suspense, useMemo, useRef, type RefObject } from 'react'
import { reviewGroups, type Review } from '../../state/review'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { ChangeList } from './ChangeList'
import { useModal } from './useModal'
import './review.css'

const DiffView = lazy(() => import('../../editor/DiffView'))

interface Props {
  review: Review
  /** Where focus goes on close when the opener is gone or disabled. */
  fallback?: RefObject<HTMLElement | null>
}

/** "Review changes" (issue 13 §4): the diff, each change safe or may-break (may-break ones untickable), Apply / Cancel. */
export function ReviewDialog({ review, fallback }: Props) {
  const store = useAppStoreApi()
  const analysis = useAppStore((s) => s.analysis)
  const dialog = useRef<HTMLDialogElement>(null)
  const title = useRef<HTMLHeadingElement>(null)
  const cancel = () => store.getState().cancelReview()
  const onKey = useModal(dialog, title, fallback, cancel)
  const groups = useMemo(() => reviewGroups(review), [review])
  const { plan, progress } = review
  const changes = groups.flatMap((g) => g.items.filter((i) => i.made))
  const risky = changes.filter((i) => i.change.effect === 'may-break').length
  const left = groups.flatMap((g) => g.items.filter((i) => !i.ticked)).length
  const passing = groups.filter((g) => g.passes).length

  return (
    <dialog ref={dialog} className="review-dialog" aria-labelledby="review-title" onKeyDownCapture={onKey}>
      <h2 id="review-title" tabIndex={-1} ref={title}>
        Review changes
      </h2>
      <p role="status" className="review-summary">
        {progress
          ? `Planning the fix… ${progress.done} of ${progress.total} documents`
          : plan
            ? `${review.scope === 'all' ? 'All resources' : 'This resource'} to ${review.level}: ` +
              `${changes.length - risky} safe, ${risky} may break, ${left} left out; ` +
              `${passing} of ${groups.length} ${groups.length === 1 ? 'resource passes' : 'resources pass'} after.`
            : 'The text changed since the plan was made: cancel and fix again.'}
      </p>
      {plan && (
        <ChangeList
          groups={groups}
          analysis={analysis}
          level={review.level}
          onToggle={(id) => store.getState().toggleReviewChange(id)}
        />
      )}
      {plan && plan.edits.length > 0 && (
        <div className="review-diff-region" role="region" aria-label="Diff of the current and proposed text">
          <Suspense fallback={<p>Loading the diff…</p>}>
            <DiffView original={review.text} modified={plan.proposed} />
          </Suspense>
        </div>
      )}
      <div className="review-buttons">
        <button
          type="button"
          disabled={!plan || progress !== null || plan.edits.length === 0}
          onClick={() => store.getState().applyReview()}
        >
          Apply
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
