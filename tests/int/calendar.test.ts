/**
 * The editorial calendar over real HTTP: the period's posts with the user's own access and
 * filters, Polish refusals of bad input, moves through the posts API (refused or allowed, and
 * audited), and the secret ICS feed (issued, replaced, revoked, its content).
 */
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, dayOf, zonedInstant } from '../../plugins/desk/rules/zoned-time'
import type { CalendarData } from '../../plugins/desk/types'
import { startApiServer } from '../helpers/api-server'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

const TZ = 'Europe/Warsaw'
const PASSWORD = 'Haslo-testowe-1'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
const auth: Record<'approver' | 'editor' | 'officeEditor', string> = {
  approver: '',
  editor: '',
  officeEditor: '',
}
const ids: Record<string, number> = {}

// A week ten days ahead, so nothing in it is due during the test.
const today = dayOf(new Date(), TZ)
const base = addDays(today, 10)
const week = { from: base, to: addDays(base, 7) }
const time = (day: string, hour: number, minute = 0) =>
  zonedInstant({ day, hour, minute }, TZ).toISOString()

const calendar = async (who: keyof typeof auth | null, query: Record<string, string>) => {
  const res = await api.send(
    'GET',
    `/api/desk/calendar?${new URLSearchParams(query)}`,
    who && auth[who],
  )
  return { ...res, data: res.body as CalendarData }
}
const titles = (data: CalendarData) => data.events.map((e) => e.title)

const auditOf = async (id: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      where: {
        and: [{ documentCollection: { equals: 'posts' } }, { documentId: { equals: String(id) } }],
      },
    })
  ).docs

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  for (const who of Object.keys(auth) as (keyof typeof auth)[])
    auth[who] = await api.login(g[who].email, PASSWORD)

  const trip = await draftPost(payload, g.editor, g.school, {
    category: 'culture',
    channels: ['rss'],
    publishAt: time(addDays(base, 1), 10, 15),
    title: 'Wycieczka do muzeum',
  })
  await act(payload, g.editor, trip.id, 'submit')
  await act(payload, g.approver, trip.id, 'approve')
  ids.trip = trip.id

  const match = await draftPost(payload, g.editor, g.school, {
    category: 'sport',
    channels: ['newsletter'],
    publishAt: time(addDays(base, 3), 17),
    title: 'Mecz szkolny',
  })
  ids.match = match.id

  const notice = await draftPost(payload, g.officeEditor, g.office, {
    category: 'official',
    channels: ['rss'],
    publishAt: time(addDays(base, 2), 8),
    title: 'Szkic komunikatu urzędu',
  })
  ids.notice = notice.id

  // Public information approved now, its BIP entry still a draft: published, but held.
  const held = await draftPost(payload, g.officeEditor, g.office, {
    bipReference: g.bipDraft.id,
    category: 'official',
    channels: ['rss'],
    informationType: 'public_information',
    title: 'Projekt uchwały; konsultacje, etap 1',
  })
  await act(payload, g.officeEditor, held.id, 'submit')
  await act(payload, g.approver, held.id, 'approve')
  ids.held = held.id
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('the calendar endpoint', () => {
  it('places planned posts by publishAt and published ones by publishedAt, for the user’s access', async () => {
    const approver = await calendar('approver', week)
    expect(approver.status).toBe(200)
    expect(titles(approver.data)).toEqual([
      'Wycieczka do muzeum',
      'Szkic komunikatu urzędu',
      'Mecz szkolny',
    ])
    expect(approver.data.events[0]).toMatchObject({
      at: time(addDays(base, 1), 10, 15),
      heldForBip: false,
      href: `/admin/collections/posts/${ids.trip}`,
      kind: 'planned',
      state: 'approved',
      unit: { name: 'Szkoła Podstawowa w Testowie' },
    })
    // The school's editor reads only the school's work.
    expect(titles((await calendar('editor', week)).data)).toEqual([
      'Wycieczka do muzeum',
      'Mecz szkolny',
    ])
    expect(titles((await calendar('officeEditor', week)).data)).toEqual(['Szkic komunikatu urzędu'])

    const now = { from: addDays(today, -1), to: addDays(today, 2) }
    const published = (await calendar('approver', now)).data.events
    expect(published).toMatchObject([{ heldForBip: true, kind: 'published', state: 'published' }])
    // Held from residents, so not readable by another unit's editor either.
    expect((await calendar('editor', now)).data.events).toEqual([])
  })

  it('filters by unit, category and channel', async () => {
    expect(
      titles((await calendar('approver', { ...week, unit: String(g.office.id) })).data),
    ).toEqual(['Szkic komunikatu urzędu'])
    expect(titles((await calendar('approver', { ...week, category: 'sport' })).data)).toEqual([
      'Mecz szkolny',
    ])
    expect(titles((await calendar('approver', { ...week, channel: 'rss' })).data)).toEqual([
      'Wycieczka do muzeum',
      'Szkic komunikatu urzędu',
    ])
  })

  it('refuses the anonymous and bad input with a Polish 4xx', async () => {
    const anonymous = await calendar(null, week)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Zaloguj się, aby zobaczyć kalendarz.')
    const cases: [string, string][] = [
      [
        'from=2026-02-30&to=2026-03-05',
        'Podaj początek okresu (from) jako datę w formacie RRRR-MM-DD.',
      ],
      ['from=2026-03-01&to=jutro', 'Podaj koniec okresu (to) jako datę w formacie RRRR-MM-DD.'],
      [
        'from=2026-01-01&to=2026-12-31',
        'Koniec okresu musi przypadać po jego początku, najwyżej 62 dni później.',
      ],
      ['from[gt]=1&to=2026-03-05', 'Podaj początek okresu (from) jako datę w formacie RRRR-MM-DD.'],
      ['from=2026-03-01&to=2026-03-05&unit=1%20OR%201', 'Nieprawidłowy identyfikator jednostki.'],
      ['from=2026-03-01&to=2026-03-05&channel=tiktok', 'Nieznany kanał.'],
    ]
    for (const [query, message] of cases) {
      const res = await api.send('GET', `/api/desk/calendar?${query}`, auth.approver)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message, query).toBe(message)
    }
  })
})

