/**
 * Bounces that arrive later (issue 13): each newsletter message leaves with its own signed VERP
 * return path; real delivery and abuse reports APPENDed to a real IMAP server (Dovecot on
 * loopback) are read by the mailbox task on the jobs queue and decide about the subscriber; every
 * mail ends up moved, never deleted; providers' signed webhooks decide the same way.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { ImapFlow } from 'imapflow'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verpKey } from '../../plugins/newsletter/bounces/key'
import { signBounceWebhook } from '../../plugins/newsletter/rules/webhook-signature'
import { verpAddressFor } from '../../plugins/newsletter/rules/verp'
import type { NewsletterSubscriber } from '../../src/payload-types'
import { type Dovecot, startDovecot } from '../helpers/dovecot'
import { deliveriesOf } from '../helpers/fanout'
import { api, confirmed, g, mailsTo, payload, publish, useNewsletter } from '../helpers/newsletter'

const DOMAIN = 'zwroty.wislotki.example'
const WEBHOOK_SECRET = 'wspolny-sekret-dostawcy'
let dovecot: Dovecot

beforeAll(async () => {
  dovecot = await startDovecot()
  Object.assign(process.env, {
    HEROLD_BOUNCE_DOMAIN: DOMAIN,
    HEROLD_BOUNCE_IMAP_PASSWORD: dovecot.password,
    HEROLD_BOUNCE_IMAP_URL: dovecot.url,
    HEROLD_BOUNCE_IMAP_USER: dovecot.user,
    HEROLD_BOUNCE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  })
}, 30_000)
useNewsletter()
afterAll(async () => {
  await dovecot?.stop()
})

const imap = async <T>(run: (client: ImapFlow) => Promise<T>) => {
  const client = new ImapFlow({
    auth: { pass: dovecot.password, user: dovecot.user },
    host: '127.0.0.1',
    logger: false,
    port: dovecot.port,
    secure: false,
  })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.logout()
  }
}
const count = (mailbox: string) =>
  imap(async (c) => {
    const status = await c.status(mailbox, { messages: true })
    return status ? (status.messages ?? 0) : 0
  })
const counts = async () => ({
  inbox: await count('INBOX'),
  processed: await count('Processed'),
  unrecognised: await count('Unrecognised'),
})

/** A sample from tests/fixtures/bounces with the VERP address of `subscriber` and `campaign`. */
const sample = (name: string, verp: string) =>
  readFileSync(path.resolve(__dirname, '../fixtures/bounces', `${name}.eml`), 'utf8')
    .replaceAll('__VERP__', verp)
    .replace(/\r?\n/g, '\r\n')
const deliver = (raw: string) => imap((c) => c.append('INBOX', raw))

/** The mailbox task, queued and run on the queue the worker runs it on (the fan-out's maintenance queue). */
const readMailbox = async () => {
  await payload.jobs.queue({
    input: {},
    queue: 'fanout-maintenance',
    task: 'newsletterBounceMailbox',
  })
  await payload.jobs.run({ queue: 'fanout-maintenance' })
}

const subscriber = async (email: string) =>
  (await payload.db.findOne<NewsletterSubscriber>({
    collection: 'newsletter-subscribers',
    where: { email: { equals: email } },
  }))!

const verpOf = (subscriberId: number | string, campaign: number | string) =>
  verpAddressFor(
    verpKey(payload),
    { domain: DOMAIN, localPart: 'bounces' },
    subscriberId,
    campaign,
  )!

