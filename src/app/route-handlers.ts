/**
 * Every route handler of the app, in one module that each `route.ts` re-exports from. Turbopack
 * gives each route handler its own server chunk of everything it imports (here the whole Payload
 * config, ~11 MB of code, held as UTF-16 in memory); routes importing the same module share one.
 * Separate, the REST API, the feeds, the coat of arms and the site version held four copies
 * (~80 MB) in every web process.
 */
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { SITE_VERSION } from '../../plugins/site-version/exports/slugs'
import { guardedRest } from '../server/api-guard'
import { gminaBrand } from '../public/brand'
import { DEFAULT_HERB_SVG } from '../public/default-herb'
import { allFeedKey, categoryFeedKey, serveFeed, unitFeedKey } from '../public/feeds'
import { sitePayload } from '../public/site'

/** Payload's REST API, each handler wrapped: forged cookie writes refused, bad input answered with a 4xx. */
export const rest = {
  DELETE: guardedRest(config, REST_DELETE(config)),
  GET: guardedRest(config, REST_GET(config)),
  OPTIONS: guardedRest(config, REST_OPTIONS(config)),
  PATCH: guardedRest(config, REST_PATCH(config)),
  POST: guardedRest(config, REST_POST(config)),
  PUT: guardedRest(config, REST_PUT(config)),
}

/**
 * The public site's content version for the web processes' page caches (src/server/page-cache),
 * read about once a second by each: one row straight from the database adapter, without the
 * REST API's request setup (its translations alone cost more than the read).
 */
export const siteVersion = async () => {
  const payload = await sitePayload()
  const doc = (await payload.db.findGlobal({ slug: SITE_VERSION })) as { version?: null | string }
  return Response.json(
    { version: doc?.version ?? '' },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

/**
 * The icon of the admin's and the residents' browser tabs: the office's uploaded coat of arms
 * (its file, where Payload serves it), or a plain default shield. Browsers ask often: cached
 * for a few minutes, so a newly uploaded coat of arms shows within them.
 */
export const herb = async () => {
  const { herb } = await gminaBrand(await sitePayload())
  const cache = 'public, max-age=300'
  if (herb)
    return new Response(null, {
      headers: { 'cache-control': cache, location: herb.url },
      status: 302,
    })
  return new Response(DEFAULT_HERB_SVG, {
    headers: { 'cache-control': cache, 'content-type': 'image/svg+xml; charset=utf-8' },
  })
}

type FileContext = { params: Promise<{ file: string }> }

export const feeds = {
  all: (request: Request) => serveFeed(request, allFeedKey()),
  category: async (request: Request, { params }: FileContext) =>
    serveFeed(request, categoryFeedKey((await params).file)),
  unit: async (request: Request, { params }: FileContext) =>
    serveFeed(request, unitFeedKey((await params).file)),
}
