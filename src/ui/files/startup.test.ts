import { describe, expect, it } from 'vitest'
import { shareHash } from './share'
import { lessonIdFromHash, pickStartText } from './startup'

const lessons: Record<string, string> = { privileged: 'kind: Pod # privileged\n' }
const base = { saved: 'saved: work\n', lessonText: (id: string) => lessons[id], fallback: 'example\n' }
const LESSONS = { kind: 'lesson', label: 'the lessons' } as const

describe('the text the page starts with', () => {
  it('a share link wins over everything, in its own workspace beside the user’s manifest', () => {
    expect(pickStartText({ ...base, hash: shareHash('shared: 1\n') })).toEqual({
      text: 'shared: 1\n',
      origin: 'share',
      workspace: { kind: 'share', label: 'a shared manifest' },
      yours: 'saved: work\n',
      lessonStep: null,
      reopen: null,
    })
  })

  it('a share link in a fresh page (nothing of the user’s) is simply the text', () => {
    const start = pickStartText({ ...base, saved: null, hash: shareHash('shared: 1\n') })
    expect(start).toMatchObject({ text: 'shared: 1\n', workspace: null, yours: null })
  })

  it('a lesson deep link loads that step’s manifest in the lesson workspace', () => {
    expect(pickStartText({ ...base, hash: '#lesson=privileged' })).toEqual({
      text: 'kind: Pod # privileged\n',
      origin: 'lesson',
      workspace: LESSONS,
      yours: 'saved: work\n',
      lessonStep: 'privileged',
      reopen: null,
    })
  })

  it('a reload inside a lesson brings the user’s manifest back, the step (with its edits) one click away', () => {
    const borrowed = { ...LESSONS, text: 'kind: Pod # edited\n', step: 'privileged' }
    expect(pickStartText({ ...base, hash: '#lesson=privileged', reload: true, borrowed })).toEqual({
      text: 'saved: work\n',
      origin: 'autosave',
      workspace: null,
      yours: null,
      lessonStep: null,
      reopen: borrowed,
    })
    // With no work of the user's, a reload stays in the lesson, with the edits made there.
    expect(
      pickStartText({ ...base, saved: null, hash: '#lesson=privileged', reload: true, borrowed }),
    ).toMatchObject({ text: 'kind: Pod # edited\n', origin: 'lesson', yours: 'example\n' })
  })

  it('an unknown lesson id falls back to the autosaved work', () => {
    expect(pickStartText({ ...base, hash: '#lesson=nope' })).toMatchObject({
      text: 'saved: work\n',
      origin: 'autosave',
    })
  })

  it('without a hash the autosaved work is restored (the borrowed text offered again), else the example', () => {
    const borrowed = { kind: 'example', label: 'the example', text: 'kind: Pod\n', step: null } as const
    expect(pickStartText({ ...base, hash: '', borrowed })).toMatchObject({
      origin: 'autosave',
      reopen: borrowed,
    })
    expect(pickStartText({ ...base, hash: '', saved: null })).toEqual({
      text: 'example\n',
      origin: 'default',
      workspace: null,
      yours: null,
      lessonStep: null,
      reopen: null,
    })
  })

  it('an autosave equal to the example is no restored session', () => {
    expect(pickStartText({ ...base, hash: '', saved: 'example\n' }).origin).toBe('default')
  })

  it('reads lesson ids from the hash, percent-decoded', () => {
    expect(lessonIdFromHash('#lesson=drop-all')).toBe('drop-all')
    expect(lessonIdFromHash('#lesson=a%20b')).toBe('a b')
    expect(lessonIdFromHash('#lesson=')).toBeNull()
    expect(lessonIdFromHash('#lesson=%E0%A4%A')).toBeNull()
    expect(lessonIdFromHash('#y=abc')).toBeNull()
  })
})
