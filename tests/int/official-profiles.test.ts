import type { Payload } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'
import { publishRules } from '../helpers/rules'

type Id = number | string
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
const auth: Record<string, string> = {}
let council: Id

const TERM_8 = 'Rada Gminy Testowo VIII kadencji (2018–2024)'
const TERM_9 = 'Rada Gminy Testowo IX kadencji (2024–2029)'
const page = {
  handle: 'RadaGminyTestowo',
  platform: 'facebook_page',
  since: '2018-11-20T00:00:00.000Z',
  url: 'https://www.facebook.com/RadaGminyTestowo',
  verified: true,
}
const oldPage = {
  handle: 'Rada Gminy – kadencja 2014–2018',
  note: 'Zastąpiony profilem ciągłym między kadencjami.',
  platform: 'facebook_page',
  since: '2015-01-10T00:00:00.000Z',
  until: '2018-11-20T00:00:00.000Z',
  url: 'https://www.facebook.com/RadaGminy2014',
  verified: true,
}
const impostor = {
  handle: 'Rada Gminy Testowo – Oficjalna',
  platform: 'facebook_page',
  url: 'https://www.facebook.com/RadaTestowoOficjalna',
  verified: false,
}
const handover = {
  at: '2024-05-07T00:00:00.000Z',
  from: TERM_8,
  note: 'Dostęp administratora przekazany Biuru Rady, hasła zmienione.',
  to: TERM_9,
}

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  council = g.council.id
  await payload.update({
    collection: 'units',
    data: { contact: { email: 'sekretariat@testowo.example', phone: '+48 12 000 00 00' } },
    id: g.office.id,
    overrideAccess: true,
  })
  await publishRules(payload, 'Zasady dyskusji na profilu Rady Gminy', 'facebook_page', {
    governs: [
      {
        name: 'Rada Gminy',
        platform: 'facebook_page',
        url: 'https://facebook.com/radagminytestowo/',
      },
    ],
    slug: 'profil-rady-gminy',
  })
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver', 'editor'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const rest = async (method: string, path: string, body?: unknown, authorization?: string) => {
  const res = await fetch(`${api.base}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(authorization ? { authorization } : {}), 'content-type': 'application/json' },
    method,
  })
  return { body: (await res.json().catch(() => ({}))) as any, status: res.status }
}
const fieldMessage = (body: any) =>
  body.errors?.[0]?.data?.errors?.[0]?.message as string | undefined
const stored = async () =>
  (await payload.findByID({ collection: 'units', depth: 0, id: council, overrideAccess: true }))
    .officialProfiles as any[]

describe('official profiles of a unit and their handovers', () => {
  it('records a handover with when and by whom, whatever the request claims', async () => {
    const forged = {
      ...handover,
      recordedAt: '2000-01-01T00:00:00.000Z',
      recordedBy: g.approver.id,
    }
    const res = await rest(
      'PATCH',
      `/units/${council}`,
      { officialProfiles: [{ ...page, handovers: [forged] }, oldPage, impostor] },
      auth.admin,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const [saved] = await stored()
    expect(saved.handovers).toHaveLength(1)
    expect(String(saved.handovers[0].recordedBy)).toBe(String(g.admin.id))
    expect(Date.now() - new Date(saved.handovers[0].recordedAt).getTime()).toBeLessThan(60_000)
  })

  it('shows the handovers to everybody, but who recorded them only to logged-in users', async () => {
    const anonymous = await rest('GET', `/units/${council}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.officialProfiles[0].handovers[0]).toMatchObject({
      from: TERM_8,
      to: TERM_9,
    })
    expect(anonymous.body.officialProfiles[0].handovers[0].recordedBy).toBeUndefined()
    const editor = await rest('GET', `/units/${council}?depth=0`, undefined, auth.editor)
    expect(String(editor.body.officialProfiles[0].handovers[0].recordedBy)).toBe(String(g.admin.id))
  })

  it('lets only admins change the profiles', async () => {
    const profiles = await stored()
    expect(
      (await rest('PATCH', `/units/${council}`, { officialProfiles: profiles }, auth.approver))
        .status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/units/${council}`, { officialProfiles: profiles }, auth.editor))
        .status,
    ).toBe(403)
    expect((await rest('PATCH', `/units/${council}`, { officialProfiles: profiles })).status).toBe(
      403,
    )
  })

  it('refuses to change or remove a recorded handover, or to remove an official profile', async () => {
    const profiles = await stored()
    const changed = structuredClone(profiles)
    changed[0].handovers[0].to = 'Ktoś inny'
    const refusedChange = await rest(
      'PATCH',
      `/units/${council}`,
      { officialProfiles: changed },
      auth.admin,
    )
    expect(refusedChange.status).toBe(400)
    expect(fieldMessage(refusedChange.body)).toMatch(
      /^Przekazanie profilu z 07\.05\.2024 \(„Rada Gminy Testowo VIII kadencji \(2018–2024\)” → „Rada Gminy Testowo IX kadencji \(2024–2029\)”\) jest zapisem historii/,
    )

    const removed = structuredClone(profiles)
    removed[0].handovers = []
    expect(
      (await rest('PATCH', `/units/${council}`, { officialProfiles: removed }, auth.admin)).status,
    ).toBe(400)

    const withoutOld = profiles.filter((p) => p.url !== oldPage.url)
    const refusedRemoval = await rest(
      'PATCH',
      `/units/${council}`,
      { officialProfiles: withoutOld },
      auth.admin,
    )
    expect(refusedRemoval.status).toBe(400)
    expect(fieldMessage(refusedRemoval.body)).toMatch(/nie usuwaj go, tylko wpisz datę „do”/)

    // A never-verified profile (here: staff noting an impostor) may be removed.
    const withoutImpostor = profiles.filter((p) => p.url !== impostor.url)
    expect(
      (await rest('PATCH', `/units/${council}`, { officialProfiles: withoutImpostor }, auth.admin))
        .status,
    ).toBe(200)
    await rest(
      'PATCH',
      `/units/${council}`,
      { officialProfiles: [...withoutImpostor, impostor] },
      auth.admin,
    )
    expect((await stored()).map((p) => p.url)).toEqual([page.url, oldPage.url, impostor.url])
  })

  it('keeps the history when other details of the unit change', async () => {
    expect(
      (
        await rest(
          'PATCH',
          `/units/${council}`,
          { contact: { email: 'rada@testowo.example' } },
          auth.admin,
        )
      ).status,
    ).toBe(200)
    expect((await stored())[0].handovers).toHaveLength(1)
  })
})

describe('the public registry page', () => {
  it('lists verified profiles by unit, with guidance on impostors and the history', async () => {
    const { default: OfficialProfilesPage } =
      await import('../../src/app/(public)/oficjalne-profile/page')
    const html = renderToStaticMarkup(await OfficialProfilesPage())
    expect(html.startsWith('<h1>Oficjalne profile w mediach społecznościowych</h1>')).toBe(true)
    const list = html.slice(html.indexOf('id="lista"'), html.indexOf('id="rozpoznawanie"'))
    expect(list).toContain('<h3 id="jednostka-')
    expect(list).toContain('Rada Gminy Testowo</h3>')
    expect(list).toContain(`<a href="${page.url}" rel="noopener">RadaGminyTestowo</a>`)
    expect(list).toContain('20 listopada 2018')
    // The rules of discussion governing the profile, matched by its address.
    expect(list).toContain(
      '<a href="/zasady-dyskusji/profil-rady-gminy">Zasady dyskusji na profilu Rady Gminy</a>',
    )
    // Unverified and past profiles are not official.
    expect(html).not.toContain('RadaTestowoOficjalna')
    expect(list).not.toContain('RadaGminy2014')

    const report = html.slice(html.indexOf('id="zglaszanie"'), html.indexOf('id="historia"'))
    expect(report).toContain('Zgłoś stronę')
    expect(report).toContain(
      '<a href="mailto:sekretariat@testowo.example">sekretariat@testowo.example</a>',
    )

    const history = html.slice(html.indexOf('id="historia"'))
    expect(history).toContain(
      `<td data-label="Data">7 maja 2024</td><td data-label="Jednostka i profil">Rada Gminy Testowo: RadaGminyTestowo (Facebook – strona)</td><td data-label="Kto przekazał">${TERM_8}</td><td data-label="Komu">${TERM_9}</td>`,
    )
    expect(history).toContain('Rada Gminy – kadencja 2014–2018')
    expect(history).toContain('od 10 stycznia 2015 do 20 listopada 2018')
    // A past address is shown for comparison, never as a link.
    expect(history).not.toContain(`href="${oldPage.url}"`)
  })
})
