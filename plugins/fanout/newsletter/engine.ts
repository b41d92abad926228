import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { randomUUID } from 'node:crypto'

import { idOf } from '../../../src/access/roles'
import { publicPostsWhere } from '../../../src/domain/public-visibility'
import { verifySmtp } from '../../../src/email'
import { polishDate } from '../../../src/public/paging'
import { DELIVERIES, NEWSLETTER_BATCH_TASK } from '../constants'
import { fanoutContext } from '../engine/context'
import { loadPost, postForChannel } from '../engine/post-view'
import { WORKER_ID } from '../engine/worker-id'
import { retryDelayMs } from '../delivery/retry'
import { CAMPAIGNS, RECIPIENTS, RETRY_CLAIMS, SUBSCRIBERS } from './constants'
import { personalMessage, type PostBlock, postBlock, postsFor } from './messages'
import { senderName } from './sender-name'
import { classifySmtpFailure, settleServerRefusal, type SmtpOutcome } from './smtp-outcome'
import { recordDeliveries, recordHardBounce, recordSoftBounce } from './subscriber-bounces'

export type CampaignKind = 'alert' | 'digest_daily' | 'digest_weekly'
type CampaignDoc = {
  chain?: null | string
  /** `alerts`: the alert campaigns of a digest's urgent posts, so nobody gets an alert twice. */
  content: {
    alerts?: { campaign: number | string; post: string }[]
    blocks: PostBlock[]
    intro: string
    senderName: string
    title: string
  }
  cursor?: null | string
  heartbeatAt?: null | string
  /** Why the mail server stopped the campaign (state `needs_action`), and when it is checked again. */
  hold?: { checkAt?: null | string; reason?: null | string; since?: null | string } | null
  id: number | string
  kind: CampaignKind
  state: 'done' | 'needs_action' | 'sending'
  subject: string
}
type SubscriberRow = {
  email: string
  id: number | string
  manageToken: string
  preferences?: {
    categories?: null | string[]
    digest?: string
    units?: (number | string | { id: number | string })[] | null
    urgentAlerts?: boolean | null
  }
}
type Req = Partial<PayloadRequest>

/** Messages claimed and sent per job; the next job carries on from the campaign's cursor. */
export const BATCH_SIZE = 500
/** Messages claimed and not yet recorded at any time: enough to keep every SMTP_POOL_SIZE connection busy. */
export const IN_FLIGHT = Number(process.env.HEROLD_NEWSLETTER_IN_FLIGHT) || 20
/** Finished messages written down together (sent ones with one updateMany). */
const RECORD_EVERY = Math.max(1, Math.floor(IN_FLIGHT / 2))
export const MAX_SMTP_ATTEMPTS = 6
/** How often a campaign held by the mail server checks whether the server takes mail again. */
export const SMTP_RECHECK_MS = 60_000
/** A recipient still `sending` after this long belongs to a worker that died. */
export const leaseMs = () => Number(process.env.HEROLD_NEWSLETTER_LEASE_MS) || 5 * 60_000

/** Who a campaign is for: confirmed subscribers wanting alerts, or this digest. */
const audience = (kind: CampaignKind): Where =>
  kind === 'alert'
    ? {
        and: [{ state: { equals: 'confirmed' } }, { 'preferences.urgentAlerts': { equals: true } }],
      }
    : {
        and: [
          { state: { equals: 'confirmed' } },
          { 'preferences.digest': { equals: kind === 'digest_daily' ? 'daily' : 'weekly' } },
        ],
      }

const prefsOf = (s: SubscriberRow) => ({
  categories: s.preferences?.categories ?? [],
  units: (s.preferences?.units ?? []).map((u) => String(idOf(u))),
  urgentAlerts: s.preferences?.urgentAlerts ?? false,
})

type ReceivedAlerts = Map<string, Set<string>> | null
const NONE: ReadonlySet<string> = new Set()

/** What one subscriber receives from a campaign, or nothing (a digest with nothing for them). */
const blocksFor = (
  campaign: Pick<CampaignDoc, 'content' | 'kind'>,
  s: SubscriberRow,
  received: ReceivedAlerts,
) =>
  campaign.kind === 'alert'
    ? campaign.content.blocks
    : postsFor(
        campaign.content.blocks,
        prefsOf(s),
        received ? (received.get(String(s.id)) ?? NONE) : undefined,
      )

