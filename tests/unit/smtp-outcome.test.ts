import { describe, expect, it } from 'vitest'

import {
  classifySmtpFailure,
  enhancedCode,
  settleServerRefusal,
  stageOf,
} from '../../plugins/newsletter/sending/smtp-outcome'
import {
  afterDelivery,
  afterHardBounce,
  afterSoftBounce,
  type BounceEvent,
  dayOf,
  HISTORY_LIMIT,
  SOFT_BOUNCE_DAYS,
  softBounceDaysOf,
  afterReport,
} from '../../plugins/newsletter/sending/soft-bounces'

/** A failed send as nodemailer reports it (lib/smtp-connection `_formatError`). */
const failure = (command: string | undefined, response: string | null, code = 'EENVELOPE') =>
  Object.assign(new Error(response ? `Failed: ${response}` : 'Failed'), {
    code,
    ...(command ? { command } : {}),
    ...(response ? { response, responseCode: Number(response.slice(0, 3)) } : {}),
  })
const kindOf = (command: string | undefined, response: string | null, code?: string) =>
  classifySmtpFailure(failure(command, response, code)).kind

describe('SMTP failures: the session (connection, greeting, TLS, login) is always the server', () => {
  it.each([
    ['AUTH PLAIN', '535 5.7.8 Error: authentication failed', 'EAUTH'],
    ['AUTH LOGIN', '535 Authentication credentials invalid', 'EAUTH'],
    ['API', null, 'EAUTH'],
    ['CONN', '554 mail.example ESMTP not accepting messages', 'EPROTOCOL'],
    ['CONN', '421 4.3.2 Service not available, closing channel', 'EPROTOCOL'],
    ['EHLO', '554 5.7.1 Client host rejected', 'ECONNECTION'],
    ['STARTTLS', '454 4.7.0 TLS not available', 'ETLS'],
    ['CONN', null, 'ETLS'],
    ['CONN', null, 'ECONNECTION'],
    ['CONN', null, 'ETIMEDOUT'],
    ['CONN', null, 'ESOCKET'],
    [undefined, null, 'ECONNREFUSED'],
    [undefined, null, 'ETIMEDOUT'],
  ])('%s %s (%s) stops the campaign', (command, response, code) => {
    expect(kindOf(command, response, code)).toBe('server')
  })

  it('a local error with no server behind it (the pool closed at shutdown) is only retried', () => {
    expect(classifySmtpFailure(new Error('Connection pool was closed'))).toEqual({
      kind: 'retry',
      reply: 'Connection pool was closed',
      stage: 'session',
    })
    expect(kindOf('API', null, 'EENVELOPE')).toBe('retry')
  })
})

describe('SMTP failures: the sender (MAIL FROM)', () => {
  it.each([
    ['550 5.7.1 Relaying denied', 'server'],
    ['530 5.7.0 Authentication required', 'server'],
    ['553 5.1.8 Sender address domain does not exist', 'server'],
    ['550 Sender rejected', 'server'],
    ['451 4.7.1 Rate limited, try later', 'retry'],
    ['452 4.3.1 Insufficient system storage', 'retry'],
  ])('%s → %s', (response, kind) => {
    expect(kindOf('MAIL FROM', response)).toBe(kind)
  })

  it('a message larger than the server takes (no reply) stops the campaign', () => {
    expect(kindOf('MAIL FROM', null, 'EMESSAGE')).toBe('server')
  })
})

