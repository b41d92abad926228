import type { Payload } from 'payload'

import {
  type AccountDoc,
  classifyGraphError,
  fanoutOptions,
  graphCall,
  throttleAccount,
  toChannelAccount,
} from '../../fanout/exports/server'
import { PAGE_SIZE, POST_FIELDS } from '../constants'
import { nextCursor, passSince, unixSeconds, windowStart } from '../rules/page-window'
import type { ResolvedOptions } from '../types'
import {
  type GraphPagePost,
  markGone,
  type Pass,
  pruneBefore,
  readState,
  saveState,
  storePage,
} from './store'

export type PageReadOutcome = {
  error: null | string
  gone: number
  /** The pass stopped for a rate limit or usage near it; the next run resumes it. */
  held: boolean
  stored: number
}

type ListBody = { data?: GraphPagePost[]; paging?: unknown }

const iso = (at: Date | null) => at?.toISOString() ?? null
const dateOf = (value: null | string | undefined) => (value ? new Date(value) : null)

/**
 * One run over one Page: continues the pass a rate limit stopped (from the oldest post it had
 * reached, by time), or starts a new one from `passSince`. Follows `paging.next` newest first; a
 * rate limit or usage above 90 % holds the account (every reader of the Page waits, as the
 * sending path does) and leaves the pass to resume. A complete pass marks posts it no longer
 * lists as deleted on Facebook, and lets go of posts older than the report window.
 */
export const readPage = async (
  payload: Payload,
  options: ResolvedOptions,
  doc: AccountDoc,
  now: Date,
): Promise<PageReadOutcome> => {
  const account = toChannelAccount(payload, doc)
  const pageId = account.settings.pageId ? String(account.settings.pageId) : null
  const outcome: PageReadOutcome = { error: null, gone: 0, held: false, stored: 0 }
  if (!pageId || !account.secret) return outcome
  const state = await readState(payload, pageId)
  const resuming = !!(state.passStartedAt && state.passSince)
  const pass: Pass = resuming
    ? { pageId, since: new Date(state.passSince!), startedAt: new Date(state.passStartedAt!) }
    : {
        pageId,
        since: passSince({
          completedThrough: dateOf(state.completedThrough),
          now,
          rereadDays: options.rereadDays,
          windowMonths: options.windowMonths,
        }),
        startedAt: now,
      }
  // The run's query stays the same while it follows the cursors; `reached` is where a resumed run starts.
  const until = resuming ? dateOf(state.passUntil) : null
  let reached = until
  let after: null | string = null
  const progress = () => ({
    passSince: iso(pass.since),
    passStartedAt: iso(pass.startedAt),
    passUntil: iso(reached),
  })
  for (;;) {
    const params: Record<string, string> = {
      fields: POST_FIELDS,
      limit: String(PAGE_SIZE),
      since: unixSeconds(pass.since),
    }
    // `until` is inclusive: the posts of the second the pass stopped at are read again (and not stored twice).
    if (until) params.until = unixSeconds(until)
    if (after) params.after = after
    let body: ListBody
    let holdUntil: Date | null
    try {
      const answer = await graphCall<ListBody>(
        fanoutOptions(payload).graph,
        account.secret,
        'GET',
        `${pageId}/published_posts`,
        params,
      )
      body = answer.body
      holdUntil = answer.throttleUntil
    } catch (error) {
      const verdict = classifyGraphError(error)
      outcome.error = verdict.message
      await saveState(payload, state.id, { ...progress(), lastError: verdict.message })
      if (verdict.kind === 'wait') {
        outcome.held = true
        await throttleAccount(payload, doc, new Date(now.getTime() + verdict.afterMs))
      }
      return outcome
    }
    const page = await storePage(payload, options, pass, body.data ?? [])
    outcome.stored += page.stored
    if (page.oldest && (!reached || page.oldest < reached)) reached = page.oldest
    after = nextCursor(body.paging)
    if (!after) {
      outcome.gone = await markGone(payload, pass)
      await pruneBefore(payload, pageId, windowStart(now, options.windowMonths))
      await saveState(payload, state.id, {
        completedThrough: iso(pass.startedAt),
        lastError: null,
        passSince: null,
        passStartedAt: null,
        passUntil: null,
      })
      return outcome
    }
    await saveState(payload, state.id, progress())
    if (holdUntil) {
      outcome.held = true
      await throttleAccount(payload, doc, holdUntil)
      return outcome
    }
  }
}