/** For a digest with urgent posts: which of those alerts each subscriber of a page was actually sent. */
const receivedAlerts = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'content' | 'kind'>,
  page: SubscriberRow[],
): Promise<ReceivedAlerts> => {
  const alerts = campaign.kind === 'alert' ? undefined : campaign.content.alerts
  if (!alerts) return null
  const received = new Map<string, Set<string>>()
  if (!alerts.length || !page.length) return received
  const postOf = new Map(alerts.map((a) => [String(a.campaign), a.post]))
  const { docs } = await payload.db.find({
    collection: RECIPIENTS,
    limit: page.length * alerts.length,
    pagination: false,
    select: { campaign: true, subscriber: true },
    where: {
      and: [
        { campaign: { in: alerts.map((a) => a.campaign) } },
        { subscriber: { in: page.map((s) => s.id) } },
        { state: { equals: 'sent' } },
      ],
    },
  })
  for (const r of docs as unknown as {
    campaign: number | string | { id: number | string }
    subscriber: number | string | { id: number | string }
  }[]) {
    const subscriber = String(idOf(r.subscriber))
    if (!received.has(subscriber)) received.set(subscriber, new Set())
    received.get(subscriber)!.add(postOf.get(String(idOf(r.campaign)))!)
  }
  return received
}

/** The next subscribers of an audience after a cursor, read straight from the adapter: only what a message needs. */
const subscriberPage = async (
  payload: Payload,
  kind: CampaignKind,
  after: null | string,
  limit: number,
) =>
  (
    await payload.db.find({
      collection: SUBSCRIBERS,
      limit,
      pagination: false,
      select: { email: true, manageToken: true, preferences: true },
      sort: 'id',
      where:
        after == null ? audience(kind) : { and: [audience(kind), { id: { greater_than: after } }] },
    })
  ).docs as unknown as SubscriberRow[]

/** How many subscribers will get something, counted when the campaign starts (its progress total). */
const countAudience = async (payload: Payload, campaign: Pick<CampaignDoc, 'content' | 'kind'>) => {
  if (campaign.kind === 'alert')
    return (
      await payload.count({
        collection: SUBSCRIBERS,
        overrideAccess: true,
        where: audience('alert'),
      })
    ).totalDocs
  let total = 0
  let after: null | string = null
  for (;;) {
    const page = await subscriberPage(payload, campaign.kind, after, 2000)
    const received = await receivedAlerts(payload, campaign, page)
    total += page.filter((s) => blocksFor(campaign, s, received).length > 0).length
    if (page.length < 2000) return total
    after = String(page[page.length - 1].id)
  }
}

/**
 * Creates a campaign once (its key is unique: a second worker or a retried job finds the first)
 * and queues its first batch. Returns null when there is nothing to send.
 */
const startCampaign = async (
  payload: Payload,
  data: {
    content: CampaignDoc['content']
    key: string
    kind: CampaignKind
    periodEnd?: string
    periodStart?: string
    posts: (number | string)[]
    subject: string
  },
  req?: Req,
) => {
  const existing = (await payload.db.findOne({
    collection: CAMPAIGNS,
    req,
    where: { key: { equals: data.key } },
  })) as CampaignDoc | null
  if (existing) return existing
  const now = new Date().toISOString()
  const total = await countAudience(payload, data)
  const chain = randomUUID()
  let campaign: CampaignDoc
  try {
    campaign = (await payload.db.create({
      collection: CAMPAIGNS,
      data: {
        ...data,
        chain,
        heartbeatAt: now,
        startedAt: now,
        state: total ? 'sending' : 'done',
        total,
        ...(total ? {} : { finishedAt: now }),
      },
      req,
    })) as unknown as CampaignDoc
  } catch {
    return (await payload.db.findOne({
      collection: CAMPAIGNS,
      req,
      where: { key: { equals: data.key } },
    })) as CampaignDoc
  }
  if (total) await queueBatch(payload, campaign, chain, req)
  return campaign
}

/**
 * Queues the next batch of a campaign's chain. A campaign is worked on by one chain of batch jobs
 * at a time (`chain` on the campaign): a batch of another chain stops, so a resumed campaign does
 * not get two chains competing for the same subscribers. Alerts go on the urgent queue; digests on
 * the normal one, so that a long digest never holds up an urgent post on another channel.
 */
