import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { kindOfStatus, readBounceReport } from '../../plugins/newsletter/rules/bounce-report'
import { leafParts } from '../../plugins/newsletter/rules/mime'
import { findVerpToken, verifyVerpToken, verpAddressFor } from '../../plugins/newsletter/rules/verp'
import { parseBounceWebhook } from '../../plugins/newsletter/rules/webhook-body'
import {
  signBounceWebhook,
  verifyBounceWebhook,
} from '../../plugins/newsletter/rules/webhook-signature'

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, '../fixtures/bounces', `${name}.eml`), 'utf8')

describe('reading bounce and abuse reports', () => {
  it('reads a Postfix delivery report of an unknown user as a hard bounce', () => {
    expect(readBounceReport(fixture('dsn-hard-postfix'))).toEqual({
      kind: 'hard',
      recipient: 'jan.kowalski@poczta.example',
      reply: expect.stringMatching(/^5\.1\.1 550 5\.1\.1 .*User unknown in virtual mailbox table$/),
      type: 'bounce',
    })
  })

  it('reads a full mailbox (5.2.2) as soft, as at send time', () => {
    expect(readBounceReport(fixture('dsn-soft-quota'))).toMatchObject({
      kind: 'soft',
      recipient: 'anna.nowak@gmail.example',
      type: 'bounce',
    })
  })

  it('reads a delayed message (4.4.1) as soft and says it was delayed', () => {
    expect(readBounceReport(fixture('dsn-delayed'))).toMatchObject({
      kind: 'soft',
      recipient: 'piotr@firma.example.pl',
      reply: 'delayed 4.4.1',
    })
  })

  it('does not count a spam-filter refusal (5.7.1) against the resident', () => {
    expect(readBounceReport(fixture('dsn-policy'))).toMatchObject({ kind: 'ignored' })
  })

  it('reads a sendmail notice without a report from its wording', () => {
    expect(readBounceReport(fixture('text-bounce-550'))).toMatchObject({
      kind: 'hard',
      recipient: 'sekretariat@urzad.example.pl',
      reply: expect.stringContaining('550 5.1.1'),
    })
  })

  it("reads qmail's (#5.1.1)", () => {
    expect(readBounceReport(fixture('qmail'))).toMatchObject({
      kind: 'hard',
      recipient: 'marek@wp.example',
      reply: 'Sorry, no mailbox here by that name. (#5.1.1)',
    })
  })

  it('reads an ARF abuse report as a complaint', () => {
    expect(readBounceReport(fixture('arf-complaint'))).toEqual({
      feedbackType: 'abuse',
      recipient: 'zofia@hotmail.example',
      type: 'complaint',
    })
  })

  it('leaves an auto-reply unrecognised, though it says nothing but words', () => {
    expect(readBounceReport(fixture('auto-reply'))).toEqual({ type: 'unknown' })
    const ordinary = 'From: jan@example.pl\nSubject: Re: komunikat\n\nTa ulica does not exist.\n'
    expect(readBounceReport(ordinary)).toEqual({ type: 'unknown' })
  })

  it('maps RFC 3463 statuses with the send-time rules', () => {
    expect(kindOfStatus('5.1.1')).toBe('hard')
    expect(kindOfStatus('5.0.0', '550 Requested action not taken: mailbox unavailable')).toBe(
      'hard',
    )
    expect(kindOfStatus('5.2.2')).toBe('soft')
    expect(kindOfStatus('4.2.2')).toBe('soft')
    expect(kindOfStatus('4.7.1')).toBe('ignored')
    expect(kindOfStatus('5.7.1')).toBe('ignored')
    expect(kindOfStatus('5.1.1', '', 'delayed')).toBe('soft')
    expect(kindOfStatus('')).toBe('ignored')
  })

  it('decodes quoted-printable and base64 parts and keeps an unclosed last part', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'skrzynka pe=C5=82na',
      '--b',
      'Content-Type: message/delivery-status',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('Reporting-MTA: dns; x\n\nAction: failed\nStatus: 5.1.1\n').toString('base64'),
    ].join('\r\n')
    const parts = leafParts(raw)
    expect(parts.map((p) => p.type)).toEqual(['text/plain', 'message/delivery-status'])
    expect(parts[0]!.body).toContain('skrzynka pełna')
    expect(readBounceReport(raw)).toMatchObject({ kind: 'hard', recipient: null })
  })
})

