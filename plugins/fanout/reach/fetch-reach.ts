import type { Payload, Where } from 'payload'

import {
  type Engagement,
  fetchEngagement,
  fetchImpressions,
  impressionsFailure,
  type Impressions,
  reachFailure,
} from '../channels/fanpage-reach'
import {
  type AccountDoc,
  canReadPage,
  enabledAccounts,
  throttleAccount,
  toChannelAccount,
} from '../engine/accounts'
import { installFanoutT } from '../i18n-server'
import { fanoutContext } from '../engine/context'
import { DELIVERIES } from '../constants'
import { ownPostsWhere } from '../delivery/own-posts'

/** Copies older than this are no longer read: their figures have settled (and insights keep 2 years anyway). */
export const REACH_WINDOW_DAYS = 90
/** A copy read less than this long ago is not read again (a second run the same day costs calls, not news). */
export const REACH_MIN_AGE_HOURS = 20

type Reach = Partial<Engagement & Impressions> & {
  fetchedAt?: null | string
  note?: null | string
  state?: null | string
}
type Delivery = { externalId: string; id: number | string; reach?: null | Reach }

export type ReachReport = { accounts: number; errors: string[]; gone: number; updated: number }

const MAX_PER_RUN = 2000

/** Sent copies of the account from the window, never read first, then the ones read longest ago. */
const copiesToRead = async (
  payload: Payload,
  account: AccountDoc,
  now: Date,
  windowDays: number,
) => {
  const since = new Date(now.getTime() - windowDays * 86_400_000).toISOString()
  const stale = new Date(now.getTime() - REACH_MIN_AGE_HOURS * 3_600_000).toISOString()
  const base: Where[] = [
    { account: { equals: account.id } },
    { channel: { equals: 'fanpage' } },
    { state: { equals: 'sent' } },
    { externalId: { exists: true } },
    { takenDownAt: { exists: false } },
    { sentAt: { greater_than_equal: since } },
    { or: [{ 'reach.state': { exists: false } }, { 'reach.state': { equals: 'ok' } }] },
    ownPostsWhere,
  ]
  const find = (where: Where, sort: string) =>
    payload.find({
      collection: DELIVERIES,
      depth: 0,
      limit: MAX_PER_RUN,
      overrideAccess: true,
      pagination: false,
      select: { externalId: true, reach: true },
      sort,
      where: { and: [...base, where] },
    })
  // Two queries rather than one sort: databases disagree on where empty values sort.
  const never = await find({ 'reach.fetchedAt': { exists: false } }, '-sentAt')
  const old = await find({ 'reach.fetchedAt': { less_than: stale } }, 'reach.fetchedAt')
  // Both queries ask for copies with an externalId, which the generated type leaves optional.
  return [...never.docs, ...old.docs] as unknown as Delivery[]
}

const store = (payload: Payload, id: number | string, reach: Reach) =>
  payload.db.updateOne({ collection: DELIVERIES, data: { reach }, id, returning: false })

/**
 * The daily reach run: for each fanpage account that can read its Page, the reactions, comments
 * and shares of its recent copies, and their impressions where Facebook still gives them. A rate
 * limit or usage above 90 % stops the account's run and holds its calls (the sending path waits
 * too); a copy deleted on Facebook keeps its last figures and is not read again.
 */
export const fetchReach = async (
  payload: Payload,
  options: { now?: Date; windowDays?: number } = {},
): Promise<ReachReport> => {
  const now = options.now ?? new Date()
  const { graph } = fanoutContext(payload).options
  const report: ReachReport = { accounts: 0, errors: [], gone: 0, updated: 0 }
  // Notes are stored with the reach: in the install's language.
  const t = await installFanoutT(payload)

  for (const doc of await enabledAccounts(payload, 'fanpage')) {
    if (!canReadPage(payload, doc, now)) continue
    report.accounts++
    const token = toChannelAccount(payload, doc).secret!
    // Set once insights fail for the whole Page (retired metric, missing permission): no more asking.
    let insightsNote: null | string = null
    for (const delivery of await copiesToRead(
      payload,
      doc,
      now,
      options.windowDays ?? REACH_WINDOW_DAYS,
    )) {
      const previous = delivery.reach ?? {}
      let engagement: Engagement
      let holdUntil: Date | null
      try {
        const read = await fetchEngagement(graph, token, delivery.externalId)
        engagement = read.engagement
        holdUntil = read.throttleUntil
      } catch (error) {
        const failure = reachFailure(error, now, t)
        if (failure.kind === 'gone') {
          await store(payload, delivery.id, {
            ...previous,
            fetchedAt: now.toISOString(),
            note: failure.message,
            state: 'gone',
          })
          report.gone++
          continue
        }
        report.errors.push(`${delivery.externalId}: ${failure.message}`)
        if (failure.kind === 'wait') await throttleAccount(payload, doc, failure.until!)
        if (failure.kind === 'wait' || failure.kind === 'stop') break
        continue
      }

      let impressions: Impressions = {
        impressions: previous.impressions ?? null,
        impressionsUnique: previous.impressionsUnique ?? null,
      }
      // Held before insights were asked: the impressions stay as last read, with their note.
      let note = insightsNote ?? (holdUntil ? (previous.note ?? null) : null)
      if (!insightsNote && !holdUntil) {
        try {
          const read = await fetchImpressions(graph, token, delivery.externalId)
          impressions = read.impressions
          note =
            impressions.impressions == null && impressions.impressionsUnique == null
              ? t('fanout:impressionsEmpty')
              : null
          holdUntil = read.throttleUntil
        } catch (error) {
          const failure = impressionsFailure(error, now, t)
          note = failure.message
          if (failure.forPage) {
            insightsNote = failure.message
            impressions = { impressions: null, impressionsUnique: null }
          }
          if (failure.kind === 'wait') holdUntil = failure.until!
          if (failure.kind === 'stop')
            report.errors.push(`${delivery.externalId}: ${failure.message}`)
        }
      } else if (insightsNote) impressions = { impressions: null, impressionsUnique: null }

      await store(payload, delivery.id, {
        ...engagement,
        ...impressions,
        fetchedAt: now.toISOString(),
        note,
        state: 'ok',
      })
      report.updated++
      if (holdUntil) {
        // Usage is near the limit: the rest waits for tomorrow's run (or the next one after the hold).
        await throttleAccount(payload, doc, holdUntil)
        break
      }
    }
  }
  return report
}
