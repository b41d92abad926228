import { cache } from 'react'

import { resolveStatement } from '../domain/accessibility-statement'
import { ACCESSIBILITY_STATEMENT } from '../domain/slugs'
import { siteName, sitePayload } from './site'

/**
 * The published accessibility statement, read as an anonymous visitor. Without SERVER_URL the
 * statement links the site's home page relatively: an address taken from the request's Host
 * could end up in a page another host is served.
 */
export const accessibilityStatement = cache(async () => {
  const payload = await sitePayload()
  const stored = await payload.findGlobal({
    depth: 0,
    overrideAccess: false,
    slug: ACCESSIBILITY_STATEMENT,
  })
  return resolveStatement(stored, {
    entityName: await siteName(),
    siteUrl: (process.env.SERVER_URL || '').replace(/\/$/, '') || '/',
  })
})
