import { randomBytes } from 'node:crypto'

import { type NewsletterT, newsletterPolish } from '../translate'

/**
 * When a resident's mailbox refusing mail for now (full, disabled: a soft bounce) ends their
 * subscription: only after soft bounces on SOFT_BOUNCE_DAYS different days (calendar days in
 * Poland) with no message delivered in between. A mailbox full over a weekend keeps its
 * subscription; one refusing mail for three separate days is as good as gone. Every decision is
 * written into the subscriber's history, so staff can see why an address stopped getting mail.
 */
export const SOFT_BOUNCE_DAYS = 3
/** The history keeps the latest entries only: enough for every decision of the recent weeks. */
export const HISTORY_LIMIT = 50

export type BounceEvent = {
  at: string
  decision: string
  id: string
  kind: 'complaint' | 'delivered' | 'hard' | 'ignored' | 'soft'
  reply?: null | string
}

const DAY = new Intl.DateTimeFormat('en-CA', {
  day: '2-digit',
  month: '2-digit',
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
})
/** The calendar day in Poland, e.g. "2026-03-02". */
export const dayOf = (at: Date | string) => DAY.format(new Date(at))

/** The days with a soft bounce since the last delivery (or the last hard bounce), oldest first. */
export const softBounceDaysOf = (history: readonly Pick<BounceEvent, 'at' | 'kind'>[]) => {
  const days: string[] = []
  for (const event of history) {
    // Complaints and reports about our sending say nothing about the mailbox: the count goes on.
    if (event.kind === 'delivered' || event.kind === 'hard') days.length = 0
    else if (event.kind === 'soft' && !days.includes(dayOf(event.at))) days.push(dayOf(event.at))
  }
  return days
}

const event = (
  kind: BounceEvent['kind'],
  at: Date,
  decision: string,
  reply: null | string = null,
): BounceEvent => ({
  at: at.toISOString(),
  decision,
  // Array rows carry their own id (Payload's Local API would make one; the engine writes through the adapter).
  id: randomBytes(12).toString('hex'),
  kind,
  reply,
})

const append = (history: readonly BounceEvent[], next: BounceEvent) =>
  [...history, next].slice(-HISTORY_LIMIT)

/** Where a later report came from, after the decision ("Źródło: …"); nothing for a refusal at send time. */
const withSource = (decision: string, source?: string) =>
  source ? `${decision} ${source}` : decision

/** A report without a rule of its own (a complaint, a refusal about our sending), as decided by the caller. */
export const afterReport = (
  history: readonly BounceEvent[],
  kind: 'complaint' | 'ignored',
  at: Date,
  decision: string,
  reply: null | string,
) => append(history, event(kind, at, decision, reply))

/** A soft bounce: which day without delivery it is, and whether the address is now given up. */
export const afterSoftBounce = (
  history: readonly BounceEvent[],
  at: Date,
  reply: string,
  t: NewsletterT = newsletterPolish,
  source?: string,
) => {
  const days = softBounceDaysOf([...history, { at: at.toISOString(), kind: 'soft' }]).length
  const hard = days >= SOFT_BOUNCE_DAYS
  const decision = hard
    ? t('newsletter:worker-softBounceGiveUp', { days })
    : t('newsletter:worker-softBounce', { days, limit: SOFT_BOUNCE_DAYS })
  return {
    days,
    hard,
    history: append(history, event('soft', at, withSource(decision, source), reply)),
  }
}

/** A hard bounce: the address does not exist. */
export const afterHardBounce = (
  history: readonly BounceEvent[],
  at: Date,
  reply: string,
  t: NewsletterT = newsletterPolish,
  source?: string,
) =>
  append(history, event('hard', at, withSource(t('newsletter:worker-hardBounce'), source), reply))

/** A delivery after soft bounces: the count starts again. */
export const afterDelivery = (
  history: readonly BounceEvent[],
  at: Date,
  t: NewsletterT = newsletterPolish,
) => append(history, event('delivered', at, t('newsletter:worker-delivered')))
