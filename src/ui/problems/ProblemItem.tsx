import { SOURCE_LABEL } from '../../core/problems'
import type { Problem } from '../../core/types'
import { RichText } from '../lessons/RichText'
import { splitApiMessage } from './apiMessage'
import './stale.css'

interface Props {
  problem: Problem
  /** 1-based line of the problem's node. */
  line: number
  readOnly: boolean
  /** From the last text that parsed (the current one has YAML errors). */
  stale?: boolean
  onReveal(problem: Problem): void
  onFix(problem: Problem, id: string): void
}

/** The message; a long Go struct dump in an API error folds away behind the reason. */
function Message({ message }: { message: string }) {
  const parts = splitApiMessage(message)
  if (!parts) return <p className="problem-message">{message}</p>
  return (
    <>
      <p className="problem-message">
        {parts.field}: <RichText text={parts.reason} />
      </p>
      <details className="problem-raw">
        <summary>Full API server message</summary>
        <code>{message}</code>
      </details>
    </>
  )
}

/** One problem: its source, severity, message, why, where it sits, and its fixes. */
export function ProblemItem({ problem, line, readOnly, stale = false, onReveal, onFix }: Props) {
  const where = problem.path || `line ${line}`
  return (
    <li className={`problem problem-${problem.severity}${stale ? ' problem-stale' : ''}`}>
      <div className="problem-head">
        <span className={`problem-source problem-source-${problem.source}`}>
          {SOURCE_LABEL[problem.source]}
        </span>
        <span className="problem-severity">{problem.severity}</span>
        {stale && (
          <span className="problem-stale-tag" title="From the last text that parsed: it may be out of date">
            stale
          </span>
        )}
        <button
          type="button"
          className="problem-reveal"
          aria-label={`Show ${where} in the editor (line ${line})`}
          title="Show in the editor"
          onClick={() => onReveal(problem)}
        >
          line {line}
        </button>
      </div>
      <Message message={problem.message} />
      {problem.path && <code className="problem-path">{problem.path}</code>}
      {problem.why && <p className="problem-why">{problem.why}</p>}
      {problem.fixes.length > 0 && (
        <div className="problem-fixes">
          {problem.fixes.map((f) => (
            <button
              key={f.id}
              type="button"
              className="problem-fix"
              disabled={readOnly}
              title={`${f.effect === 'may-break' ? 'May break' : 'Safe'}: ${f.reason}`}
              onClick={() => onFix(problem, f.id)}
            >
              {f.title}
            </button>
          ))}
        </div>
      )}
    </li>
  )
}
