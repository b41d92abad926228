import { describe, expect, it } from 'vitest'

import { personalMessage, postsFor, type PostBlock } from '../../plugins/newsletter/email/messages'
import {
  addressMayReceive,
  createWindowLimiter,
} from '../../plugins/newsletter/subscription/rate-limit'
import { validateCron } from '../../plugins/newsletter/settings'
import { hashIp } from '../../src/client-ip'
import { isValidEmail, parseSubscription } from '../../plugins/newsletter/subscription/parse'

describe('subscription input', () => {
  it('normalises and validates addresses', () => {
    expect(
      parseSubscription({ consent: 'on', email: '  Ala@Gmina.PL ', urgentAlerts: 'on' }, []).email,
    ).toBe('ala@gmina.pl')
    for (const ok of ['a@b.pl', 'jan.kowalski+news@poczta.gmina-wisla.pl'])
      expect(isValidEmail(ok)).toBe(true)
    for (const bad of ['', 'a@b', 'a b@c.pl', '@c.pl', 'a@.pl', 'a@b.p', `${'x'.repeat(65)}@b.pl`])
      expect(isValidEmail(bad)).toBe(false)
  })

  it('requires consent and known units, categories and frequency', () => {
    expect(parseSubscription({ email: 'a@b.pl', urgentAlerts: 'on' }, []).errors.consent).toMatch(
      /Zaznacz zgodę/,
    )
    expect(
      parseSubscription({ consent: 'on', email: 'a@b.pl', units: ['7'] }, [1, 2]).errors
        .preferences,
    ).toMatch(/nieznaną/)
    expect(
      parseSubscription({ categories: ['pogoda'], consent: 'on', email: 'a@b.pl' }, []).errors
        .preferences,
    ).toMatch(/nieznaną/)
    expect(
      parseSubscription({ consent: 'on', digest: 'off', email: 'a@b.pl' }, []).errors.preferences,
    ).toMatch(/Wybierz wydanie zbiorcze albo pilne/)
    const ok = parseSubscription(
      { categories: 'sport', consent: 'on', digest: 'daily', email: 'a@b.pl', units: ['2'] },
      [1, 2],
    )
    expect(ok.errors).toEqual({})
    // Form values are text; the relationship keeps the database's own id type.
    expect(ok.preferences).toEqual({
      categories: ['sport'],
      digest: 'daily',
      units: [2],
      urgentAlerts: false,
    })
  })

  it('hashes client addresses with a key, never storing them', () => {
    expect(hashIp('k1', '192.0.2.1')).toMatch(/^[0-9a-f]{64}$/)
    expect(hashIp('k1', '192.0.2.1')).not.toBe(hashIp('k2', '192.0.2.1'))
  })
})

describe('limits', () => {
  it('allows a number of attempts per window, then refuses until the window moves on', () => {
    const limit = createWindowLimiter(2, 1000)
    expect([limit('ip', 0), limit('ip', 10), limit('ip', 20)]).toEqual([true, true, false])
    expect(limit('other', 20)).toBe(true)
    expect(limit('ip', 1011)).toBe(true)
  })

  it('sends an address at most one email per interval', () => {
    const now = Date.parse('2026-03-01T10:00:00Z')
    expect(addressMayReceive(null, now)).toBe(true)
    expect(addressMayReceive('2026-03-01T09:55:00Z', now)).toBe(false)
    expect(addressMayReceive('2026-03-01T09:49:00Z', now)).toBe(true)
  })
})

describe('messages', () => {
  const block = (postId: string, unitId: string, category: string, urgent = false): PostBlock => ({
    category,
    html: '',
    postId,
    text: '',
    unitId,
    urgent,
  })
  const blocks = [
    block('1', '10', 'sport'),
    block('2', '20', 'culture'),
    block('3', '10', 'safety', true),
  ]

  it('picks a subscriber’s posts by unit and category, leaving out alerts they already got', () => {
    expect(postsFor(blocks, {}).map((b) => b.postId)).toEqual(['1', '2', '3'])
    expect(postsFor(blocks, { units: ['10'] }).map((b) => b.postId)).toEqual(['1', '3'])
    expect(postsFor(blocks, { categories: ['culture'] }).map((b) => b.postId)).toEqual(['2'])
    expect(postsFor(blocks, { urgentAlerts: true }).map((b) => b.postId)).toEqual(['1', '2'])
    expect(postsFor(blocks, { categories: ['education'] })).toEqual([])
  })

  it('carries RFC 8058 one-click headers and both parts', () => {
    const m = personalMessage({
      blocks,
      intro: 'Nowe wpisy',
      personal: { manageToken: 'T', siteUrl: 'https://g.pl' },
      senderName: 'Gmina',
      title: 'Wydanie',
    })
    expect(m.headers).toEqual({
      'List-Unsubscribe': '<https://g.pl/api/newsletter/unsubscribe/T>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(m.text).toContain('https://g.pl/newsletter/preferencje/T')
    expect(m.html).toContain('href="https://g.pl/newsletter/wypisz/T"')
  })
})

describe('digest schedule', () => {
  it('accepts node-cron expressions and explains the rest in Polish', () => {
    expect(validateCron('0 7 * * *')).toBe(true)
    expect(validateCron('0 0 7 * * 1')).toBe(true)
    expect(validateCron('codziennie')).toMatch(/Nieprawidłowe wyrażenie cron/)
    expect(validateCron('')).toMatch(/Nieprawidłowe/)
  })
})
