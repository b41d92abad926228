import { describe, expect, it } from 'vitest'

import { readUsage, throttleFor } from '../../plugins/fanout/channels/graph-errors'
import { graphTime } from '../../plugins/page-watch/engine/store'
import { classifyPagePost, linksToBip } from '../../plugins/page-watch/rules/page-post-kind'
import {
  nextCursor,
  passSince,
  unixSeconds,
  windowStart,
} from '../../plugins/page-watch/rules/page-window'
import { citedOnPage, pageInPeriod } from '../../plugins/reports/page-posts'
import type { BipRecord, PagePostRecord } from '../../plugins/reports/types'

const NOW = new Date('2026-12-06T10:00:00Z')
const DAY = 86_400_000

describe('the part of the Page a pass reads', () => {
  it('starts at the first day of the report window', () => {
    expect(windowStart(NOW, 13).toISOString()).toBe('2025-12-01T00:00:00.000Z')
    expect(windowStart(NOW, 1).toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(windowStart(new Date('2026-01-31T23:00:00Z'), 2).toISOString()).toBe(
      '2025-12-01T00:00:00.000Z',
    )
  })
  it('reads the whole window first, then from the last complete pass minus the re-read days', () => {
    const base = { now: NOW, rereadDays: 14, windowMonths: 13 }
    expect(passSince({ ...base, completedThrough: null }).toISOString()).toBe(
      '2025-12-01T00:00:00.000Z',
    )
    const last = new Date(NOW.getTime() - DAY)
    expect(passSince({ ...base, completedThrough: last }).getTime()).toBe(last.getTime() - 14 * DAY)
    // A pass long ago reaches back no further than the window.
    expect(passSince({ ...base, completedThrough: new Date('2024-01-01T00:00:00Z') })).toEqual(
      windowStart(NOW, 13),
    )
  })
  it('gives Facebook unix seconds', () => {
    expect(unixSeconds(new Date('2026-12-06T10:00:00.999Z'))).toBe('1796551200')
  })
  it('follows paging.next with the after cursor, and stops without it', () => {
    expect(
      nextCursor({ cursors: { after: 'QVFI', before: 'QVFA' }, next: 'https://x/?after=QVFI' }),
    ).toBe('QVFI')
    expect(
      nextCursor({ next: 'https://graph.facebook.com/v26.0/1/published_posts?after=Zz' }),
    ).toBe('Zz')
    expect(nextCursor({ cursors: { after: 'QVFI', before: 'QVFA' } })).toBeNull()
    expect(nextCursor(undefined)).toBeNull()
    expect(nextCursor({ next: '' })).toBeNull()
  })
  it('reads Facebook’s created_time with its +0000 offset', () => {
    expect(graphTime('2026-03-01T08:15:00+0000')?.toISOString()).toBe('2026-03-01T08:15:00.000Z')
    expect(graphTime('2026-03-01T10:15:00+0200')?.toISOString()).toBe('2026-03-01T08:15:00.000Z')
    expect(graphTime('yesterday')).toBeNull()
    expect(graphTime(undefined)).toBeNull()
  })
})

describe('what a Page post is for the BIP comparison', () => {
  it('keeps Herold’s copies apart, whatever their text', () => {
    expect(classifyPagePost({ message: 'Uchwała nr 5', sentByHerold: true })).toEqual({
      kind: 'herold',
      reason: null,
    })
  })
  it('classifies hand-made posts by the "should this be in BIP?" heuristic and a BIP link', () => {
    expect(
      classifyPagePost({ message: 'Ogłaszamy przetarg na remont szkoły', sentByHerold: false }),
    ).toEqual({ kind: 'public_without_bip', reason: 'przetarg' })
    expect(
      classifyPagePost({
        message: 'Uchwała budżetowa: https://bip.testowo.pl/uchwaly/1 (znak OR.0007.1.2026)',
        sentByHerold: false,
      }),
    ).toEqual({ kind: 'public_with_bip', reason: 'znak sprawy OR.0007.1.2026; uchwała' })
    expect(classifyPagePost({ message: 'Zdjęcia z festynu', sentByHerold: false })).toEqual({
      kind: 'other',
      reason: null,
    })
    expect(classifyPagePost({ message: undefined, sentByHerold: false }).kind).toBe('other')
  })
  it('recognises links to BIP sites, not the word "bip" anywhere', () => {
    expect(linksToBip('https://bip.testowo.pl/a/1')).toBe(true)
    expect(linksToBip('zobacz http://ugtestowo.bip.gov.pl/ogloszenia')).toBe(true)
    expect(linksToBip('https://www.testowo.pl/bip/uchwaly')).toBe(true)
    expect(linksToBip('https://biuletyn.testowo.pl/x', ['biuletyn.testowo.pl'])).toBe(true)
    expect(linksToBip('https://www.testowo.pl/bipolar-festiwal')).toBe(false)
    expect(linksToBip('Wpis w BIP wkrótce')).toBe(false)
    expect(linksToBip('https://bipbop.example/')).toBe(false)
  })
})

describe('Page usage headers', () => {
  it('holds calls when X-Page-Usage is above 90 %', () => {
    const headers = new Headers({
      'x-page-usage': '{"call_count":93,"total_cputime":5,"total_time":7}',
    })
    expect(readUsage(headers).page).toBe(93)
    expect(throttleFor(headers)).toBe(60_000)
    expect(throttleFor(new Headers({ 'x-page-usage': '{"call_count":40}' }))).toBe(0)
    expect(readUsage(new Headers({ 'x-page-usage': '{' })).page).toBe(0)
  })
})

describe('the Page in the BIP report', () => {
  const post = (createdTime: string, kind: string, message = ''): PagePostRecord => ({
    createdTime,
    id: createdTime,
    kind,
    message,
    permalink: null,
    reason: null,
  })
  it('counts the Page’s posts of the period and lists the hand-made public information without BIP', () => {
    const posts = [
      post('2026-10-31T23:30:00Z', 'public_without_bip'), // 1 November in Poland
      post('2026-10-15T10:00:00Z', 'public_without_bip'),
      post('2026-11-02T10:00:00Z', 'herold'),
      post('2026-11-03T10:00:00Z', 'public_with_bip'),
      post('2026-11-01T10:00:00Z', 'public_without_bip'),
    ]
    const page = pageInPeriod(posts, { from: '2026-11', to: '2026-11' })
    expect(page.total).toBe(4)
    expect(page.byHand).toBe(3)
    expect(page.handMade.map((p) => p.createdTime)).toEqual([
      '2026-10-31T23:30:00Z',
      '2026-11-01T10:00:00Z',
    ])
  })
  it('counts a BIP entry as announced when a Page post links to it', () => {
    const bip = (id: string, url: string) => ({ id, url }) as BipRecord
    const cited = citedOnPage(
      [bip('1', 'https://bip.testowo.pl/a/1/'), bip('2', 'https://bip.testowo.pl/a/2')],
      [post('2026-11-01T10:00:00Z', 'public_with_bip', 'Więcej: https://bip.testowo.pl/a/1')],
    )
    expect([...cited]).toEqual(['1'])
  })
})
