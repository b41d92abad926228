import type { Metadata } from 'next'

import { NotFoundContent } from '../public/components/NotFoundContent'
import { SiteFrame } from '../public/components/SiteFrame'
import { siteName } from '../public/site'
import './(public)/site.css'
import './(public)/footer.css'

/**
 * 404 for addresses no route matches, and for notFound() that no segment's not-found catches: with
 * two root layouts (admin and public site) Next has no layout to compose it from, so without this
 * file residents got an English page, or an empty shell that only JavaScript could fill.
 */
// Rendered per request: the gmina's name comes from the database, which a build does not have.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false }, title: 'Nie znaleziono strony' }

export default async function GlobalNotFound() {
  const name = await siteName().catch(() => process.env.SITE_NAME ?? 'Serwis informacyjny gminy')
  return (
    <html lang="pl">
      <body>
        <SiteFrame name={name}>
          <NotFoundContent />
        </SiteFrame>
      </body>
    </html>
  )
}
