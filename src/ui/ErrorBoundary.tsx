/**
 * One crashing view must not take the page down: the boundary shows "The <view> view crashed: <message>" and a
 * "Try again" button in the view's place, while the text (in the store) and the other views stay.
 */
import { Component, createRef, type ErrorInfo, type ReactNode } from 'react'
import { crashMessage, crashRequested, testCrashError } from './viewCrash'
import './ErrorBoundary.css'

interface Props {
  /** Id of the view, also the value of the test switch `?crash=<view>`. */
  view: string
  /** Accessible name of the region the fallback takes (the view's own name, so the layout keeps its landmarks). */
  label: string
  /** Class of the view's own root, so the fallback keeps its place in the layout. */
  className?: string
  children: ReactNode
}

interface State {
  error: unknown
  crashed: boolean
  /** The test switch throws until "Try again" disarms it (a retry by React itself must not hide the crash). */
  armed: boolean
}

function Tripwire({ view }: { view: string }): null {
  throw testCrashError(view)
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = {
    error: undefined,
    crashed: false,
    armed: typeof location !== 'undefined' && crashRequested(location.search, this.props.view),
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, crashed: true }
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo) {
    // React logs the error itself; add which view fell back and where, for the console reader.
    console.warn(`secctx: the ${this.props.view} view crashed and was replaced`, info.componentStack)
  }

  private fallback = createRef<HTMLElement>()
  /** Where keyboard focus goes once "Try again" has brought the view back (its button is gone by then). */
  private refocus: HTMLElement | null = null

  private retry = () => {
    const fallback = this.fallback.current
    const parent = fallback?.parentElement
    // A focusable container (a tab panel) takes the focus; elsewhere the browser decides, as before.
    this.refocus =
      fallback && parent && parent.tabIndex >= 0 && fallback.contains(document.activeElement) ? parent : null
    this.setState({ error: undefined, crashed: false, armed: false })
  }

  override componentDidUpdate() {
    const target = this.refocus
    this.refocus = null
    if (target?.isConnected && (!document.activeElement || document.activeElement === document.body))
      target.focus()
  }

  override render() {
    const { view, label, className, children } = this.props
    if (this.state.crashed)
      return (
        <section
          className={`view-crashed ${className ?? ''}`}
          aria-label={label}
          data-view={view}
          ref={this.fallback}
        >
          <div className="view-crash" role="alert">
            <p className="view-crash-message" id={`view-crash-${view}`}>
              {crashMessage(this.state.error, label)}
            </p>
            <p className="view-crash-hint">Your YAML is kept; the other views still work.</p>
            <button type="button" onClick={this.retry} aria-describedby={`view-crash-${view}`}>
              Try again
            </button>
          </div>
        </section>
      )
    return (
      <>
        {this.state.armed ? <Tripwire view={view} /> : null}
        {children}
      </>
    )
  }
}
