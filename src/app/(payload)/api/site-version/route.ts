import config from '@payload-config'
import { getPayload } from 'payload'

import { SITE_VERSION } from '../../../../../plugins/site-version/exports/slugs'

export const dynamic = 'force-dynamic'

/**
 * The public site's content version for the web processes' page caches (src/server/page-cache),
 * read about once a second by each: one row straight from the database adapter, without the
 * REST API's request setup (its translations alone cost more than the read).
 */
export const GET = async () => {
  const payload = await getPayload({ config })
  const doc = (await payload.db.findGlobal({ slug: SITE_VERSION })) as { version?: null | string }
  return Response.json(
    { version: doc?.version ?? '' },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
