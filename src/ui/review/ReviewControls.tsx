import { useMemo, type RefObject } from 'react'
import { needsLevelFix } from '../../core/verdict'
import { selectReadOnly } from '../../state/selectors'
import { useAppStore, useAppStoreApi } from '../../state/useAppStore'
import { ReviewDialog } from './ReviewDialog'

/** "Fix all resources" (with several resources) and the "Review changes" dialog, whichever fix opened it. */
export function ReviewControls({ fallback }: { fallback?: RefObject<HTMLElement | null> }) {
  const store = useAppStoreApi()
  const review = useAppStore((s) => s.review)
  const resources = useAppStore((s) => s.analysis.resources)
  const level = useAppStore((s) => s.options.level)
  const readOnly = useAppStore(selectReadOnly)
  const toFix = useMemo(() => resources.filter(needsLevelFix).length, [resources])
  return (
    <>
      {resources.length > 1 && level !== 'privileged' && (
        <p className="review-fix-all">
          <button
            type="button"
            disabled={readOnly || toFix === 0}
            aria-describedby="review-fix-all-count"
            onClick={() => store.getState().openReview('all')}
          >
            Fix all resources
          </button>{' '}
          <span id="review-fix-all-count">
            {toFix === 0
              ? `every resource passes ${level}`
              : `${toFix} of ${resources.length} to make pass ${level}, reviewed before anything changes`}
          </span>
        </p>
      )}
      {review && <ReviewDialog review={review} fallback={fallback} />}
    </>
  )
}
