import type { Where } from 'payload'

import type { Listing } from '../types'

import { BIP_SOURCES } from '../constants'
import { absenceCounts } from '../rules/disappearance'
import { parseListing } from '../rules/listing'
import { checkEntry, type Sighting } from './check-entry'
import { describeFailure, type Entry, type PollContext } from './context'
import { conditionalGet, type Validators } from './http'
import { importEntry } from './import-entry'

type Doc = 'feed' | 'sitemap'
type Read = { doc: Doc; listing: Listing; url: string; validators: Validators }

const findEntries = async (ctx: PollContext, where: Where, limit = 0) =>
  (
    await ctx.payload.find({
      collection: ctx.options.collections.bipReferences,
      depth: 0,
      limit,
      overrideAccess: true,
      pagination: limit > 0,
      sort: 'bipWatch.checkedAt',
      where,
    })
  ).docs as Entry[]

/** Reads the feed and the sitemap, each with the validators of its last complete read. */
const readListings = async (ctx: PollContext, stored: Partial<Record<Doc, Validators>>) => {
  const { source, t } = ctx
  const reads: Read[] = []
  for (const doc of ['feed', 'sitemap'] as const) {
    const url = (doc === 'feed' ? source.feedUrl : source.sitemapUrl)?.trim()
    if (!url) continue
    const what = t(doc === 'feed' ? 'bipWatch:whatFeed' : 'bipWatch:whatSitemap')
    const fetched = await conditionalGet(url, ctx.options.http, stored[doc])
    if (fetched.kind === 'not_modified') continue
    if (fetched.kind !== 'ok') {
      ctx.errors.push(describeFailure(ctx, what, fetched))
      continue
    }
    const listing = parseListing(fetched.body, url)
    if (!listing) {
      ctx.errors.push(t('bipWatch:errorFormat', { what }))
      continue
    }
    if (doc === 'feed' && source.feedComplete) listing.complete = true
    reads.push({ doc, listing, url, validators: fetched.validators })
  }
  return reads
}

/**
 * One listing, acted on: drafts it lists are checked (and published when their page shows them),
 * published entries it lists as changed are read again, unknown entries are imported, and when
 * the listing is complete, published entries of this source missing from it have their page read.
 * True when all of it was done, so the listing's validators may be kept (otherwise the next poll
 * reads it in full again and nothing is lost behind a 304).
 */
const actOnListing = async (ctx: PollContext, read: Read): Promise<boolean> => {
  const { listing } = read
  const urls = [...new Set(listing.entries.map((e) => e.url))]
  const known = new Map<string, Entry>()
  for (let i = 0; i < urls.length; i += 200) {
    for (const entry of await findEntries(ctx, { url: { in: urls.slice(i, i + 200) } })) {
      known.set(entry.url, entry)
    }
  }
  let done = true
  let imports = 0
  for (const listed of listing.entries) {
    const sighting: Sighting = { kind: read.doc, listed, url: read.url }
    const entry = known.get(listed.url)
    if (!entry) {
      if (!ctx.source.importNew) continue
      if (imports >= ctx.options.limits.imports) {
        done = false
        continue
      }
      imports++
      if (!(await importEntry(ctx, sighting))) done = false
      continue
    }
    known.delete(listed.url)
    const watch = entry.bipWatch ?? {}
    const changed =
      listed.updatedAt && (!watch.listedUpdatedAt || listed.updatedAt > watch.listedUpdatedAt)
    if (entry.state === 'withdrawn') continue
    if (entry.state === 'draft' || !watch.seenAt || changed) {
      if ((await checkEntry(ctx, entry, sighting)) === 'error') done = false
    }
  }
  if (!absenceCounts(listing)) return done
  const listed = new Set(urls)
  const missing = await findEntries(ctx, {
    and: [{ 'bipWatch.source': { equals: ctx.source.id } }, { state: { equals: 'published' } }],
  })
  for (const entry of missing.filter((e) => !listed.has(e.url))) {
    if ((await checkEntry(ctx, entry)) === 'error') done = false
  }
  return done
}

/** Published entries of this source whose page was not read for a while, the longest first. */
const recheck = async (ctx: PollContext) => {
  const { limits } = ctx.options
  const before = new Date(ctx.now.getTime() - limits.recheckAfterMs).toISOString()
  const due = await findEntries(
    ctx,
    {
      and: [
        { 'bipWatch.source': { equals: ctx.source.id } },
        { state: { equals: 'published' } },
        {
          or: [
            { 'bipWatch.checkedAt': { exists: false } },
            { 'bipWatch.checkedAt': { less_than_equal: before } },
          ],
        },
      ],
    },
    limits.rechecks,
  )
  for (const entry of due) await checkEntry(ctx, entry)
}

/** One poll of one source; its health records the outcome. Returns the errors met. */
export const pollSource = async (ctx: PollContext) => {
  const { payload, source } = ctx
  const stored = (source.health?.validators ?? {}) as Partial<Record<Doc, Validators>>
  const validators = { ...stored }
  for (const read of await readListings(ctx, stored)) {
    if (await actOnListing(ctx, read)) validators[read.doc] = read.validators
    else delete validators[read.doc]
  }
  await recheck(ctx)
  const at = ctx.now.toISOString()
  const failed = ctx.errors.length > 0
  await payload.update({
    collection: BIP_SOURCES,
    data: {
      health: {
        ...source.health,
        lastError: failed ? ctx.errors.slice(0, 10).join('\n') : source.health?.lastError,
        lastErrorAt: failed ? at : source.health?.lastErrorAt,
        lastPollAt: at,
        lastSuccessAt: failed ? source.health?.lastSuccessAt : at,
        validators,
      },
    },
    depth: 0,
    id: source.id,
    overrideAccess: true,
  })
  return ctx.errors
}
