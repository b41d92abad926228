import type { Payload } from 'payload'
import type React from 'react'

import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  loadRegister,
  registerChannels,
  registerMonths,
} from '../../src/moderation/public-register'
import type { Complaint } from '../../src/payload-types'
import { startApiServer } from '../helpers/api-server'
import { completedByCollection } from '../helpers/data'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { createEntry, type EntryDoc, publishRules, RESIDENT } from '../helpers/moderation'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
const e: Record<string, EntryDoc> = {}
type Page = (props: {
  searchParams: Promise<Record<string, string>>
}) => Promise<React.ReactElement>
// The pages import the config, which reads DATABASE_URI as it loads: only after startPayload set it.
let RegisterPage: Page
let ComplaintPage: Page

// Known data set: Fanpage urzędu has 3 acts in May 2025 (one just after midnight of 1 June in
// Warsaw is June's) and 1 in June; the OSP profile has 1 in May.
beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  const rules = await publishRules(payload, g.approver)
  const entry = (key: string, data: Record<string, unknown>) =>
    createEntry(payload, g.approver, {
      rule: { point: 2, rules: rules.id },
      snapshot: {
        authorName: RESIDENT.name,
        authorProfileUrl: RESIDENT.profile,
        text: RESIDENT.text,
      },
      ...data,
    }).then((doc) => (e[key] = doc))
  await entry('mayRemoved', {
    channelName: 'Fanpage urzędu',
    occurredAt: '2025-05-03T10:00:00.000Z',
  })
  await entry('mayHidden', {
    action: 'comment_hidden',
    channelName: 'Fanpage urzędu',
    occurredAt: '2025-05-20T10:00:00.000Z',
  })
  await entry('mayBlocked', {
    action: 'user_blocked',
    channelName: 'Fanpage urzędu',
    occurredAt: '2025-05-31T21:30:00.000Z',
  })
  await entry('juneFirst', {
    channelName: 'Fanpage urzędu',
    occurredAt: '2025-05-31T22:30:00.000Z',
  })
  await entry('ospMay', {
    channelName: 'Profil OSP Testowo',
    occurredAt: '2025-05-10T08:00:00.000Z',
    unit: g.osp.id,
  })
  const complaint = (entryDoc: EntryDoc, state: Complaint['state'], answer?: string) =>
    payload
      .create({
        collection: 'complaints',
        data: completedByCollection<'complaints'>({
          email: RESIDENT.email,
          entry: entryDoc.id,
          message: 'Skarga.',
          name: RESIDENT.name,
        }),
        overrideAccess: false,
        user: g.approver,
      })
      .then((c): Complaint | Promise<Complaint> =>
        state === 'received'
          ? c
          : payload.update({
              collection: 'complaints',
              data: { answer, state },
              id: c.id,
              overrideAccess: false,
              user: g.approver,
            }),
      )
  await complaint(e.mayRemoved, 'upheld', 'Komentarz przywrócony.')
  await complaint(e.mayBlocked, 'rejected', 'Blokada utrzymana.')
  await complaint(e.mayBlocked, 'received')
  await complaint(e.ospMay, 'under_review')
  api = await startApiServer(payload.config)
  RegisterPage = (await import('../../src/app/(public)/rejestr-moderacji/page')).default as Page
  ComplaintPage = (await import('../../src/app/(public)/rejestr-moderacji/skarga/page'))
    .default as Page
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const counts = (rows: { count: number; value: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.value, r.count]))

describe('register filters and counts', () => {
  it('offers the profiles and the months that have entries', async () => {
    expect(await registerChannels(payload)).toEqual([
      { name: 'Fanpage urzędu', slug: 'fanpage-urzedu' },
      { name: 'Profil OSP Testowo', slug: 'profil-osp-testowo' },
    ])
    expect(await registerMonths(payload, new Date('2025-07-15T12:00:00Z'))).toEqual([
      '2025-07',
      '2025-06',
      '2025-05',
    ])
  })

  it('counts acts per action and complaints per state for the whole register', async () => {
    const all = await loadRegister(payload, { channel: null, month: null, number: null, page: 1 })
    expect(all.entries.totalDocs).toBe(5)
    expect(counts(all.actionCounts)).toEqual({
      comment_hidden: 1,
      comment_removed: 3,
      user_blocked: 1,
      user_unblocked: 0,
    })
    expect(counts(all.complaintCounts)).toEqual({
      received: 1,
      rejected: 1,
      under_review: 1,
      upheld: 1,
    })
    // Newest first.
    expect(all.entries.docs.map((d) => d.number)).toEqual(
      [e.juneFirst, e.mayBlocked, e.mayHidden, e.ospMay, e.mayRemoved].map((d) => d.number),
    )
  })

  it('narrows to a profile and a month in Warsaw time', async () => {
    const fanpage = { name: 'Fanpage urzędu', slug: 'fanpage-urzedu' }
    const may = await loadRegister(payload, {
      channel: fanpage,
      month: '2025-05',
      number: null,
      page: 1,
    })
    expect(may.entries.docs.map((d) => d.number).sort()).toEqual(
      [e.mayRemoved, e.mayHidden, e.mayBlocked].map((d) => d.number).sort(),
    )
    expect(counts(may.actionCounts)).toEqual({
      comment_hidden: 1,
      comment_removed: 1,
      user_blocked: 1,
      user_unblocked: 0,
    })
    expect(counts(may.complaintCounts)).toEqual({
      received: 1,
      rejected: 1,
      under_review: 0,
      upheld: 1,
    })
    const june = await loadRegister(payload, {
      channel: fanpage,
      month: '2025-06',
      number: null,
      page: 1,
    })
    expect(june.entries.docs.map((d) => d.number)).toEqual([e.juneFirst.number])
    expect(counts(june.complaintCounts)).toEqual({
      received: 0,
      rejected: 0,
      under_review: 0,
      upheld: 0,
    })
    const osp = await loadRegister(payload, {
      channel: { name: 'Profil OSP Testowo', slug: 'profil-osp-testowo' },
      month: null,
      number: null,
      page: 1,
    })
    expect(osp.complaints.map((c) => [c.entryNumber, c.state])).toEqual([
      [e.ospMay.number, 'under_review'],
    ])
  })
})

