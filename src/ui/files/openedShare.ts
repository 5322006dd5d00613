/**
 * Whether replacing `previous` by `opened` loses anything (issue 13: a share link never silently replaces other
 * work; issue 15 §6: nor does an example). The untouched starting example, an empty text or the same text is no
 * loss: then the opened text simply becomes the user's (ui/lessons/workspace.ts).
 */
export function worthKeeping(previous: string | null, opened: string, fallback: string): previous is string {
  return previous !== null && previous.trim() !== '' && previous !== opened && previous !== fallback
}
