import { describe, expect, it } from 'vitest'
import { shareHash } from './share'
import { lessonIdFromHash, pickStartText } from './startup'

const lessons: Record<string, string> = { privileged: 'kind: Pod # privileged\n' }
const base = { saved: 'saved: work\n', lessonText: (id: string) => lessons[id], fallback: 'example\n' }

describe('the text the page starts with', () => {
  it('a share link wins over everything', () => {
    expect(pickStartText({ ...base, hash: shareHash('shared: 1\n') })).toEqual({
      text: 'shared: 1\n',
      origin: 'share',
    })
  })

  it('a lesson deep link loads that step’s manifest', () => {
    expect(pickStartText({ ...base, hash: '#lesson=privileged' })).toEqual({
      text: 'kind: Pod # privileged\n',
      origin: 'lesson',
    })
  })

  it('an unknown lesson id falls back to the autosaved work', () => {
    expect(pickStartText({ ...base, hash: '#lesson=nope' })).toEqual({
      text: 'saved: work\n',
      origin: 'autosave',
    })
  })

  it('without a hash the autosaved work is restored, else the example', () => {
    expect(pickStartText({ ...base, hash: '' }).origin).toBe('autosave')
    expect(pickStartText({ ...base, hash: '', saved: null })).toEqual({
      text: 'example\n',
      origin: 'default',
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
