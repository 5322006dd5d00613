import { describe, expect, it } from 'vitest'
import { crashMessage, crashRequested, testCrashError } from './viewCrash'

describe('crashMessage', () => {
  it('names the error message', () => {
    expect(crashMessage(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(
      "This view crashed: Cannot read properties of undefined (reading 'name')",
    )
  })

  it('keeps the first line only', () => {
    expect(crashMessage(new Error('Maximum call stack size exceeded\n    at f (x.js:1:1)'))).toBe(
      'This view crashed: Maximum call stack size exceeded',
    )
  })

  it('falls back to the error name, then to "unknown error"', () => {
    expect(crashMessage(new RangeError(''))).toBe('This view crashed: RangeError')
    expect(crashMessage('')).toBe('This view crashed: unknown error')
    expect(crashMessage(undefined)).toBe('This view crashed: undefined')
  })

  it('accepts thrown strings and objects, even one whose toString throws', () => {
    expect(crashMessage('boom')).toBe('This view crashed: boom')
    expect(crashMessage(new Error('boom'), 'Effective')).toBe('The Effective view crashed: boom')
    expect(crashMessage({ toString: () => 'custom' })).toBe('This view crashed: custom')
    const hostile = {
      toString() {
        throw new Error('no')
      },
    }
    expect(crashMessage(hostile)).toBe('This view crashed: unknown error')
  })

  it('bounds a huge message (a 200 000-character YAML line in an error must not flood the page)', () => {
    const m = crashMessage(new Error('x'.repeat(200_000)))
    expect(m).toBe(`This view crashed: ${'x'.repeat(299)}…`)
  })
})

describe('crashRequested', () => {
  it('matches the named view only', () => {
    expect(crashRequested('?crash=forms', 'forms')).toBe(true)
    expect(crashRequested('?crash=forms', 'editor')).toBe(false)
    expect(crashRequested('?calm&crash=editor,details', 'details')).toBe(true)
    expect(crashRequested('?crash=editor&crash=forms', 'forms')).toBe(true)
  })

  it('is off without the parameter', () => {
    expect(crashRequested('', 'forms')).toBe(false)
    expect(crashRequested('?calm', 'forms')).toBe(false)
    expect(crashRequested('?crash=formsx', 'forms')).toBe(false)
  })

  it('throws an error that says it is a test crash', () => {
    expect(crashMessage(testCrashError('forms'))).toBe(
      'This view crashed: test crash of the forms view (?crash=forms)',
    )
  })
})