describe('moving a post', () => {
  it('refuses an editor moving an approved post: it stays, nothing is audited', async () => {
    const before = await auditOf(ids.trip)
    const res = await api.send('PATCH', `/api/posts/${ids.trip}`, auth.editor, {
      publishAt: time(addDays(base, 4), 10, 15),
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Nie możesz wykonać tej akcji.')
    const post = await payload.findByID({ collection: 'posts', id: ids.trip, overrideAccess: true })
    expect(post.publishAt).toBe(time(addDays(base, 1), 10, 15))
    expect(await auditOf(ids.trip)).toHaveLength(before.length)
  })

  it('lets an approver move it, audited in their name, and the calendar follows', async () => {
    const to = time(addDays(base, 4), 10, 15)
    const res = await api.send('PATCH', `/api/posts/${ids.trip}`, auth.approver, { publishAt: to })
    expect(res.status).toBe(200)
    const last = (await auditOf(ids.trip)).at(-1)!
    expect(last.summary).toMatch(/^publikacja od: /)
    expect(String(last.user)).toBe(String(g.approver.id))
    const moved = (await calendar('approver', week)).data.events.find((e) => e.id === ids.trip)
    expect(moved?.at).toBe(to)
  })

  it('lets an editor move their own draft', async () => {
    const to = time(addDays(base, 5), 9)
    const res = await api.send('PATCH', `/api/posts/${ids.match}`, auth.editor, { publishAt: to })
    expect(res.status).toBe(200)
    expect(res.body.doc.publishAt).toBe(to)
  })
})

describe('the ICS feed', () => {
  const ics = (url: string) => fetch(url.replace(/^https?:\/\/[^/]+/, api.base))
  const storedHash = async (id: number) =>
    (
      await payload.findByID({
        collection: 'users',
        id,
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).calendarFeedTokenHash

  it('is issued to the signed-in user only, and stored as a hash nobody reads', async () => {
    expect((await api.send('POST', '/api/desk/calendar/feed', null)).status).toBe(401)
    const issued = await api.send('POST', '/api/desk/calendar/feed', auth.editor)
    expect(issued.status).toBe(200)
    const token = new URL(issued.body.url).searchParams.get('token')!
    expect(token).toMatch(/^[\w-]{43}$/)
    expect(await storedHash(g.editor.id)).toBe(createHash('sha256').update(token).digest('hex'))
    const me = await api.send('GET', '/api/users/me', auth.editor)
    expect(me.text).not.toContain('calendarFeedTokenHash')
    // Nobody writes it through the API, not even for their own account.
    await api.send('PATCH', `/api/users/${g.editor.id}`, auth.editor, {
      calendarFeedTokenHash: 'x',
    })
    expect(await storedHash(g.editor.id)).toBe(createHash('sha256').update(token).digest('hex'))
  })

  it('lists the posts its owner may read, as RFC 5545 asks', async () => {
    const { url } = (await api.send('POST', '/api/desk/calendar/feed', auth.officeEditor)).body
    const res = await ics(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = await res.text()
    const lines = text.split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain(`UID:post-${ids.notice}@`)
    expect(unfolded).toContain(`DTSTART:${time(addDays(base, 2), 8).replace(/[-:]|\.\d{3}/g, '')}`)
    expect(unfolded).toContain('SUMMARY:Projekt uchwały\\; konsultacje\\, etap 1')
    expect(unfolded).toContain('DESCRIPTION:Stan: Czeka na BIP\\nJednostka: Urząd Gminy Testowo')
    expect(unfolded).toMatch(
      new RegExp(`URL:http://[^\\r]+/admin/collections/posts/${ids.held}\\r`),
    )
    // The school's posts are not the office editor's to read.
    expect(unfolded).not.toContain(`UID:post-${ids.trip}@`)
  })

  it('stops working when replaced or revoked', async () => {
    const first = (await api.send('POST', '/api/desk/calendar/feed', auth.approver)).body.url
    expect((await ics(first)).status).toBe(200)
    const second = (await api.send('POST', '/api/desk/calendar/feed', auth.approver)).body.url
    const old = await ics(first)
    expect(old.status).toBe(404)
    expect((await old.json()).errors[0].message).toMatch(/adres wyłączono albo zastąpiono/)
    expect((await ics(second)).status).toBe(200)
    expect((await api.send('DELETE', '/api/desk/calendar/feed', auth.approver)).status).toBe(200)
    expect((await ics(second)).status).toBe(404)
    expect(await storedHash(g.approver.id)).toBeNull()
    expect((await fetch(`${api.base}/api/desk/calendar.ics?token=nonsense`)).status).toBe(404)
  })
})
