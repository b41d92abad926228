import type { ReactNode } from 'react'

/**
 * What every residents' page has around its content: skip link, header with the gmina's name and
 * the main navigation, one main landmark (#tresc) and the footer. Shared by the route group's
 * layout and the global 404 page, which Next renders without that layout.
 */
export const SiteFrame = ({ children, name }: { children: ReactNode; name: string }) => (
  <>
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
        <p className="footer-name">{name}</p>
        <p>
          Oficjalnym miejscem publikacji informacji publicznej jest Biuletyn Informacji Publicznej;
          każda informacja publiczna na tej stronie prowadzi do swojego wpisu w BIP.
        </p>
        <nav aria-label="Informacje o serwisie">
          <ul className="footer-links">
            <li>
              <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a>
            </li>
            <li>
              <a href="/zasady-dyskusji">Zasady dyskusji w mediach społecznościowych</a>
            </li>
            <li>
              <a href="/rejestr-moderacji">Rejestr moderacji</a>
            </li>
            <li>
              <a href="/oficjalne-profile">Oficjalne profile gminy</a>
            </li>
            <li>
              <a href="/kanaly-rss">Kanały RSS</a>
            </li>
            <li>
              <a href="/newsletter">Newsletter e-mail</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  </>
)