describe('SMTP failures: the recipient (RCPT TO)', () => {
  it.each([
    // The address does not exist: hard.
    ['550 5.1.1 <x@example.pl>: Recipient address rejected: User unknown', 'hard'],
    ['550 5.1.2 Host unknown', 'hard'],
    ['553 5.1.3 Bad recipient address syntax', 'hard'],
    ['550 5.1.10 Recipient address rejected: null MX', 'hard'],
    ['550-5.1.1 The email account that you tried to reach does not exist', 'hard'],
    // No enhanced code: 550 mailbox unavailable, 551 not local, 553 name not allowed are the address.
    ['550 No such user here', 'hard'],
    ['551 User not local', 'hard'],
    ['553 Mailbox name not allowed', 'hard'],
    ['550 5.0.0 User unknown', 'hard'],
    // The mailbox, for now: soft.
    ['552 5.2.2 Mailbox full', 'soft'],
    ['552 Requested mail action aborted: exceeded storage allocation', 'soft'],
    ['550 5.2.1 Mailbox disabled', 'soft'],
    ['452 4.2.2 Mailbox full', 'soft'],
    ['450 4.2.1 Mailbox busy', 'soft'],
    ['450 4.1.1 Recipient address verification unavailable', 'soft'],
    ['450 Requested mail action not taken: mailbox unavailable', 'soft'],
    ['550 5.4.4 Unable to route', 'soft'],
    // Temporary, not about the mailbox: retried, never held against the resident.
    ['451 4.7.1 Greylisted, try again later', 'retry'],
    ['421 4.3.2 Service busy', 'retry'],
    ['451 4.3.0 Local error in processing', 'retry'],
    ['452 Too many recipients', 'retry'],
    // Our sending: relay and policy refusals, protocol, size.
    ['550 5.7.1 Relaying denied', 'server'],
    ['554 5.7.1 <x@example.pl>: Relay access denied', 'server'],
    ['550 5.7.26 Unauthenticated email is not accepted', 'server'],
    ['554 Transaction failed', 'server'],
    ['552 5.3.4 Message size exceeds fixed limit', 'server'],
    ['552 5.2.3 Message length exceeds administrative limit', 'server'],
    ['503 5.5.1 Bad sequence of commands', 'server'],
  ])('%s → %s', (response, kind) => {
    expect(kindOf('RCPT TO', response)).toBe(kind)
  })
})

describe('SMTP failures: the message (DATA)', () => {
  it.each([
    ['550 5.1.1 User unknown', 'hard'],
    ['552 5.2.2 Over quota', 'soft'],
    ['552 Exceeded storage allocation', 'soft'],
    ['554 5.7.1 Message rejected as spam', 'server'],
    ['550 Message content rejected', 'server'],
    ['554 Transaction failed', 'server'],
    ['451 4.3.0 Local error in processing', 'retry'],
  ])('%s → %s', (response, kind) => {
    expect(kindOf('DATA', response, 'EMESSAGE')).toBe(kind)
  })
})

describe('SMTP reply parts', () => {
  it('reads the stage from nodemailer’s command and the enhanced code from the reply', () => {
    expect(
      ['CONN', 'EHLO', 'STARTTLS', 'AUTH PLAIN', 'API', 'RSET', undefined].map(stageOf),
    ).toEqual(Array(7).fill('session'))
    expect(['MAIL FROM', 'RCPT TO', 'DATA'].map(stageOf)).toEqual([
      'sender',
      'recipient',
      'message',
    ])
    expect(enhancedCode('550 5.1.10 null MX')).toEqual([5, 1, 10])
    expect(enhancedCode('452-4.2.2 The mailbox is full')).toEqual([4, 2, 2])
    expect(enhancedCode('550 No such user')).toBeNull()
  })

  it('keeps the server’s reply, at most 500 characters', () => {
    expect(classifySmtpFailure(failure('RCPT TO', '550 5.1.1 No such user')).reply).toBe(
      '550 5.1.1 No such user',
    )
    expect(classifySmtpFailure('x'.repeat(2000)).reply).toHaveLength(500)
  })
})

describe('a refusal at the recipient while the server accepts others', () => {
  it('concerns that message alone; connection, login and sender refusals always stop', () => {
    const relay = classifySmtpFailure(
      failure('RCPT TO', '554 5.7.1 <x@example.pl>: Recipient address rejected: Access denied'),
    )
    expect(settleServerRefusal(relay, false).kind).toBe('server')
    expect(settleServerRefusal(relay, true).kind).toBe('retry')
    expect(
      settleServerRefusal(
        classifySmtpFailure(failure('DATA', '554 5.7.1 Rejected by policy')),
        true,
      ).kind,
    ).toBe('retry')
    expect(
      settleServerRefusal(
        classifySmtpFailure(failure('AUTH PLAIN', '535 5.7.8 Bad credentials', 'EAUTH')),
        true,
      ).kind,
    ).toBe('server')
    expect(
      settleServerRefusal(
        classifySmtpFailure(failure('MAIL FROM', '550 5.7.1 Relaying denied')),
        true,
      ).kind,
    ).toBe('server')
    expect(
      settleServerRefusal(classifySmtpFailure(failure('RCPT TO', '550 5.1.1 No such user')), true)
        .kind,
    ).toBe('hard')
  })
})