describe('the bounce mailbox', () => {
  let campaign: string
  const residents = ['nieistnieje', 'pelna', 'skarga', 'filtr', 'obcy', 'duzy'].map(
    (n) => `${n}@example.pl`,
  )

  beforeAll(async () => {
    for (const email of residents) await confirmed(email, { digest: 'off', urgentAlerts: true })
    const post = await publish(g.office, {
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Awaria wodociągu',
    })
    campaign = (await deliveriesOf(payload, post.id))[0]!.externalId!.split(':')[1]!
  })

  it('sends every message with its own signed return path', async () => {
    for (const email of residents) {
      const [mail] = mailsTo(email)
      expect(mail!.from).toBe(verpOf((await subscriber(email)).id, campaign))
    }
    expect(mailsTo(residents[0]!)[0]!.from).toMatch(
      new RegExp(`^bounces\\+\\d+-${campaign}-[0-9a-f]{20}@${DOMAIN.replaceAll('.', '\\.')}$`),
    )
  })

  it('a delivery report for an unknown user marks the subscriber bounced; the mail is moved to Processed', async () => {
    const gone = await subscriber('nieistnieje@example.pl')
    await deliver(sample('dsn-hard-postfix', verpOf(gone.id, campaign)))
    expect(await count('INBOX')).toBe(1)
    await readMailbox()
    const after = await subscriber('nieistnieje@example.pl')
    expect(after.state).toBe('bounced')
    expect(after.bounce?.reply).toMatch(/^5\.1\.1 550 5\.1\.1/)
    expect(after.bounceHistory!.at(-1)).toMatchObject({
      decision: expect.stringContaining(`skrzynce zwrotów (wydanie nr ${campaign})`),
      kind: 'hard',
    })
    expect(await counts()).toEqual({ inbox: 0, processed: 1, unrecognised: 0 })
  })

  it('a full mailbox counts a soft day; a spam-filter refusal is recorded without effect', async () => {
    const full = await subscriber('pelna@example.pl')
    const filtered = await subscriber('filtr@example.pl')
    await deliver(sample('dsn-soft-quota', verpOf(full.id, campaign)))
    await deliver(sample('dsn-policy', verpOf(filtered.id, campaign)))
    await readMailbox()
    const soft = await subscriber('pelna@example.pl')
    expect(soft).toMatchObject({ softBounceDays: 1, state: 'confirmed' })
    expect(soft.bounceHistory!.at(-1)).toMatchObject({ kind: 'soft' })
    const ignored = await subscriber('filtr@example.pl')
    expect(ignored).toMatchObject({ softBounceDays: 0, state: 'confirmed' })
    expect(ignored.bounceHistory!.at(-1)).toMatchObject({
      kind: 'ignored',
      reply: expect.stringContaining('5.7.1'),
    })
    expect(await counts()).toEqual({ inbox: 0, processed: 3, unrecognised: 0 })
  })

  it('an abuse report unsubscribes at once, recorded', async () => {
    const complaining = await subscriber('skarga@example.pl')
    await deliver(sample('arf-complaint', verpOf(complaining.id, campaign)))
    await readMailbox()
    const after = await subscriber('skarga@example.pl')
    expect(after.state).toBe('unsubscribed')
    expect(after.unsubscribedAt).toBeTruthy()
    expect(after.bounceHistory!.at(-1)).toMatchObject({
      kind: 'complaint',
      reply: 'Feedback-Type: abuse',
    })
    expect(await counts()).toEqual({ inbox: 0, processed: 4, unrecognised: 0 })
  })

  it('a bounce returning a large message is judged on its beginning', async () => {
    const large = await subscriber('duzy@example.pl')
    const padding = `X-Padding: ${'x'.repeat(70)}\r\n`.repeat(6000)
    const raw = sample('dsn-hard-postfix', verpOf(large.id, campaign)).replace(
      'Subject: Komunikaty gminy\r\n',
      `Subject: Komunikaty gminy\r\n${padding}`,
    )
    expect(raw.length).toBeGreaterThan(400_000)
    await deliver(raw)
    await readMailbox()
    expect(await subscriber('duzy@example.pl')).toMatchObject({ state: 'bounced' })
    expect(await counts()).toEqual({ inbox: 0, processed: 5, unrecognised: 0 })
  })

  it('a forged return path, a report without one and an auto-reply change nothing and go to Unrecognised', async () => {
    const target = await subscriber('obcy@example.pl')
    const forged = verpOf(target.id, campaign).replace(/-[0-9a-f]{20}@/, `-${'0'.repeat(20)}@`)
    await deliver(sample('dsn-hard-postfix', forged))
    await deliver(sample('qmail', 'someone@elsewhere.example'))
    await deliver(sample('auto-reply', verpOf(target.id, campaign)))
    await readMailbox()
    expect(await subscriber('obcy@example.pl')).toMatchObject({ state: 'confirmed' })
    expect((await subscriber('obcy@example.pl')).bounceHistory ?? []).toHaveLength(0)
    expect(await counts()).toEqual({ inbox: 0, processed: 5, unrecognised: 3 })
  })
})

