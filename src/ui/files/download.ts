const JSON_TYPE = 'application/json'
const YAML_TYPE = 'application/yaml'

/** A text that is one JSON document (kubectl reads JSON manifests too). */
export function isJsonText(text: string): boolean {
  const start = text.trimStart()[0]
  if (start !== '{' && start !== '[') return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * How Download saves the text: under the name of the file it was opened from, with that file's type (a .json
 * stays JSON, whatever was typed since: the text is saved as it is, never re-serialised); with no file,
 * secctx.json for a JSON text, else secctx.yaml.
 */
export function downloadAs(opened: string | null, text: string): { filename: string; type: string } {
  if (opened && /\.json$/i.test(opened)) return { filename: opened, type: JSON_TYPE }
  if (opened && /\.ya?ml$/i.test(opened)) return { filename: opened, type: YAML_TYPE }
  const json = isJsonText(text)
  const type = json ? JSON_TYPE : YAML_TYPE
  if (opened) return { filename: opened, type: /\.txt$/i.test(opened) ? 'text/plain' : type }
  return { filename: json ? 'secctx.json' : 'secctx.yaml', type }
}

/** Saves text as a file through a temporary blob link (no request leaves the page). */
export function downloadText(text: string, filename = 'secctx.yaml', type = YAML_TYPE): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
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
