import crypto from 'node:crypto'
import http from 'node:http'

/**
 * A fake Biuletyn Informacji Publicznej on loopback, answering as the common Polish BIP systems do:
 * an RSS 2.0 feed (`/rss.xml`, the 10 newest entries), an Atom feed (`/atom.xml`, the same), a
 * sitemap of every entry (`/sitemap.xml`), and entry pages (`/wpis/{slug}`) with the title in `h1`,
 * the case reference in the text and the metryczka as a table, a `dl` or labelled `div`s.
 * Listings carry a strong ETag and Last-Modified and answer 304 to `If-None-Match` (which wins) or
 * `If-Modified-Since`. A test can delay or fail the next answers for a path, and make entries vanish
 * (404 or 410) or change.
 */

export type FakeBipEntry = {
  caseReference?: string
  enteredBy?: string
  markup?: 'div' | 'dl' | 'table'
  modifiedAt?: Date
  producedAt?: Date
  producedBy?: string
  publishedAt: Date
  responsible?: string
  slug: string
  title: string
}
export type FakeBipRequest = {
  ifModifiedSince?: string
  ifNoneMatch?: string
  path: string
  status: number
}
export type FakeBip = {
  url: string
  requests: FakeBipRequest[]
  publish(entry: Omit<FakeBipEntry, 'publishedAt'> & { publishedAt?: Date }): string
  change(slug: string, patch: Partial<Omit<FakeBipEntry, 'slug'>>): void
  vanish(slug: string, status: 404 | 410): void
  /** The next `times` answers for `path` fail with `status`. */
  failNext(path: string, status: number, times?: number): void
  /** The next `times` answers for `path` come after `ms` milliseconds. */
  delayNext(path: string, ms: number, times?: number): void
  close(): Promise<void>
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const warsaw = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Warsaw' }).slice(0, 19)
const warsawDots = (d: Date) => {
  const [date, time] = warsaw(d).split(' ')
  const [y, m, day] = date.split('-')
  return `${day}.${m}.${y} ${time.slice(0, 5)}`
}

const metryczka = (e: FakeBipEntry): string => {
  const rows: [string, string][] = [
    ['Podmiot udostępniający', 'Urząd Gminy Testowo'],
    ['Wytworzył', e.producedBy ?? 'Urząd Gminy Testowo'],
    ['Data wytworzenia', warsaw(e.producedAt ?? e.publishedAt)],
    ['Wprowadził', e.enteredBy ?? 'Anna Nowak'],
    ['Data publikacji', warsaw(e.publishedAt)],
    ['Osoba odpowiedzialna', e.responsible ?? 'Jan Kowalski, Sekretarz Gminy'],
    ...(e.modifiedAt
      ? ([
          ['Zmodyfikował', 'Anna Nowak'],
          ['Data modyfikacji', warsawDots(e.modifiedAt)],
        ] as [string, string][])
      : []),
  ]
  if (e.markup === 'dl')
    return `<dl class="metryczka">${rows.map(([k, v]) => `<dt>${esc(k)}:</dt><dd>${esc(v)}</dd>`).join('')}</dl>`
  if (e.markup === 'div')
    return `<div class="metadata">${rows.map(([k, v]) => `<div class="row"><span class="label">${esc(k)}:</span> <span class="value">${esc(v)}</span></div>`).join('')}</div>`
  return `<table class="metryczka"><caption>Metryczka</caption><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`
}

const page = (e: FakeBipEntry) => `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>${esc(e.title)} – BIP Gminy Testowo</title>
<script>var tracking = "Wytworzył: nikt";</script></head>
<body><header><a href="/">Biuletyn Informacji Publicznej Gminy Testowo</a></header>
<main><article><h1>${esc(e.title)}</h1>
<p>${e.caseReference ? `Znak sprawy: ${esc(e.caseReference)}. ` : ''}Treść ogłoszenia &ndash; zapraszamy mieszkańców.</p>
${metryczka(e)}</article></main></body></html>`

export const startFakeBip = async (): Promise<FakeBip> => {
  const entries = new Map<string, FakeBipEntry>()
  const gone = new Map<string, 404 | 410>()
  const failures = new Map<string, { status: number; times: number }>()
  const delays = new Map<string, { ms: number; times: number }>()
  const requests: FakeBipRequest[] = []
  let changedAt = new Date(Date.UTC(2026, 0, 1))
  let url = ''

  const touch = () => {
    // HTTP dates have whole seconds; a change always moves Last-Modified forward.
    changedAt = new Date(Math.max(Date.now(), changedAt.getTime() + 1000))
  }
  const listed = () =>
    [...entries.values()]
      .filter((e) => !gone.has(e.slug))
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
  const link = (e: FakeBipEntry) => `${url}/wpis/${e.slug}`
  const updated = (e: FakeBipEntry) => e.modifiedAt ?? e.publishedAt

  const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>BIP Gminy Testowo</title><link>${url}/</link><description>Nowe wpisy</description>
<atom:link href="${url}/rss.xml" rel="self" type="application/rss+xml"/>
${listed()
  .slice(0, 10)
  .map(
    (e) => `<item><title><![CDATA[${e.title}]]></title><link>${link(e)}</link>
<guid isPermaLink="true">${link(e)}</guid><pubDate>${updated(e).toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`

  const atom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>BIP Gminy Testowo</title><id>${url}/</id>
<updated>${changedAt.toISOString()}</updated><link rel="self" href="${url}/atom.xml"/>
${listed()
  .slice(0, 10)
  .map(
    (e) => `<entry><title type="text">${esc(e.title)}</title><id>${link(e)}</id>
<link rel="alternate" type="text/html" href="/wpis/${e.slug}"/>
<published>${e.publishedAt.toISOString()}</published><updated>${updated(e).toISOString()}</updated></entry>`,
  )
  .join('\n')}
</feed>`

  const sitemap = () => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${listed()
  .map((e) => `<url><loc>${link(e)}</loc><lastmod>${updated(e).toISOString()}</lastmod></url>`)
  .join('\n')}
</urlset>`

  const listing = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    type: string,
    body: string,
  ) => {
    const etag = `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 32)}"`
    const lastModified = changedAt.toUTCString()
    const inm = req.headers['if-none-match']
    const ims = req.headers['if-modified-since']
    const fresh = inm
      ? inm.split(',').some((tag) => tag.trim() === etag)
      : !!ims && new Date(ims).getTime() >= Math.floor(changedAt.getTime() / 1000) * 1000
    const headers = { 'Content-Type': type, ETag: etag, 'Last-Modified': lastModified }
    if (fresh) {
      res.writeHead(304, headers).end()
      return 304
    }
    res.writeHead(200, headers).end(body)
    return 200
  }

  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    const record: FakeBipRequest = {
      ifModifiedSince: req.headers['if-modified-since'],
      ifNoneMatch: req.headers['if-none-match'],
      path,
      status: 0,
    }
    requests.push(record)
    const delay = delays.get(path)
    if (delay && delay.times > 0) {
      delay.times--
      await new Promise((r) => setTimeout(r, delay.ms))
      if (res.destroyed || req.destroyed) return
    }
    const failure = failures.get(path)
    if (failure && failure.times > 0) {
      failure.times--
      record.status = failure.status
      res.writeHead(failure.status, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end('<h1>Błąd serwera</h1>')
      return
    }
    if (path === '/rss.xml')
      record.status = listing(req, res, 'application/rss+xml; charset=utf-8', rss())
    else if (path === '/atom.xml')
      record.status = listing(req, res, 'application/atom+xml; charset=utf-8', atom())
    else if (path === '/sitemap.xml')
      record.status = listing(req, res, 'application/xml; charset=utf-8', sitemap())
    else if (path.startsWith('/wpis/')) {
      const slug = decodeURIComponent(path.slice('/wpis/'.length))
      const entry = entries.get(slug)
      record.status = gone.get(slug) ?? (entry ? 200 : 404)
      if (record.status === 200 && entry) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(entry))
      } else {
        res.writeHead(record.status, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end('<h1>Nie znaleziono strony</h1>')
      }
    } else {
      record.status = 404
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`

  return {
    change: (slug, patch) => {
      const entry = entries.get(slug)
      if (!entry) throw new Error(`no entry ${slug}`)
      entries.set(slug, { ...entry, modifiedAt: new Date(), ...patch })
      touch()
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    delayNext: (path, ms, times = 1) => delays.set(path, { ms, times }),
    failNext: (path, status, times = 1) => failures.set(path, { status, times }),
    publish: (entry) => {
      entries.set(entry.slug, { ...entry, publishedAt: entry.publishedAt ?? new Date() })
      gone.delete(entry.slug)
      touch()
      return `${url}/wpis/${entry.slug}`
    },
    requests,
    get url() {
      return url
    },
    vanish: (slug, status) => {
      gone.set(slug, status)
      touch()
    },
  }
}
