import type { ListedEntry } from '../types'

import { polishDate } from '../../../src/domain/dates'
import { pageFate } from '../rules/disappearance'
import { comparePage, readEntryPage } from '../rules/entry-page'
import { describeFailure, type Entry, type PollContext, saveEntry } from './context'
import { conditionalGet } from './http'

export type Sighting = { kind: 'feed' | 'sitemap'; listed: ListedEntry; url: string }
export type CheckOutcome = 'changed' | 'error' | 'gone' | 'present' | 'published' | 'unverified'

const earlier = (a: null | string | undefined, b: Date) =>
  a && new Date(a).getTime() <= b.getTime() ? a : b.toISOString()

/** "Seen in BIP feed … at …": where the entry was seen, kept on it as the reason it counts as published. */
export const seenVia = (ctx: PollContext, sighting: Sighting) =>
  ctx.t(sighting.kind === 'feed' ? 'bipWatch:seenInFeed' : 'bipWatch:seenInSitemap', {
    at: polishDate(ctx.now.toISOString(), true),
    url: sighting.url,
  })

/**
 * Reads an entry's page and acts on it. A draft seen in a listing whose page shows it (its title
 * or case reference) is published, dated by its metryczka: the fan-out then releases the posts
 * waiting for it, as when a person ticks "published". A published entry whose page now says
 * another title or case reference takes them (the changed flow: the change register and the audit
 * record it); one whose page is gone (410, or 404 twice running) is withdrawn (the withdrawn flow).
 * Any other failure changes nothing and is reported.
 */
export const checkEntry = async (
  ctx: PollContext,
  entry: Entry,
  sighting?: Sighting,
): Promise<CheckOutcome> => {
  const { now, t } = ctx
  const watch = entry.bipWatch ?? {}
  const seen = sighting
    ? {
        listedUpdatedAt: sighting.listed.updatedAt ?? watch.listedUpdatedAt,
        seenAt: watch.seenAt ?? now.toISOString(),
        seenVia: watch.seenVia ?? seenVia(ctx, sighting),
      }
    : {}
  const fetched = await conditionalGet(entry.url, ctx.options.http)
  if (fetched.kind !== 'ok') {
    const status = fetched.kind === 'http' ? fetched.status : null
    const fate = pageFate(status, watch.notFoundStrikes ?? 0)
    const strikes = status === 404 || status === 410 ? (watch.notFoundStrikes ?? 0) + 1 : 0
    if (fate === 'gone' || fate === 'check_later') {
      const withdraw = fate === 'gone' && entry.state === 'published'
      await saveEntry(
        ctx,
        entry,
        {
          ...seen,
          checkedAt: now.toISOString(),
          note:
            fate === 'gone' ? t('bipWatch:noteGone', { status }) : t('bipWatch:noteNotFoundOnce'),
          notFoundStrikes: strikes,
        },
        withdraw ? { state: 'withdrawn' } : {},
      )
      return fate === 'gone' ? 'gone' : 'error'
    }
    const detail = describeFailure(ctx, entry.url, fetched)
    ctx.errors.push(detail)
    // The listed change stays unseen, so the next reading of the listing checks the page again.
    const { listedUpdatedAt: _unseen, ...sighted } = seen
    await saveEntry(ctx, entry, { ...sighted, checkedAt: now.toISOString(), note: detail })
    return 'error'
  }
  const page = readEntryPage(fetched.body, now)
  const verdict = comparePage(entry, page)
  const base = {
    ...seen,
    checkedAt: now.toISOString(),
    metryczka: page.metryczka,
    notFoundStrikes: 0,
  }
  const { caseReference, title } = verdict.changes
  // The URL is the entry's identity once published: a page that says another title and case
  // reference is the same entry changed. A draft's page must show it before it counts.
  const changed = entry.state === 'published' && !!(caseReference || title)
  if (!verdict.verified && !changed) {
    await saveEntry(ctx, entry, { ...base, note: t('bipWatch:noteNotVerified') })
    return 'unverified'
  }
  const verified = {
    ...base,
    note: t('bipWatch:noteVerified', {
      by: t(verdict.by === 'caseReference' ? 'bipWatch:by-caseReference' : 'bipWatch:by-title'),
    }),
    verifiedAt: now.toISOString(),
  }
  if (entry.state === 'draft') {
    if (!sighting) {
      await saveEntry(ctx, entry, verified)
      return 'present'
    }
    const publishedAt = earlier(page.metryczka.publishedAt ?? sighting.listed.publishedAt, now)
    const producedAt = entry.producedAt ?? page.metryczka.producedAt
    await saveEntry(ctx, entry, verified, {
      producedAt: producedAt && producedAt <= publishedAt ? producedAt : entry.producedAt,
      publishedAt,
      responsiblePerson: entry.responsiblePerson || page.metryczka.responsible || null,
      state: 'published',
    })
    return 'published'
  }
  if (changed) {
    const what = [
      title ? t('bipWatch:changedTitle', title) : null,
      caseReference ? t('bipWatch:changedReference', caseReference) : null,
    ].filter(Boolean)
    await saveEntry(
      ctx,
      entry,
      { ...verified, note: t('bipWatch:noteChanged', { what: what.join(', ') }) },
      {
        ...(title ? { title: title.to } : {}),
        ...(caseReference ? { caseReference: caseReference.to } : {}),
      },
    )
    return 'changed'
  }
  await saveEntry(ctx, entry, verified)
  return 'present'
}
