/** The CLI as a function of argv and IO, so tests can call it without spawning a process. */
import { UsageError, USAGE, parseArgs } from './args'
import { caps } from './commands/caps'
import { check } from './commands/check'
import { effective } from './commands/effective'
import { fix } from './commands/fix'
import { readInputs } from './inputs'
import type { Io } from './io'
import { SECCTX_VERSION } from './version'

export type { Io } from './io'

export function run(argv: readonly string[], io: Io): number {
  let command
  try {
    command = parseArgs(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.stderr(`secctx: ${e.message} (run with --help for usage)\n`)
    return 2
  }
  let stdinBytes: Uint8Array | undefined
  const stdin = () => (stdinBytes ??= io.stdin())
  switch (command.name) {
    case 'help':
      io.stdout(`${USAGE}\n`)
      return 0
    case 'version':
      io.stdout(`${SECCTX_VERSION}\n`)
      return 0
    case 'caps':
      return caps(command.action, command.values, io)
    case 'check':
      return check(readInputs(command.inputs, stdin), command, io)
    case 'effective':
      return effective(readInputs(command.inputs, stdin), command, io)
    case 'fix':
      return fix(readInputs([command.input], stdin)[0]!, command, io)
  }
}
