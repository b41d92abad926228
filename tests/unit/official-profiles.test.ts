import { describe, expect, it } from 'vitest'

import {
  keepProfileHistory,
  type OfficialProfile,
  officialRegistry,
  type RegistryUnit,
  rulesOfProfile,
  sameProfileUrl,
} from '../../src/domain/official-profiles'

const stamp = { at: '2026-03-01T10:00:00.000Z', by: 5 }
const handover = {
  at: '2024-05-20T00:00:00.000Z',
  from: 'Rada Dzielnicy XIII kadencji 2019–2024',
  note: 'Hasła zmienione.',
  to: 'Rada Dzielnicy XIII kadencji 2024–2029',
}
const page: OfficialProfile = {
  handle: 'RadaDzielnicyXIII',
  handovers: [{ ...handover, id: 'h1', recordedAt: '2024-05-21T08:00:00.000Z', recordedBy: 2 }],
  id: 'p1',
  platform: 'facebook_page',
  since: '2019-06-01T00:00:00.000Z',
  url: 'https://www.facebook.com/RadaDzielnicyXIII',
  verified: true,
}

describe('keeping the history of official profiles', () => {
  it('stamps new handovers and keeps the stamps of recorded ones', () => {
    const added = {
      at: '2026-02-27T00:00:00.000Z',
      from: 'Jan Nowak (administrator)',
      to: 'Referat Komunikacji',
      recordedAt: '1999-01-01T00:00:00.000Z',
      recordedBy: 99,
    }
    const forged = { ...handover, recordedAt: '2000-01-01T00:00:00.000Z', recordedBy: 42 }
    const result = keepProfileHistory([page], [{ ...page, handovers: [forged, added] }], stamp)
    expect(result.ok).toBe(true)
    const handovers = result.ok ? result.profiles[0].handovers! : []
    expect(handovers[0]).toMatchObject({ recordedAt: '2024-05-21T08:00:00.000Z', recordedBy: 2 })
    expect(handovers[1]).toMatchObject({ recordedAt: stamp.at, recordedBy: 5 })
  })

  it('refuses to change or remove a recorded handover', () => {
    const changed = keepProfileHistory(
      [page],
      [{ ...page, handovers: [{ ...handover, to: 'Ktoś inny' }] }],
      stamp,
    )
    expect(changed).toEqual({
      message:
        'Przekazanie profilu z 20.05.2024 („Rada Dzielnicy XIII kadencji 2019–2024” → „Rada Dzielnicy XIII kadencji 2024–2029”) jest zapisem historii i nie można go zmienić ani usunąć. Jeśli zawiera błąd, dodaj nowe przekazanie z wyjaśnieniem w uwagach.',
      ok: false,
    })
    expect(keepProfileHistory([page], [{ ...page, handovers: [] }], stamp).ok).toBe(false)
    // Moving the profile's row, or fixing its address, keeps the handover.
    expect(
      keepProfileHistory(
        [page],
        [{ ...page, id: null, url: 'https://facebook.com/RadaDzielnicyXIII/' }],
        stamp,
      ).ok,
    ).toBe(true)
  })

  it('keeps a verified profile: closed with an end date, never removed', () => {
    const removed = keepProfileHistory([page], [], stamp)
    expect(removed).toEqual({
      message:
        'Profil „RadaDzielnicyXIII” (Facebook – strona) był oficjalnym profilem jednostki: nie usuwaj go, tylko wpisz datę „do” – zostanie w historii na stronie oficjalnych profili.',
      ok: false,
    })
    expect(
      keepProfileHistory([page], [{ ...page, until: '2026-01-01T00:00:00.000Z' }], stamp).ok,
    ).toBe(true)
    // A profile never verified (a mistake, or an impostor noted by staff) may go.
    const unverified = {
      ...page,
      handovers: [],
      id: 'p2',
      url: 'https://www.facebook.com/Falszywa',
      verified: false,
    }
    expect(keepProfileHistory([page, unverified], [page], stamp).ok).toBe(true)
  })

  it('compares addresses as residents would', () => {
    expect(
      sameProfileUrl('https://www.facebook.com/Wislotki/', 'http://facebook.com/wislotki'),
    ).toBe(true)
    expect(
      sameProfileUrl('https://www.facebook.com/Wislotki', 'https://www.facebook.com/Wislotki2'),
    ).toBe(false)
    expect(sameProfileUrl('', '')).toBe(false)
  })
})