export const queueBatch = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'id' | 'kind'>,
  chain: null | string,
  req?: Req,
  waitUntil?: Date,
) => {
  const { queues } = fanoutContext(payload).options
  await payload.jobs.queue({
    input: { campaignId: String(campaign.id), ...(chain ? { chain } : {}) },
    queue: campaign.kind === 'alert' ? queues.urgent : queues.normal,
    req: req as PayloadRequest,
    task: NEWSLETTER_BATCH_TASK,
    waitUntil,
  } as never)
}

/** Hands a campaign to a new chain of batches (after a stall, or when staff resend) and queues its first batch. */
const restartChain = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'id' | 'kind'>,
  data: Record<string, unknown>,
  req?: Req,
) => {
  const chain = randomUUID()
  await payload.db.updateOne({
    collection: CAMPAIGNS,
    data: { ...data, chain, heartbeatAt: new Date().toISOString() },
    id: campaign.id,
    req,
    returning: false,
  })
  await queueBatch(payload, campaign, chain, req)
}

/** Messages whose outcome is unknown go out again, only because a person decided so. */
export const resendUncertain = async (payload: Payload, campaignId: number | string, req?: Req) => {
  const campaign = (await payload.db.findOne({
    collection: CAMPAIGNS,
    req,
    where: { id: { equals: campaignId } },
  })) as CampaignDoc | null
  if (!campaign) return
  await payload.db.updateMany({
    collection: RECIPIENTS,
    data: { nextAttemptAt: new Date().toISOString(), reply: null, state: 'retry' },
    req,
    returning: false,
    where: { and: [{ campaign: { equals: campaignId } }, { state: { equals: 'uncertain' } }] },
  })
  await restartChain(payload, campaign, { finishedAt: null, state: 'sending' }, req)
}

/** An urgent alert goes out at once, to everybody who asked for alerts. */
export const startAlertCampaign = async (payload: Payload, postId: number | string, req?: Req) => {
  const post = await loadPost(payload, postId, req)
  if (!post) return null
  const view = await postForChannel(payload, post, 'newsletter')
  const name = await senderName(payload)
  return startCampaign(
    payload,
    {
      content: {
        blocks: [
          postBlock(
            view,
            idOf(post.unit as never) == null ? null : String(idOf(post.unit as never)),
            true,
          ),
        ],
        intro: 'Pilny komunikat gminy:',
        senderName: name,
        title: view.title,
      },
      key: `alert:${postId}`,
      kind: 'alert',
      posts: [postId],
      subject: `Pilny komunikat: ${view.title}`,
    },
    req,
  )
}

const PERIOD_MS: Record<'digest_daily' | 'digest_weekly', number> = {
  digest_daily: 24 * 3600_000,
  digest_weekly: 7 * 24 * 3600_000,
}

/**
 * A digest of what went into the newsletter since the previous digest of the same frequency.
 * `slot` names the scheduled moment, so that two workers firing for it make one digest.
 */