describe('the public pages', () => {
  const render = async (search: Record<string, string> = {}) =>
    renderToStaticMarkup(await RegisterPage({ searchParams: Promise.resolve(search) }))
  const leaks = (html: string) =>
    [
      RESIDENT.name,
      'Kowalsk',
      RESIDENT.email,
      RESIDENT.profile,
      'jan.kowalski.77',
      'złodziej',
    ].filter((s) => html.includes(s))

  it('shows entries, the rule, the decider by function and complaint outcomes, and nothing of the resident', async () => {
    const html = await render()
    expect(html).toContain('<h1>Rejestr moderacji</h1>')
    expect(html).toContain(`id="wpis-${e.mayRemoved.number}"`)
    expect(html).toContain('Skarga uwzględniona – decyzja była błędna')
    // The blocked user's entry has a rejected and an open complaint: it shows the open one.
    expect(html).toMatch(
      new RegExp(
        `id="wpis-${e.mayBlocked.number}"[^]*?<dd class="outcome-pending">Skarga w rozpatrzeniu</dd>`,
      ),
    )
    expect(html).toMatch(
      /<tr data-state="rejected"><td data-label="Nr skargi">\d+<\/td><td data-label="Dotyczy wpisu"><a href="\/rejestr-moderacji\?nr=\d+">/,
    )
    expect(html).toContain('Osoba zatwierdzająca publikacje')
    expect(html).toMatch(
      /pkt 2 <a href="\/zasady-dyskusji\/zasady-dyskusji-na-fanpage#pkt-2">„Zasady dyskusji na fanpage”<\/a>, wersja 1/,
    )
    expect(html).toContain(`href="/rejestr-moderacji/skarga?wpis=${e.mayRemoved.number}"`)
    expect(leaks(html)).toEqual([])
  })

  it('filters with a GET form and shows the counts of the selection', async () => {
    const html = await render({ kanal: 'fanpage-urzedu', miesiac: '2025-05' })
    expect(html).toMatch(/<form [^>]*action="\/rejestr-moderacji" method="get">/)
    expect(html).toContain('Podsumowanie: Fanpage urzędu, maj 2025')
    expect(html).toMatch(
      /data-action="comment_removed"><th scope="row">Usunięcie komentarza<\/th><td>1<\/td>/,
    )
    expect(html).toMatch(/data-state="upheld"><th scope="row">Uwzględniona<\/th><td>1<\/td>/)
    expect(html).not.toContain(`id="wpis-${e.juneFirst.number}"`)
    expect(html).not.toContain(`id="wpis-${e.ospMay.number}"`)
    expect(leaks(html)).toEqual([])
  })

  it('says clearly what is wrong with a filter, and answers 404 for a page that does not exist', async () => {
    const html = await render({ kanal: 'nieznany', miesiac: '2025-13' })
    expect(html).toContain('W rejestrze nie ma wpisów z profilu „nieznany”')
    expect(html).toContain('„2025-13” nie jest miesiącem')
    await expect(render({ strona: 'abc' })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/)
    await expect(render({ strona: '9' })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })

  it('shows one entry by its number, as linked from the answer e-mail', async () => {
    const html = await render({ nr: String(e.mayBlocked.number) })
    expect(html).toContain(`id="wpis-${e.mayBlocked.number}"`)
    expect(html.match(/<li id="wpis-/g)).toHaveLength(1)
  })

  it('shows the complaint form with the chosen entry, errors next to their fields, and the confirmation', async () => {
    const page = async (search: Record<string, string>) =>
      renderToStaticMarkup(await ComplaintPage({ searchParams: Promise.resolve(search) }))
    const chosen = await page({ wpis: String(e.mayHidden.number) })
    expect(chosen).toContain('action="/api/complaints/submit"')
    expect(chosen).toContain(`Wpis nr ${e.mayHidden.number}: Ukrycie komentarza`)
    expect(chosen).toContain(`value="${e.mayHidden.number}"`)
    expect(leaks(chosen)).toEqual([])
    const errors = await page({ blad: 'email,unknown_entry,nonsense', wpis: '7' })
    expect(errors).toContain('role="alert"')
    expect(errors).toContain('id="email-blad"')
    expect(errors).toMatch(
      /id="email"[^>]*aria-describedby="email-blad"|aria-describedby="email-blad"[^>]*id="email"/,
    )
    expect(errors).toContain('W rejestrze moderacji nie ma wpisu o tym numerze')
    expect(errors).not.toContain('nonsense')
    expect(await page({ wyslano: '12' })).toContain('Przyjęliśmy skargę nr 12.')
  })
})

describe('anonymous REST', () => {
  it('lists the register without any snapshot, and complaints not at all', async () => {
    const res = await fetch(`${api.base}/api/moderation-entries?limit=100&depth=2`)
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(JSON.parse(text).totalDocs).toBe(5)
    expect(
      [RESIDENT.name, RESIDENT.email, RESIDENT.profile, 'złodziej'].filter((s) => text.includes(s)),
    ).toEqual([])
    expect((await fetch(`${api.base}/api/complaints`)).status).toBe(403)
  })
})
