import type { Metadata } from 'next'

import { CATEGORIES, CATEGORY_SLUGS } from '../../../domain/taxonomy'
import { publicUnits } from '../../../public/site'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Kanały RSS' }

const siteUrl = () => (process.env.SERVER_URL || '').replace(/\/$/, '')

/** Every feed with its full address, ready to paste into any RSS reader. */
export default async function FeedsPage() {
  const units = await publicUnits()
  const base = siteUrl()
  const feed = (path: string, title: string) => (
    <li key={path}>
      <a href={path} type="application/rss+xml">
        {title}
      </a>
      <br />
      <code>{`${base}${path}`}</code>
    </li>
  )
  return (
    <>
      <h1>Kanały RSS</h1>
      <p className="lead">
        RSS pozwala śledzić aktualności gminy w dowolnym czytniku (np. Feedly, Inoreader,
        Thunderbird, aplikacja na telefon) – bez konta w mediach społecznościowych i bez podawania
        adresu e-mail.
      </p>
      <p>
        Skopiuj adres wybranego kanału i wklej go w czytniku jako nową subskrypcję. Informacja
        publiczna pojawia się w kanałach dopiero po opublikowaniu jej w BIP, z odnośnikiem do wpisu
        w BIP.
      </p>
      <h2>Wszystkie aktualności</h2>
      <ul>{feed('/feeds/all.xml', 'Wszystkie aktualności')}</ul>
      <h2>Według jednostki</h2>
      <ul>{units.map((u) => feed(`/feeds/units/${u.slug}.xml`, u.name))}</ul>
      <h2>Według kategorii</h2>
      <ul>
        {CATEGORIES.map((c) =>
          feed(`/feeds/categories/${CATEGORY_SLUGS[c.value]}.xml`, c.label.pl),
        )}
      </ul>
    </>
  )
}