describe('the public registry', () => {
  const now = new Date('2026-03-01T12:00:00.000Z')
  const units: RegistryUnit[] = [
    {
      id: 2,
      name: 'Rada Dzielnicy XIII',
      officialProfiles: [
        page,
        {
          handle: 'Stara strona rady',
          platform: 'facebook_page',
          since: '2015-01-01T00:00:00.000Z',
          until: '2019-06-01T00:00:00.000Z',
          url: 'https://www.facebook.com/StaraRada',
          verified: true,
        },
        {
          handle: 'Podróbka',
          platform: 'facebook_page',
          url: 'https://www.facebook.com/RadaXIIIOficjalna',
          verified: false,
        },
      ],
    },
    {
      id: 1,
      name: 'Biblioteka',
      officialProfiles: [
        {
          handle: 'biblioteka',
          platform: 'instagram',
          since: '2020-01-01T00:00:00.000Z',
          url: 'https://instagram.com/biblioteka',
          verified: true,
        },
        {
          handle: 'Biblioteka',
          platform: 'facebook_page',
          url: 'https://facebook.com/biblioteka',
          verified: true,
        },
        {
          handle: 'Nowy kanał',
          platform: 'youtube',
          since: '2026-04-01T00:00:00.000Z',
          url: 'https://youtube.com/@biblioteka',
          verified: true,
        },
      ],
    },
    { id: 3, name: 'Sołectwo bez profili', officialProfiles: [] },
  ]

  it('lists only verified profiles in use, grouped by unit', () => {
    const { current } = officialRegistry(units, now)
    expect(current.map((c) => [c.unit.name, c.profiles.map((p) => p.handle)])).toEqual([
      ['Biblioteka', ['Biblioteka', 'biblioteka']],
      ['Rada Dzielnicy XIII', ['RadaDzielnicyXIII']],
    ])
  })

  it('keeps closed profiles and handovers in the history, newest first', () => {
    const { handovers, past } = officialRegistry(units, now)
    expect(past.map((p) => [p.unit.name, p.profile.handle])).toEqual([
      ['Rada Dzielnicy XIII', 'Stara strona rady'],
    ])
    expect(handovers.map((h) => [h.unit.name, h.profile.handle, h.handover.to])).toEqual([
      ['Rada Dzielnicy XIII', 'RadaDzielnicyXIII', 'Rada Dzielnicy XIII kadencji 2024–2029'],
    ])
    const all = JSON.stringify(officialRegistry(units, now))
    expect(all).not.toContain('Podróbka')
  })
})

describe('the rules of discussion of a profile', () => {
  const rules = [
    { governs: [{ platform: 'facebook_group', unit: 1, url: null }], slug: 'grupa' },
    { governs: [{ platform: 'facebook_page', unit: { id: 1 }, url: null }], slug: 'urzad-ogolne' },
    {
      governs: [{ platform: 'facebook_page', url: 'https://facebook.com/UrzadGminy' }],
      slug: 'fanpage-urzedu',
    },
  ]
  it('are found by the address first, then by the unit and platform', () => {
    expect(
      rulesOfProfile(rules, 1, {
        platform: 'facebook_page',
        url: 'https://www.facebook.com/UrzadGminy/',
      })?.slug,
    ).toBe('fanpage-urzedu')
    expect(
      rulesOfProfile(rules, 1, { platform: 'facebook_page', url: 'https://www.facebook.com/Inna' })
        ?.slug,
    ).toBe('urzad-ogolne')
    expect(
      rulesOfProfile(rules, 2, { platform: 'facebook_page', url: 'https://www.facebook.com/Inna' }),
    ).toBeNull()
  })
})
