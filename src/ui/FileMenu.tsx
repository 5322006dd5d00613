/** Examples, open, download, copy, share link, theme (issue 6). */
export function FileMenu() {
  return null
}