export const startDigest = async (
  payload: Payload,
  kind: 'digest_daily' | 'digest_weekly',
  slot: Date,
  req?: Req,
) => {
  const key = `${kind}:${slot.toISOString()}`
  const same = (await payload.db.findOne({
    collection: CAMPAIGNS,
    req,
    where: { key: { equals: key } },
  })) as CampaignDoc | null
  if (same) return same
  const previous = (
    await payload.db.find({
      collection: CAMPAIGNS,
      limit: 1,
      pagination: false,
      req,
      sort: '-periodEnd',
      where: { kind: { equals: kind } },
    })
  ).docs[0] as { periodEnd?: string } | undefined
  const periodEnd = slot.toISOString()
  const periodStart =
    previous?.periodEnd ?? new Date(slot.getTime() - PERIOD_MS[kind]).toISOString()
  if (periodStart >= periodEnd) return null
  const delivered = (
    await payload.db.find({
      collection: DELIVERIES,
      limit: 1000,
      pagination: false,
      req,
      sort: 'sentAt',
      where: {
        and: [
          { channel: { equals: 'newsletter' } },
          { state: { equals: 'sent' } },
          { sentAt: { greater_than: periodStart } },
          { sentAt: { less_than_equal: periodEnd } },
        ],
      },
    })
  ).docs as unknown as { post: number | string | { id: number | string } }[]
  const postIds = [...new Set(delivered.map((d) => String(idOf(d.post))))]
  if (!postIds.length) return null
  // Still what residents may see: a post withdrawn since is left out.
  const { docs } = await payload.find({
    collection: fanoutContext(payload).options.collections.posts,
    depth: 0,
    limit: postIds.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { id: true } as never,
    sort: '-publishedAt',
    where: { and: [publicPostsWhere(), { id: { in: postIds } }] },
  })
  const blocks: PostBlock[] = []
  for (const { id } of docs as { id: number | string }[]) {
    const post = await loadPost(payload, id, req)
    if (post)
      blocks.push(
        postBlock(
          await postForChannel(payload, post, 'newsletter'),
          idOf(post.unit as never) == null ? null : String(idOf(post.unit as never)),
          false,
        ),
      )
  }
  if (!blocks.length) return null
  const urgentPosts = blocks.filter((b) => b.urgent).map((b) => b.postId)
  const alerts = urgentPosts.length
    ? (
        (
          await payload.db.find({
            collection: CAMPAIGNS,
            limit: urgentPosts.length,
            pagination: false,
            req,
            select: { key: true },
            where: { key: { in: urgentPosts.map((p) => `alert:${p}`) } },
          })
        ).docs as unknown as { id: number | string; key: string }[]
      ).map((c) => ({ campaign: c.id, post: c.key.slice('alert:'.length) }))
    : []
  const name = await senderName(payload)
  const title = kind === 'digest_daily' ? 'Wydanie codzienne' : 'Wydanie tygodniowe'
  const campaign = await startCampaign(
    payload,
    {
      content: {
        alerts,
        blocks,
        intro: 'Nowe wpisy, które wybrałeś w ustawieniach:',
        senderName: name,
        title: `${title}: ${name}`,
      },
      key,
      kind,
      periodEnd,
      periodStart,
      posts: blocks.map((b) => b.postId),
      subject: `${name} – ${title.toLowerCase()}`,
    },
    req,
  )
  await showDigestOnDeliveries(
    payload,
    campaign,
    kind,
    (docs as { id: number | string }[]).map((d) => d.id),
    req,
  )
  return campaign
}

const DIGEST_NAMES = {
  digest_daily: 'wydaniu codziennym',
  digest_weekly: 'wydaniu tygodniowym',
} as const

/** A post's newsletter delivery names the digest that carried it (the latest, when both frequencies did). */
const showDigestOnDeliveries = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'id'> & { periodEnd?: string },
  kind: 'digest_daily' | 'digest_weekly',
  postIds: (number | string)[],
  req?: Req,
) => {
  const { siteUrl } = fanoutContext(payload).options
  await payload.db.updateMany({
    collection: DELIVERIES,
    data: {
      externalId: `campaign:${campaign.id}`,
      externalUrl: `${siteUrl}/admin/collections/${CAMPAIGNS}/${campaign.id}`,
      reason: `Wysłano w ${DIGEST_NAMES[kind]} z ${polishDate(campaign.periodEnd, true)}.`,
    },
    req,
    returning: false,
    where: { and: [{ channel: { equals: 'newsletter' } }, { post: { in: postIds } }] },
  })
}

/** A claimed message: its record is found by its unique key, so a claim needs no read-back. */
type Claimed = {
  attempts: number
  blocks: PostBlock[]
  heldAttempts: number
  key: string
  subscriber: SubscriberRow
}

const recipientKey = (campaignId: number | string, subscriberId: number | string) =>
  `${campaignId}:${subscriberId}`
/** The same Message-ID on every attempt at one message, so a receiving server can spot a repeat. */
const messageIdOf = (campaignId: number | string, subscriberId: number | string, host: string) =>
  `<newsletter.${campaignId}.${subscriberId}@${host}>`

/**
 * Claims the next attempt at a message waiting for a retry. When another worker holds the claim
 * but died before taking the record (the claim is older than a lease and the record still waits),
 * nothing was sent: that attempt is counted as made, so the next one can be claimed.
 */
const claimRetry = async (
  payload: Payload,
  recipient: { attempts: number; id: number | string; key: string },
  attempt: number,
  now: Date,
) => {
  const key = `${recipient.key}#${attempt}`
  try {
    await payload.db.create({
      collection: RETRY_CLAIMS,
      data: { at: now.toISOString(), key },
      returning: false,
    })
    return true
  } catch {
    const claim = (await payload.db.findOne({
      collection: RETRY_CLAIMS,
      where: { key: { equals: key } },
    })) as { at?: string } | null
    if (claim?.at && Date.parse(claim.at) < now.getTime() - leaseMs()) {
      await payload.db.updateOne({
        collection: RECIPIENTS,
        data: { attempts: attempt },
        id: recipient.id,
        returning: false,
      })
    }
    return false
  }
}