describe("providers' webhook", () => {
  const send = (body: string, { secret = WEBHOOK_SECRET, at = Date.now() } = {}) => {
    const timestamp = Math.floor(at / 1000)
    return fetch(`${api.base}/api/newsletter/bounces`, {
      body,
      headers: {
        'content-type': 'application/json',
        'x-herold-signature': signBounceWebhook(secret, timestamp, body),
        'x-herold-timestamp': String(timestamp),
      },
      method: 'POST',
    })
  }

  it('a signed hard bounce marks the subscriber bounced; a complaint unsubscribes', async () => {
    await confirmed('webhook-twardy@example.pl', { digest: 'weekly', urgentAlerts: true })
    await confirmed('webhook-skarga@example.pl', { digest: 'weekly', urgentAlerts: true })
    const hard = await send(
      JSON.stringify({
        diagnostic: '550 5.1.1 mailbox does not exist',
        email: 'Webhook-Twardy@example.pl',
        messageId: '<newsletter.1.2@wislotki.example>',
        status: '5.1.1',
        type: 'bounce',
      }),
    )
    expect(hard.status).toBe(200)
    expect(await hard.json()).toEqual({ decision: 'hard' })
    const bounced = await subscriber('webhook-twardy@example.pl')
    expect(bounced.state).toBe('bounced')
    expect(bounced.bounceHistory!.at(-1)!.decision).toContain('dostawcy poczty')
    const complaint = await send(
      JSON.stringify({ email: 'webhook-skarga@example.pl', type: 'complaint' }),
    )
    expect(await complaint.json()).toEqual({ decision: 'complaint' })
    expect((await subscriber('webhook-skarga@example.pl')).state).toBe('unsubscribed')
    const stranger = await send(
      JSON.stringify({ email: 'nikt@example.pl', status: '5.1.1', type: 'bounce' }),
    )
    expect(await stranger.json()).toEqual({ decision: null })
  })

  it('refuses a wrong or stale signature with 401 and a bad body with 400, in Polish', async () => {
    await confirmed('webhook-cel@example.pl', { digest: 'weekly', urgentAlerts: true })
    const body = JSON.stringify({
      email: 'webhook-cel@example.pl',
      status: '5.1.1',
      type: 'bounce',
    })
    const forged = await send(body, { secret: 'zgadniety' })
    expect(forged.status).toBe(401)
    expect((await forged.json()).error).toContain('Nieprawidłowy lub przeterminowany podpis')
    expect((await send(body, { at: Date.now() - 6 * 60_000 })).status).toBe(401)
    const unsigned = await fetch(`${api.base}/api/newsletter/bounces`, {
      body,
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(unsigned.status).toBe(401)
    expect((await subscriber('webhook-cel@example.pl')).state).toBe('confirmed')

    // Malformed JSON is refused by the app's REST guard before any endpoint, in Polish too.
    const notJson = await send('to nie jest JSON')
    expect(notJson.status).toBe(400)
    expect(await notJson.text()).toContain('JSON')
    const noStatus = await send(JSON.stringify({ email: 'webhook-cel@example.pl', type: 'bounce' }))
    expect(noStatus.status).toBe(400)
    expect((await noStatus.json()).error).toMatch(/^Pole „status”/)
    const badType = await send(JSON.stringify({ email: 'webhook-cel@example.pl', type: 'open' }))
    expect((await badType.json()).error).toMatch(/^Pole „type”/)
    expect((await subscriber('webhook-cel@example.pl')).state).toBe('confirmed')
  })
})