describe('VERP addresses', () => {
  const address = { domain: 'wislotki.example', localPart: 'bounces' }

  it('names the subscriber and the message, signed', () => {
    const verp = verpAddressFor('key', address, 42, 7)!
    expect(verp).toMatch(/^bounces\+42-7-[0-9a-f]{20}@wislotki\.example$/)
    const token = verp.slice('bounces+'.length, verp.indexOf('@'))
    expect(verifyVerpToken('key', token)).toEqual({ message: '7', subscriber: '42' })
    expect(verifyVerpToken('key', token.toUpperCase())).toEqual({ message: '7', subscriber: '42' })
    expect(verifyVerpToken('other key', token)).toBeNull()
  })

  it('passes over forged tokens and finds the signed one', () => {
    const verp = verpAddressFor('key', address, 42, 7)!
    const forged = verp.replace('+42-', '+43-')
    expect(findVerpToken('key', address, `To: ${forged}`)).toBeNull()
    expect(
      findVerpToken('key', address, `To: ${forged}\nDelivered-To: ${verp.toUpperCase()}`),
    ).toEqual({
      message: '7',
      subscriber: '42',
    })
    expect(findVerpToken('key', { ...address, domain: 'other.example' }, verp)).toBeNull()
  })

  it('gives no address for ids that cannot be in a local part', () => {
    expect(verpAddressFor('key', address, 'a b', 7)).toBeNull()
  })
})

describe("providers' webhook", () => {
  const now = new Date('2026-03-03T10:00:00Z')
  const at = Math.floor(now.getTime() / 1000)
  const body = '{"type":"complaint","email":"a@example.pl"}'
  const check = (overrides: Partial<Parameters<typeof verifyBounceWebhook>[0]>) =>
    verifyBounceWebhook({
      body,
      now,
      secret: 'sekret',
      signature: signBounceWebhook('sekret', at, body),
      timestamp: String(at),
      ...overrides,
    })

  it('accepts the shared secret within five minutes, and nothing else', () => {
    expect(check({})).toBe(true)
    expect(check({ now: new Date(now.getTime() + 299_000) })).toBe(true)
    expect(check({ now: new Date(now.getTime() + 301_000) })).toBe(false)
    expect(check({ body: `${body} ` })).toBe(false)
    expect(check({ secret: 'inny' })).toBe(false)
    expect(check({ timestamp: String(at + 1) })).toBe(false)
    expect(check({ signature: null })).toBe(false)
    expect(check({ timestamp: 'wczoraj' })).toBe(false)
    expect(check({ secret: '' })).toBe(false)
  })

  it('reads the documented body into the same reports as mail', () => {
    expect(
      parseBounceWebhook('{"type":"bounce","email":" Jan@Example.pl ","status":"5.2.2"}'),
    ).toEqual({
      ok: true,
      value: {
        email: 'jan@example.pl',
        messageId: null,
        report: { kind: 'soft', recipient: 'jan@example.pl', reply: '5.2.2', type: 'bounce' },
      },
    })
    expect(parseBounceWebhook(body)).toMatchObject({
      ok: true,
      value: { report: { type: 'complaint' } },
    })
    expect(parseBounceWebhook('[1]')).toEqual({ error: 'newsletter:bounce-webhookJson', ok: false })
    expect(parseBounceWebhook('{')).toEqual({ error: 'newsletter:bounce-webhookJson', ok: false })
    expect(parseBounceWebhook('{"type":"open","email":"a@b.pl"}')).toMatchObject({
      error: 'newsletter:bounce-webhookType',
    })
    expect(parseBounceWebhook('{"type":"bounce","email":"nie-adres"}')).toMatchObject({
      error: 'newsletter:bounce-webhookEmail',
    })
    expect(parseBounceWebhook('{"type":"bounce","email":"a@b.pl","status":"550"}')).toMatchObject({
      error: 'newsletter:bounce-webhookStatus',
    })
  })
})
