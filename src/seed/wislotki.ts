import type { CollectionSlug, Payload } from 'payload'

import sharp from 'sharp'

import { ACCOUNTS } from '../../plugins/fanout/exports/slugs'
import { BIP_REFERENCES, DISCUSSION_RULES, MEDIA, POSTS, UNITS, USERS } from '../domain/slugs'
import { lexicalParagraphs } from './lexical'
import { seedModeration } from './moderation'

/** Demo accounts; the README lists them as demo-only credentials. */
export const DEMO_PASSWORD = 'Wislotki-demo-2025'
export const DEMO_USERS = {
  admin: { email: 'admin@wislotki.example', name: 'Anna Administracyjna', role: 'admin' },
  approver: { email: 'sekretarz@wislotki.example', name: 'Piotr Sekretarz', role: 'approver' },
  approver2: { email: 'rzecznik@wislotki.example', name: 'Maria Rzeczniczka', role: 'approver' },
  editor: { email: 'redakcja.szkola@wislotki.example', name: 'Ewa Redaktorka', role: 'editor' },
  editorOsp: { email: 'osp@wislotki.example', name: 'Jan Strażak', role: 'editor' },
} as const

type Doc = { id: number | string }

const DEMO_UNITS = [
  { approvalLevels: 1, kind: 'office', name: 'Urząd Gminy Wisłotki', slug: 'urzad-gminy' },
  {
    approvalLevels: 1,
    kind: 'mayor',
    name: 'Wójt Gminy Wisłotki',
    parent: 'urzad-gminy',
    slug: 'wojt',
  },
  { approvalLevels: 2, kind: 'council', name: 'Rada Gminy Wisłotki', slug: 'rada-gminy' },
  {
    approvalLevels: 1,
    kind: 'solectwo',
    name: 'Sołectwo Brzozówka',
    parent: 'urzad-gminy',
    slug: 'solectwo-brzozowka',
  },
  {
    approvalLevels: 1,
    kind: 'solectwo',
    name: 'Sołectwo Lipowo',
    parent: 'urzad-gminy',
    slug: 'solectwo-lipowo',
  },
  {
    approvalLevels: 1,
    kind: 'school',
    name: 'Szkoła Podstawowa im. Marii Konopnickiej w Wisłotkach',
    slug: 'szkola-podstawowa',
  },
  {
    approvalLevels: 1,
    kind: 'library',
    name: 'Gminna Biblioteka Publiczna w Wisłotkach',
    slug: 'biblioteka',
    trusted: true,
  },
  { approvalLevels: 0, kind: 'osp', name: 'OSP Wisłotki', slug: 'osp-wislotki', trusted: true },
  { approvalLevels: 1, kind: 'sports_club', name: 'LKS Wisła Wisłotki', slug: 'lks-wisla' },
] as const

/**
 * Official profiles of the demo units: the council's Page passed from one term to the
 * next, a Page it no longer uses, and a look-alike page staff noted but never verified.
 */
const PROFILES: Record<string, Record<string, unknown>[]> = {
  biblioteka: [
    {
      handle: 'biblioteka.wislotki',
      platform: 'instagram',
      since: '2021-09-01T00:00:00.000Z',
      url: 'https://www.instagram.com/biblioteka.wislotki',
      verified: true,
    },
  ],
  'osp-wislotki': [
    {
      handle: 'OSPWislotki',
      platform: 'facebook_page',
      since: '2017-03-01T00:00:00.000Z',
      url: 'https://www.facebook.com/OSPWislotki',
      verified: true,
    },
    {
      handle: 'OSP Wisłotki – Info',
      note: 'Strona założona przez osobę spoza jednostki; zgłoszona do Facebooka jako podszywanie się.',
      platform: 'facebook_page',
      url: 'https://www.facebook.com/OSPWislotkiInfo',
      verified: false,
    },
  ],
  'rada-gminy': [
    {
      handle: 'RadaGminyWislotki',
      handovers: [
        {
          at: '2024-05-07T00:00:00.000Z',
          from: 'Rada Gminy Wisłotki VIII kadencji (2018–2024)',
          note: 'Dostęp administratora przekazany Biuru Rady; hasła zmienione.',
          to: 'Rada Gminy Wisłotki IX kadencji (2024–2029)',
        },
      ],
      platform: 'facebook_page',
      since: '2018-11-20T00:00:00.000Z',
      url: 'https://www.facebook.com/RadaGminyWislotki',
      verified: true,
    },
    {
      handle: 'Rada Gminy Wisłotki 2014–2018',
      note: 'Profil jednej kadencji, zastąpiony profilem prowadzonym przez Biuro Rady.',
      platform: 'facebook_page',
      since: '2015-01-10T00:00:00.000Z',
      until: '2018-11-20T00:00:00.000Z',
      url: 'https://www.facebook.com/RadaGminyWislotki2014',
      verified: true,
    },
  ],
  'urzad-gminy': [
    {
      handle: 'UrzadGminyWislotki',
      platform: 'facebook_page',
      since: '2016-03-01T00:00:00.000Z',
      url: 'https://www.facebook.com/UrzadGminyWislotki',
      verified: true,
    },
  ],
}