describe('soft bounces turn hard only on several days without delivery', () => {
  const at = (iso: string) => new Date(iso)
  const soft = (history: BounceEvent[], iso: string) =>
    afterSoftBounce(history, at(iso), '452 4.2.2 Mailbox full')

  it(`counts calendar days in Poland; the ${SOFT_BOUNCE_DAYS}rd day is hard`, () => {
    const first = soft([], '2026-03-02T08:00:00Z')
    expect(first).toMatchObject({ days: 1, hard: false })
    expect(first.history[0]).toMatchObject({ kind: 'soft', reply: '452 4.2.2 Mailbox full' })
    expect(first.history[0].decision).toMatch(/dzień 1 z 3.*pozostaje zapisany/)
    // Later the same day (22:30 UTC is still 2 March in Warsaw in winter): still one day.
    const again = soft(first.history, '2026-03-02T22:30:00Z')
    expect(again).toMatchObject({ days: 1, hard: false })
    // 23:30 UTC is already 3 March in Warsaw.
    const second = soft(again.history, '2026-03-02T23:30:00Z')
    expect(second).toMatchObject({ days: 2, hard: false })
    const third = soft(second.history, '2026-03-05T09:00:00Z')
    expect(third).toMatchObject({ days: 3, hard: true })
    expect(third.history.at(-1)!.decision).toMatch(/uznany za odrzucony/)
    expect(dayOf('2026-03-02T23:30:00Z')).toBe('2026-03-03')
  })

  it('a delivery in between starts the count again, and so does a hard bounce', () => {
    const two = soft(soft([], '2026-03-02T08:00:00Z').history, '2026-03-03T08:00:00Z')
    const delivered = afterDelivery(two.history, at('2026-03-04T08:00:00Z'))
    expect(delivered.at(-1)).toMatchObject({
      decision: expect.stringMatching(/wyzerowany/),
      kind: 'delivered',
    })
    expect(softBounceDaysOf(delivered)).toEqual([])
    expect(soft(delivered, '2026-03-05T08:00:00Z')).toMatchObject({ days: 1, hard: false })
    const hard = afterHardBounce(two.history, at('2026-03-04T08:00:00Z'), '550 5.1.1 No such user')
    expect(hard.at(-1)).toMatchObject({
      decision: expect.stringMatching(/nie istnieje/),
      kind: 'hard',
    })
    expect(softBounceDaysOf(hard)).toEqual([])
  })

  it('a complaint or a report about our sending does not start the count again', () => {
    const two = soft(soft([], '2026-03-02T08:00:00Z').history, '2026-03-03T08:00:00Z')
    const noted = afterReport(two.history, 'ignored', at('2026-03-03T12:00:00Z'), 'filtr', '5.7.1')
    const complained = afterReport(noted, 'complaint', at('2026-03-03T13:00:00Z'), 'spam', null)
    expect(softBounceDaysOf(complained)).toEqual(['2026-03-02', '2026-03-03'])
    expect(soft(complained, '2026-03-04T08:00:00Z')).toMatchObject({ days: 3, hard: true })
  })

  it(`keeps the latest ${HISTORY_LIMIT} decisions, each with its own row id`, () => {
    let history: BounceEvent[] = []
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      history = afterDelivery(history, at('2026-03-02T08:00:00Z'))
    expect(history).toHaveLength(HISTORY_LIMIT)
    expect(new Set(history.map((e) => e.id)).size).toBe(HISTORY_LIMIT)
  })
})
