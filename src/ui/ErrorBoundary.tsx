/**
 * One crashing view must not take the page down: the boundary shows "This view crashed: <message>" and a
 * "Try again" button in the view's place, while the text (in the store) and the other views stay.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
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

  private retry = () => this.setState({ error: undefined, crashed: false, armed: false })

  override render() {
    const { view, label, className, children } = this.props
    if (this.state.crashed)
      return (
        <section className={`view-crashed ${className ?? ''}`} aria-label={label} data-view={view}>
          <div className="view-crash" role="alert">
            <p className="view-crash-message">{crashMessage(this.state.error)}</p>
            <p className="view-crash-hint">Your YAML is kept; the other views still work.</p>
            <button type="button" onClick={this.retry}>
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