const findOne = async (
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  value: string,
) =>
  (
    await payload.find({
      collection,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { [field]: { equals: value } },
    })
  ).docs[0] as Doc | undefined

const demoImage = async (text: string, colour: string) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="100%" height="100%" fill="${colour}"/><text x="80" y="540" font-size="96" font-family="sans-serif" fill="#fff">${text}</text></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/**
 * Loads the demo gmina "Wisłotki". Idempotent: everything is looked up by its natural key
 * (slug, e-mail, URL) and only what is missing is created, so it can run on every start.
 */
export const seedDemo = async (payload: Payload): Promise<{ created: number }> => {
  let created = 0
  const units: Record<string, Doc> = {}
  for (const { parent, ...unit } of DEMO_UNITS.map((u) => ({
    parent: undefined as string | undefined,
    trusted: false,
    ...u,
  }))) {
    units[unit.slug] =
      (await findOne(payload, UNITS, 'slug', unit.slug)) ??
      (created++,
      await payload.create({
        collection: UNITS,
        data: {
          ...unit,
          contact: { email: `${unit.slug}@wislotki.example`, phone: '+48 12 345 67 00' },
          defaultChannels:
            unit.kind === 'osp'
              ? ['fanpage', 'group', 'rss', 'newsletter']
              : ['fanpage', 'rss', 'newsletter'],
          officialProfiles: PROFILES[unit.slug] ?? [],
          parent: parent ? units[parent]?.id : undefined,
        } as never,
        overrideAccess: true,
      }))
  }

  const users: Record<keyof typeof DEMO_USERS, Doc & { role: string }> = {} as never
  for (const [key, user] of Object.entries(DEMO_USERS) as [
    keyof typeof DEMO_USERS,
    (typeof DEMO_USERS)[keyof typeof DEMO_USERS],
  ][]) {
    const existing = await findOne(payload, USERS, 'email', user.email)
    const unitsOf =
      key === 'editor'
        ? [units['szkola-podstawowa'].id, units['biblioteka'].id]
        : key === 'editorOsp'
          ? [units['osp-wislotki'].id]
          : []
    users[key] = {
      ...((existing as Doc) ??
        (created++,
        await payload.create({
          collection: USERS,
          data: { ...user, password: DEMO_PASSWORD, units: unitsOf } as never,
          overrideAccess: true,
        }))),
      role: user.role,
    }
  }
  const as = async (key: keyof typeof DEMO_USERS) =>
    ({
      ...(await payload.findByID({
        collection: USERS,
        depth: 0,
        id: users[key].id,
        overrideAccess: true,
      })),
      collection: USERS,
    }) as never

  const bip = async (url: string, data: Record<string, unknown>) =>
    (await findOne(payload, BIP_REFERENCES, 'url', url)) ??
    (created++,
    await payload.create({
      collection: BIP_REFERENCES,
      data: { url, ...data } as never,
      user: await as('approver'),
      overrideAccess: false,
    }))

  const sessionBip = await bip('https://bip.wislotki.example/rada-gminy/sesje/xxi-sesja', {
    caseReference: 'OR-03.0003.417.2025',
    producedAt: '2025-05-05T08:00:00.000Z',
    producingUnit: units['rada-gminy'].id,
    publishedAt: '2025-05-06T09:00:00.000Z',
    responsiblePerson: 'Piotr Sekretarz',
    state: 'published',
    title: 'Zawiadomienie o XXI sesji Rady Gminy Wisłotki',
  })
  const consultationBip = await bip(
    'https://bip.wislotki.example/konsultacje/budzet-obywatelski-2026',
    {
      caseReference: 'OR.152.1.2025',
      producingUnit: units['urzad-gminy'].id,
      responsiblePerson: 'Anna Administracyjna',
      state: 'draft',
      title: 'Konsultacje społeczne projektu budżetu obywatelskiego 2026',
    },
  )

  const rulesDoc = async (slug: string, data: Record<string, unknown>) => {
    if (await findOne(payload, DISCUSSION_RULES, 'slug', slug)) return
    created++
    await payload.create({
      collection: DISCUSSION_RULES,
      data: {
        _status: 'published',
        complaints: {
          email: 'skargi@wislotki.example',
          howTo:
            'Skargę na usunięcie komentarza lub blokadę można złożyć w ciągu 14 dni e-mailem, przez ePUAP lub pisemnie w sekretariacie urzędu. Odpowiadamy w ciągu 14 dni.',
        },
        effectiveFrom: '2025-01-01T00:00:00.000Z',
        moderationDocumentation:
          'Każdy usunięty lub ukryty komentarz i każda blokada trafia do publicznego rejestru moderacji: data, naruszona zasada, kto zdecydował. Treść komentarza przechowujemy przez rok na potrzeby skarg.',
        slug,
        ...data,
      } as never,
      overrideAccess: true,
    })
  }
  await rulesDoc('fanpage-urzedu-gminy', {
    funding: {
      amount: 12000,
      details: 'Część wynagrodzenia pracownika ds. komunikacji.',
      period: 'rocznie',
      publiclyFunded: true,
    },
    governs: [
      {
        name: 'Urząd Gminy Wisłotki',
        personalProfileUsedOfficially: false,
        platform: 'facebook_page',
        unit: units['urzad-gminy'].id,
        url: 'https://www.facebook.com/UrzadGminyWislotki',
      },
    ],
    operator: 'Referat Organizacyjny Urzędu Gminy Wisłotki',
    rules: lexicalParagraphs(
      'Profil służy informowaniu mieszkańców o sprawach gminy. Zapraszamy do rzeczowej dyskusji.',
      'Usuwamy komentarze zawierające wulgaryzmy, groźby, treści dyskryminujące, spam i dane osobowe osób trzecich.',
      'Oficjalnym źródłem informacji publicznej jest Biuletyn Informacji Publicznej gminy.',
    ),
    title: 'Zasady dyskusji na profilu Urzędu Gminy Wisłotki',
  })
  // The residents' group is run by an operator; these rules cover the office's posts there.
  await rulesDoc('grupa-mieszkancow-wislotek', {
    funding: { publiclyFunded: false },
    governs: [
      {
        name: 'Mieszkańcy Wisłotek (grupa)',
        personalProfileUsedOfficially: false,
        platform: 'facebook_group',
        unit: units['urzad-gminy'].id,
        url: 'https://www.facebook.com/groups/wislotki',
      },
    ],
    operator:
      'Grupę prowadzi jej administrator (operator grupy); wpisy gminy publikuje Referat Organizacyjny Urzędu Gminy Wisłotki.',
    rules: lexicalParagraphs(
      'Pod wpisami gminy w grupie obowiązują te same zasady co na profilu urzędu: rzeczowa dyskusja, bez wulgaryzmów, gróźb, spamu i danych osobowych osób trzecich.',
      'Komentarze moderuje administrator grupy według regulaminu grupy; gmina dokumentuje w rejestrze moderacji każdą własną decyzję.',
      'Oficjalnym źródłem informacji publicznej jest Biuletyn Informacji Publicznej gminy.',
    ),
    title: 'Zasady dyskusji pod wpisami gminy w grupie „Mieszkańcy Wisłotek”',
  })

  // The moderation register with complaints in every state (nothing in it reaches residents' inboxes).
  created += await seedModeration(payload, as)

  const image = async (name: string, text: string, colour: string, alt: string) => {
    const existing = (
      await payload.find({
        collection: MEDIA,
        limit: 1,
        overrideAccess: true,
        where: { alt: { equals: alt } },
      })
    ).docs[0]
    if (existing) return existing as Doc
    created++
    const data = await demoImage(text, colour)
    return payload.create({
      collection: MEDIA,
      data: { alt },
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
      overrideAccess: true,
    })
  }
  const schoolPhoto = await image(
    'festyn-szkolny.jpg',
    'Festyn szkolny',
    '#2e6b3a',
    'Uczniowie podczas festynu na boisku szkoły',
  )
  const fireTruck = await image(
    'osp-wislotki.jpg',
    'OSP Wisłotki',
    '#a3261c',
    'Wóz strażacki OSP Wisłotki przed remizą',
  )

  // Demo posts are published as they are created: with a real Page or group configured they would
  // go out to residents. The rest of the demo is harmless; the posts are left out.
  const { totalDocs: channels } = await payload.count({
    collection: ACCOUNTS,
    overrideAccess: true,
    where: { enabled: { equals: true } },
  })
  if (channels > 0) {
    payload.logger.warn(
      'Social channels are configured: demo posts are not loaded, so that nothing from the demo reaches residents.',
    )
    return { created }
  }

  type Step = { action: string; by: keyof typeof DEMO_USERS; comment?: string }
  const post = async (
    slug: string,
    author: keyof typeof DEMO_USERS,
    data: Record<string, unknown>,
    steps: Step[],
  ) => {
    if (await findOne(payload, POSTS, 'slug', slug)) return
    created++
    const doc = await payload.create({
      collection: POSTS,
      data: { slug, ...data } as never,
      overrideAccess: false,
      user: await as(author),
    })
    for (const step of steps) {
      await payload.update({
        collection: POSTS,
        data: { workflowAction: step.action, workflowComment: step.comment } as never,
        id: doc.id,
        overrideAccess: false,
        user: await as(step.by),
      })
    }
  }

  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
  await post(
    'festyn-rodzinny-w-szkole-podstawowej',
    'editor',
    {
      body: lexicalParagraphs(
        'W sobotę na boisku szkolnym odbył się festyn rodzinny. Dziękujemy rodzicom za pomoc!',
      ),
      category: 'education',
      images: [schoolPhoto.id],
      informationType: 'local_news',
      lead: 'Relacja z sobotniego festynu rodzinnego w naszej szkole.',
      title: 'Festyn rodzinny w Szkole Podstawowej',
      unit: units['szkola-podstawowa'].id,
    },
    [
      { action: 'submit', by: 'editor' },
      { action: 'approve', by: 'approver' },
    ],
  )
  await post(
    'zawiadomienie-o-xxi-sesji-rady-gminy',
    'approver',
    {
      bipReference: sessionBip.id,
      body: lexicalParagraphs(
        'Przewodniczący Rady Gminy Wisłotki zwołuje XXI sesję Rady Gminy. Porządek obrad w BIP.',
      ),
      category: 'council_sessions',
      informationType: 'public_information',
      lead: 'XXI sesja Rady Gminy Wisłotki odbędzie się 12 maja o godz. 10:00.',
      title: 'Zawiadomienie o XXI sesji Rady Gminy Wisłotki',
      unit: units['rada-gminy'].id,
    },
    [
      { action: 'submit', by: 'approver' },
      { action: 'approve', by: 'approver2' },
      { action: 'approve', by: 'admin' },
    ],
  )
  await post(
    'nowosci-w-bibliotece',
    'editor',
    {
      body: lexicalParagraphs('Zapraszamy do wypożyczania nowych książek dla dzieci i młodzieży.'),
      category: 'culture',
      informationType: 'local_news',
      lead: 'Nowe książki już na półkach.',
      publishAt: inDays(3),
      title: 'Nowości w bibliotece',
      unit: units['biblioteka'].id,
    },
    [{ action: 'submit', by: 'editor' }],
  )
  await post(
    'konsultacje-budzetu-obywatelskiego-2026',
    'admin',
    {
      bipReference: consultationBip.id,
      body: lexicalParagraphs(
        'Zapraszamy mieszkańców do udziału w konsultacjach projektu budżetu obywatelskiego na 2026 rok.',
      ),
      category: 'consultations',
      channels: ['fanpage', 'group', 'rss', 'newsletter'],
      informationType: 'public_information',
      lead: 'Konsultacje potrwają do końca miesiąca.',
      title: 'Konsultacje budżetu obywatelskiego 2026',
      unit: units['urzad-gminy'].id,
    },
    [{ action: 'submit', by: 'admin' }],
  )
  await post(
    'dzien-otwarty-w-szkole',
    'editor',
    {
      category: 'education',
      informationType: 'local_news',
      lead: 'Zapraszamy przyszłych pierwszoklasistów i ich rodziców.',
      title: 'Dzień otwarty w szkole',
      unit: units['szkola-podstawowa'].id,
    },
    [
      { action: 'submit', by: 'editor' },
      {
        action: 'request_changes',
        by: 'approver',
        comment: 'Proszę dodać datę i godzinę dnia otwartego oraz zdjęcie.',
      },
    ],
  )
  await post(
    'cwiczenia-osp-przy-remizie',
    'editorOsp',
    {
      category: 'safety',
      images: [fireTruck.id],
      informationType: 'local_news',
      lead: 'W sobotę o 10:00 ćwiczenia przy remizie. Prosimy nie parkować na placu.',
      title: 'Ćwiczenia OSP przy remizie',
      unit: units['osp-wislotki'].id,
    },
    [],
  )
  await post(
    'zmiana-godzin-pracy-urzedu',
    'admin',
    {
      category: 'official',
      informationType: 'local_news',
      lead: 'Informacja wycofana – godziny pracy urzędu pozostają bez zmian.',
      title: 'Zmiana godzin pracy urzędu',
      unit: units['urzad-gminy'].id,
    },
    [
      { action: 'submit', by: 'admin' },
      { action: 'approve', by: 'approver' },
      {
        action: 'withdraw',
        by: 'approver',
        comment: 'Informacja nieaktualna – decyzja o zmianie godzin została cofnięta.',
      },
    ],
  )
  return { created }
}