/**
 * One batch of a campaign: recipients left `sending` by a dead worker become `uncertain` (never
 * resent automatically: the message may have been delivered), due retries and new recipients are
 * claimed by creating their unique record just before it is sent through the pooled SMTP adapter.
 * Outcomes are written as messages finish, so a crash leaves at most IN_FLIGHT recipients uncertain.
 */
export const processCampaignBatch = async (
  payload: Payload,
  campaignId: number | string,
  batchSize = BATCH_SIZE,
  chain?: null | string,
) => {
  const campaign = (await payload.db.findOne({
    collection: CAMPAIGNS,
    where: { id: { equals: campaignId } },
  })) as CampaignDoc | null
  if (!campaign || campaign.state !== 'sending') return { done: true, sent: 0 }
  // Another chain took the campaign over (this one was thought stalled): it carries on alone.
  if (chain && campaign.chain && chain !== campaign.chain) return { done: false, sent: 0 }
  const ownChain = chain ?? campaign.chain ?? null
  const now = new Date()
  await payload.db.updateMany({
    collection: RECIPIENTS,
    data: {
      reply:
        'Wysyłkę przerwano (awaria lub restart) w chwili wysyłania; nie wiadomo, czy wiadomość dotarła. Nie wysłano jej ponownie, aby nie zdublować.',
      state: 'uncertain',
    },
    returning: false,
    where: {
      and: [
        { campaign: { equals: campaign.id } },
        { state: { equals: 'sending' } },
        { claimedAt: { less_than: new Date(now.getTime() - leaseMs()).toISOString() } },
      ],
    },
  })

  const { siteUrl } = fanoutContext(payload).options
  const host = new URL(siteUrl).host
  let sentCount = 0
  let lastBeat = Date.now()
  type Outcome =
    | { key: string; kind: 'sent'; subscriber: number | string }
    | {
        attempts: number
        heldAttempts: number
        key: string
        kind: 'refused'
        result: SmtpOutcome
        subscriber: number | string
      }
  /** The mail server's own refusal (login, relay…) that stopped this batch: the campaign waits for the server. */
  let halt: null | string = null
  const sendOne = async ({
    attempts,
    blocks,
    heldAttempts,
    key,
    subscriber,
  }: Claimed): Promise<Outcome> => {
    try {
      const message = personalMessage({
        blocks,
        intro: campaign.content.intro,
        personal: { manageToken: subscriber.manageToken, siteUrl },
        senderName: campaign.content.senderName,
        title: campaign.content.title,
      })
      await payload.sendEmail({
        headers: message.headers,
        html: message.html,
        messageId: messageIdOf(campaign.id, subscriber.id, host),
        subject: campaign.subject,
        text: message.text,
        to: subscriber.email,
      })
      return { key, kind: 'sent', subscriber: subscriber.id }
    } catch (error) {
      return {
        attempts,
        heldAttempts,
        key,
        kind: 'refused',
        result: classifySmtpFailure(error),
        subscriber: subscriber.id,
      }
    }
  }
  /** Another attempt after the backoff, or `failed` after the last one; attempts the server held do not count. */
  const retryLater = async (o: Extract<Outcome, { kind: 'refused' }>) => {
    const giveUp = o.attempts - o.heldAttempts >= MAX_SMTP_ATTEMPTS
    const next = new Date(Date.now() + retryDelayMs(o.attempts - o.heldAttempts))
    await payload.db.updateOne({
      collection: RECIPIENTS,
      data: giveUp
        ? { reply: o.result.reply, state: 'failed' }
        : { nextAttemptAt: next.toISOString(), reply: o.result.reply, state: 'retry' },
      returning: false,
      where: { key: { equals: o.key } },
    })
  }
  /** Writes down how the finished messages went (sent ones in bulk) and that this worker is alive. */
  const record = async (outcomes: Outcome[]) => {
    const now = new Date()
    const at = now.toISOString()
    const sent = outcomes.flatMap((o) => (o.kind === 'sent' ? [o] : []))
    sentCount += sent.length
    if (sent.length) {
      await payload.db.updateMany({
        collection: RECIPIENTS,
        data: { sentAt: at, state: 'sent' },
        returning: false,
        where: { key: { in: sent.map((o) => o.key) } },
      })
      await recordDeliveries(
        payload,
        sent.map((o) => o.subscriber),
        now,
      )
    }
    for (const o of outcomes) {
      if (o.kind !== 'refused') continue
      const { kind, reply } = settleServerRefusal(o.result, sentCount > 0)
      if (kind === 'server') {
        // Not the recipient's doing: the message waits, due as soon as the campaign resumes, and the attempt is not counted.
        halt ??= reply
        await payload.db.updateOne({
          collection: RECIPIENTS,
          data: {
            heldAttempts: o.heldAttempts + 1,
            nextAttemptAt: at,
            reply:
              `Wstrzymano – serwer poczty odmówił wysyłki (nie z powodu adresata): ${reply}`.slice(
                0,
                500,
              ),
            state: 'retry',
          },
          returning: false,
          where: { key: { equals: o.key } },
        })
      } else if (
        kind === 'hard' ||
        (kind === 'soft' && (await recordSoftBounce(payload, o.subscriber, now, reply)))
      ) {
        await payload.db.updateOne({
          collection: RECIPIENTS,
          data: { reply, state: 'bounced' },
          returning: false,
          where: { key: { equals: o.key } },
        })
        if (kind === 'hard') await recordHardBounce(payload, o.subscriber, now, reply)
      } else await retryLater(o)
    }
    // Alive (at most once a second): a campaign whose heartbeat stops for a lease is handed to a new chain.
    if (Date.now() - lastBeat >= 1000) {
      lastBeat = Date.now()
      await payload.db.updateOne({
        collection: CAMPAIGNS,
        data: { heartbeatAt: at },
        id: campaign.id,
        returning: false,
      })
    }
  }

  // A sliding window over the SMTP pool: at most IN_FLIGHT messages claimed and not yet recorded
  // (sending, or sent and waiting to be written down), so the pool never idles between groups and
  // a worker that dies leaves at most IN_FLIGHT recipients uncertain.
  const inFlight = new Set<Promise<void>>()
  let finished: Outcome[] = []
  const makeRoom = async () => {
    while (inFlight.size + finished.length >= IN_FLIGHT) {
      if (finished.length >= RECORD_EVERY || !inFlight.size) {
        const outcomes = finished
        finished = []
        await record(outcomes)
      } else await Promise.race(inFlight)
    }
  }
  const start = (claim: Claimed) => {
    const sending: Promise<void> = sendOne(claim).then((outcome) => {
      finished.push(outcome)
      inFlight.delete(sending)
    })
    inFlight.add(sending)
  }

  // Due retries first, each claimed again (a unique claim per attempt), its record back to `sending`.
  const retries = (
    await payload.db.find({
      collection: RECIPIENTS,
      limit: batchSize,
      pagination: false,
      where: {
        and: [
          { campaign: { equals: campaign.id } },
          { state: { equals: 'retry' } },
          { nextAttemptAt: { less_than_equal: now.toISOString() } },
        ],
      },
    })
  ).docs as unknown as {
    attempts: number
    heldAttempts?: null | number
    id: number | string
    key: string
    subscriber: number | string
  }[]
  let claimed = 0
  for (const r of retries) {
    const subscriber = (await payload.db.findOne({
      collection: SUBSCRIBERS,
      where: { id: { equals: r.subscriber } },
    })) as (SubscriberRow & { state: string }) | null
    if (!subscriber || subscriber.state !== 'confirmed') {
      await payload.db.updateOne({
        collection: RECIPIENTS,
        data: { reply: 'Adresat wypisał się lub adres odrzucono.', state: 'failed' },
        id: r.id,
        returning: false,
      })
      continue
    }
    const blocks = blocksFor(
      campaign,
      subscriber,
      await receivedAlerts(payload, campaign, [subscriber]),
    )
    if (!blocks.length) {
      await payload.db.updateOne({
        collection: RECIPIENTS,
        data: {
          reply: 'Adresat zmienił ustawienia: to wydanie nie ma już nic dla niego.',
          state: 'failed',
        },
        id: r.id,
        returning: false,
      })
      continue
    }
    const attempt = r.attempts + 1
    await makeRoom()
    if (halt) break
    if (!(await claimRetry(payload, r, attempt, now))) continue
    await payload.db.updateOne({
      collection: RECIPIENTS,
      data: { attempts: attempt, claimedAt: new Date().toISOString(), state: 'sending' },
      id: r.id,
      returning: false,
    })
    start({ attempts: attempt, blocks, heldAttempts: r.heldAttempts ?? 0, key: r.key, subscriber })
    claimed++
  }

  // Then new recipients, each claimed by creating its record just before it is sent.
  let cursor = campaign.cursor ?? null
  let exhausted = false
  while (claimed < batchSize && !exhausted && !halt) {
    const page = await subscriberPage(
      payload,
      campaign.kind,
      cursor,
      Math.min(500, batchSize - claimed),
    )
    if (!page.length) {
      exhausted = true
      break
    }
    const received = await receivedAlerts(payload, campaign, page)
    // How far the page was gone through: a halt leaves the rest of it for when the campaign resumes.
    let through: null | string = null
    for (const subscriber of page) {
      const blocks = blocksFor(campaign, subscriber, received)
      if (blocks.length) await makeRoom()
      if (halt) break
      through = String(subscriber.id)
      if (!blocks.length) continue
      const key = recipientKey(campaign.id, subscriber.id)
      try {
        await payload.db.create({
          collection: RECIPIENTS,
          data: {
            attempts: 1,
            campaign: campaign.id,
            claimedAt: new Date().toISOString(),
            key,
            messageId: messageIdOf(campaign.id, subscriber.id, host),
            state: 'sending',
            subscriber: subscriber.id,
          },
          returning: false,
        })
      } catch {
        // Claimed by another worker (unique key): it is theirs to send.
        continue
      }
      start({ attempts: 1, blocks, heldAttempts: 0, key, subscriber })
      claimed++
    }
    if (through == null) break
    cursor = through
    await payload.db.updateOne({
      collection: CAMPAIGNS,
      data: { cursor, heartbeatAt: new Date().toISOString() },
      id: campaign.id,
      returning: false,
    })
  }
  await Promise.all(inFlight)
  if (finished.length) await record(finished)

  const at = new Date().toISOString()
  // The campaign's own counters, for its list and anyone reading it, as of the end of this batch.
  const { sending, ...counters } = await countStates(payload, campaign.id)
  if (halt) {
    // The server refused us (login, relay, greeting…): nobody is touched, the campaign waits and checks the server again.
    await payload.db.updateOne({
      collection: CAMPAIGNS,
      data: {
        counters,
        heartbeatAt: at,
        hold: {
          checkAt: new Date(Date.now() + SMTP_RECHECK_MS).toISOString(),
          reason: halt,
          since: at,
        },
        state: 'needs_action',
      },
      id: campaign.id,
      returning: false,
    })
    return { done: false, sent: sentCount }
  }
  if (exhausted && !sending && !counters.retry) {
    await payload.db.updateOne({
      collection: CAMPAIGNS,
      data: { counters, finishedAt: at, heartbeatAt: at, state: 'done' },
      id: campaign.id,
      returning: false,
    })
    return { done: true, sent: sentCount }
  }
  await payload.db.updateOne({
    collection: CAMPAIGNS,
    data: { counters, heartbeatAt: at },
    id: campaign.id,
    returning: false,
  })
  // More subscribers: the next batch right away; only retries left: when the earliest is due.
  if (!exhausted || claimed) await queueBatch(payload, campaign, ownChain)
  else {
    const earliest = (
      await payload.db.find({
        collection: RECIPIENTS,
        limit: 1,
        pagination: false,
        sort: 'nextAttemptAt',
        where: { and: [{ campaign: { equals: campaign.id } }, { state: { equals: 'retry' } }] },
      })
    ).docs[0] as { nextAttemptAt?: string } | undefined
    if (earliest?.nextAttemptAt)
      await queueBatch(payload, campaign, ownChain, undefined, new Date(earliest.nextAttemptAt))
  }
  return { done: false, sent: sentCount }
}

