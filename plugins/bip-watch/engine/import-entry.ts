import type { ListedEntry } from '../types'

import { checkCaseReference, findCaseReferences } from '../../../src/domain/case-reference'
import { WATCH_FIELD } from '../constants'
import { readEntryPage } from '../rules/entry-page'
import { matchUnit } from '../rules/unit-match'
import { type Sighting, seenVia } from './check-entry'
import { describeFailure, type PollContext } from './context'
import { conditionalGet } from './http'

/**
 * An entry listed in BIP that the register does not know becomes a published BIP entry, because
 * it is in BIP: title from the listing (else the page's headline), case reference from the title
 * (else the page), producing unit from the metryczka (else the source's unit), dates from the
 * metryczka (else the listing). False when its page could not be read: it is tried again.
 */
export const importEntry = async (ctx: PollContext, sighting: Sighting): Promise<boolean> => {
  const listed: ListedEntry = sighting.listed
  const fetched = await conditionalGet(listed.url, ctx.options.http)
  if (fetched.kind !== 'ok') {
    // An entry gone before we read it is nothing to import; other failures are retried.
    if (fetched.kind === 'http' && (fetched.status === 404 || fetched.status === 410)) return true
    ctx.errors.push(describeFailure(ctx, listed.url, fetched))
    return false
  }
  const page = readEntryPage(fetched.body, ctx.now)
  const title = listed.title ?? page.headline
  if (!title) return true
  const fromTitle = findCaseReferences(title).find((ref) => checkCaseReference(ref, ctx.now).ok)
  const { metryczka } = page
  const unit =
    matchUnit(metryczka.producedBy, ctx.units) ??
    matchUnit(metryczka.sharedBy, ctx.units) ??
    (typeof ctx.source.unit === 'object' ? ctx.source.unit.id : ctx.source.unit)
  const now = ctx.now.toISOString()
  const stated = metryczka.publishedAt ?? listed.publishedAt
  const publishedAt = stated && stated <= now ? stated : now
  const producedAt =
    metryczka.producedAt && metryczka.producedAt <= publishedAt ? metryczka.producedAt : null
  await ctx.payload.create({
    collection: ctx.options.collections.bipReferences,
    context: { bipWatch: true },
    data: {
      caseReference: fromTitle ?? page.caseReferences[0] ?? null,
      producedAt,
      producingUnit: unit,
      publishedAt,
      responsiblePerson: metryczka.responsible ?? null,
      state: 'published',
      title,
      url: listed.url,
      [WATCH_FIELD]: {
        checkedAt: now,
        listedUpdatedAt: listed.updatedAt,
        metryczka,
        notFoundStrikes: 0,
        seenAt: now,
        seenVia: seenVia(ctx, sighting),
        source: ctx.source.id,
        verifiedAt: now,
      },
    },
    overrideAccess: true,
  })
  return true
}
