import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFrame } from '../../public/components/SiteFrame'
import { DEFAULT_OG_IMAGE } from '../../public/open-graph'
import { siteName } from '../../public/site'
import './site.css'
import './footer.css'
import './tables.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const name = await siteName()
  return {
    alternates: {
      types: {
        'application/rss+xml': [
          { title: `${name} – wszystkie aktualności`, url: '/feeds/all.xml' },
        ],
      },
    },
    // The office's coat of arms (src/app/herb/route.ts).
    icons: { icon: '/herb' },
    description: `Aktualności, komunikaty i ogłoszenia: ${name}. Oficjalne publikacje są w Biuletynie Informacji Publicznej.`,
    metadataBase: new URL(process.env.SERVER_URL || 'http://localhost:3000'),
    openGraph: { images: [DEFAULT_OG_IMAGE], locale: 'pl_PL', siteName: name, type: 'website' },
    title: { default: name, template: `%s · ${name}` },
  }
}

/** The residents' site: header with navigation, one main landmark, footer; Polish throughout. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const name = await siteName()
  return (
    <html lang="pl">
      <body>
        <SiteFrame name={name}>{children}</SiteFrame>
      </body>
    </html>
  )
}