/** Campaigns nobody worked on for a lease (their job died with its worker) get a new batch job. */
export const resumeStalledCampaigns = async (payload: Payload, now = Date.now()) => {
  const stalled = (
    await payload.db.find({
      collection: CAMPAIGNS,
      limit: 100,
      pagination: false,
      where: {
        and: [
          { state: { equals: 'sending' } },
          { heartbeatAt: { less_than: new Date(now - leaseMs()).toISOString() } },
        ],
      },
    })
  ).docs as unknown as Pick<CampaignDoc, 'id' | 'kind'>[]
  for (const c of stalled) await restartChain(payload, c, {})
  return stalled.length
}

/**
 * Campaigns the mail server stopped (`needs_action`) whose check is due (or all of them, when
 * staff ask): when the server takes us again (nodemailer's verify: connection, greeting, TLS,
 * login) each goes on where it stopped; otherwise the server's answer is kept and checked again
 * later. A refusal verify cannot see (relaying) stops the resumed campaign again at its first
 * messages, unsent and uncounted, until it is fixed.
 */
export const resumeHeldCampaigns = async (
  payload: Payload,
  options: { now?: number; whenever?: boolean } = {},
) => {
  const now = options.now ?? Date.now()
  const due: Where = options.whenever
    ? { state: { equals: 'needs_action' } }
    : {
        and: [
          { state: { equals: 'needs_action' } },
          {
            or: [
              { 'hold.checkAt': { exists: false } },
              { 'hold.checkAt': { less_than_equal: new Date(now).toISOString() } },
            ],
          },
        ],
      }
  const held = (
    await payload.db.find({ collection: CAMPAIGNS, limit: 100, pagination: false, where: due })
  ).docs as unknown as Pick<CampaignDoc, 'hold' | 'id' | 'kind'>[]
  if (!held.length) return { held: 0, refusal: null, resumed: 0 }
  try {
    await verifySmtp()
  } catch (error) {
    const refusal = classifySmtpFailure(error).reply
    const checkAt = new Date(now + SMTP_RECHECK_MS).toISOString()
    for (const c of held)
      await payload.db.updateOne({
        collection: CAMPAIGNS,
        data: { hold: { ...c.hold, checkAt, reason: refusal } },
        id: c.id,
        returning: false,
      })
    return { held: held.length, refusal, resumed: 0 }
  }
  for (const c of held)
    await restartChain(payload, c, {
      hold: { checkAt: null, reason: null, since: null },
      state: 'sending',
    })
  return { held: held.length, refusal: null, resumed: held.length }
}

