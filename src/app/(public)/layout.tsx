import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { siteName } from '../../public/site'
import './site.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const name = await siteName()
  return {
    alternates: { types: { 'application/rss+xml': [{ title: `${name} – wszystkie aktualności`, url: '/feeds/all.xml' }] } },
    description: `Aktualności, komunikaty i ogłoszenia: ${name}. Oficjalne publikacje są w Biuletynie Informacji Publicznej.`,
    metadataBase: new URL(process.env.SERVER_URL || 'http://localhost:3000'),
    title: { default: name, template: `%s · ${name}` },
  }
}

/** The residents' site: header with navigation, one main landmark, footer; Polish throughout. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const name = await siteName()
  return (
    <html lang="pl">
      <body>
        <a className="skip" href="#tresc">
          Przejdź do treści
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="site-name" href="/">
              {name}
            </a>
            <nav aria-label="Główna">
              <ul>
                <li>
                  <a href="/aktualnosci">Aktualności</a>
                </li>
                <li>
                  <a href="/newsletter">Newsletter</a>
                </li>
                <li>
                  <a href="/kanaly-rss">RSS</a>
                </li>
                <li>
                  <a href="/zasady-dyskusji">Zasady dyskusji</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main className="wrap" id="tresc" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              {name}. Oficjalnym miejscem publikacji informacji publicznej jest Biuletyn Informacji Publicznej; każda informacja publiczna na tej
              stronie prowadzi do swojego wpisu w BIP.
            </p>
            <p>
              <a href="/feeds/all.xml">Kanał RSS</a> · <a href="/newsletter">Newsletter e-mail</a> · <a href="/zasady-dyskusji">Zasady dyskusji w mediach społecznościowych</a> · <a href="/oficjalne-profile">Oficjalne profile gminy</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
