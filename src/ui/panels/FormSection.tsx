import { useId, useState, type ReactNode } from 'react'

interface Props {
  title: string
  /** Open at first (the Windows section starts folded on a Linux pod). */
  open: boolean
  children: ReactNode
}

/** A collapsible group of fields (disclosure pattern: a heading holding a button with aria-expanded). */
export function FormSection({ title, open: initiallyOpen, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen)
  // Opens when its reason to start open appears (the pod becomes a Windows pod); never closes on its own.
  const [wasOpen, setWasOpen] = useState(initiallyOpen)
  if (wasOpen !== initiallyOpen) {
    setWasOpen(initiallyOpen)
    if (initiallyOpen) setOpen(true)
  }
  const id = useId()
  return (
    <div className="form-section">
      <h3 className="form-section-title">
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span className="form-section-mark" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </h3>
      <div id={id} className="form-section-body" hidden={!open}>
        {children}
      </div>
    </div>
  )
}