/** Counts per recipient state, for the admin's progress view. */
const RECIPIENT_STATE_VALUES = [
  'sent',
  'sending',
  'retry',
  'bounced',
  'failed',
  'uncertain',
] as const
type Counts = Record<(typeof RECIPIENT_STATE_VALUES)[number], number>

/** How many of a campaign's messages are in each state, counted from the per-recipient records. */
const countStates = async (payload: Payload, campaignId: number | string): Promise<Counts> =>
  Object.fromEntries(
    await Promise.all(
      RECIPIENT_STATE_VALUES.map(async (state) => [
        state,
        (
          await payload.db.count({
            collection: RECIPIENTS,
            where: { and: [{ campaign: { equals: campaignId } }, { state: { equals: state } }] },
          })
        ).totalDocs,
      ]),
    ),
  ) as Counts

/** Counts per recipient state, live, for the admin's progress view. */
export const campaignProgress = async (payload: Payload, campaignId: number | string) => {
  const campaign = (await payload.db.findOne({
    collection: CAMPAIGNS,
    where: { id: { equals: campaignId } },
  })) as (CampaignDoc & { finishedAt?: string; total?: number }) | null
  if (!campaign) return null
  return {
    ...(await countStates(payload, campaignId)),
    finishedAt: campaign.finishedAt ?? null,
    held: campaign.state === 'needs_action' ? (campaign.hold?.reason ?? null) : null,
    state: campaign.state,
    total: campaign.total ?? 0,
  }
}

export const newsletterBatchTask: TaskConfig<{
  input: { campaignId: string; chain?: null | string }
  output: { done: boolean; sent: number }
}> = {
  slug: NEWSLETTER_BATCH_TASK,
  label: 'Wysyłka newslettera (partia)',
  handler: async ({ input, req }) => ({
    output: await processCampaignBatch(req.payload, input.campaignId, BATCH_SIZE, input.chain),
  }),
  inputSchema: [
    { name: 'campaignId', type: 'text', required: true },
    { name: 'chain', type: 'text' },
  ],
  outputSchema: [
    { name: 'done', type: 'checkbox', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  // A batch that throws is retried; its claimed-but-unsent recipients wait for the lease to be judged.
  retries: { attempts: 3, backoff: { delay: 10_000, type: 'exponential' } },
}

export { WORKER_ID }
