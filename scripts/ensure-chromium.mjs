// Playwright never downloads a browser here: it drives Debian's Chromium (or $CHROMIUM_PATH).
// When it is missing and we run as root, install it through apt, as .ci/run does.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium not found at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    )
    process.exit(2)
  }
  console.log(`Chromium not found at ${path}: installing Debian's chromium through apt…`)
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  })
}
