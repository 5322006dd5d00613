/** Saves text as a file through a temporary blob link (no request leaves the page). */
export function downloadText(text: string, filename = 'secctx.yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Largest file "Open file" and drag and drop accept. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/** Reads a picked or dropped file as text, or explains why not. */
export async function readTextFile(file: File): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1)
    return { error: `${file.name} is ${mb} MB; files up to 10 MB can be opened.` }
  }
  try {
    return { text: await file.text() }
  } catch {
    return { error: `${file.name} could not be read.` }
  }
}

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
