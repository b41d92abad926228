import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import sharp from 'sharp'

import { ACCOUNTS } from '../../plugins/fanout/exports/slugs'
import { completedByCollection } from '../domain/create-data'
import {
  ACCESSIBILITY_STATEMENT,
  BIP_REFERENCES,
  DISCUSSION_RULES,
  MEDIA,
  POSTS,
  UNITS,
  USERS,
} from '../domain/slugs'
import type { User } from '../payload-types'
import { seedModeration } from './moderation'
import { DEMO_STATEMENT } from './wislotki/accessibility'
import { PROFILES } from './wislotki/profiles'
import { demoPosts, type DemoPost } from './wislotki/posts'
import { demoRules } from './wislotki/rules'
import type { Doc } from './wislotki/types'
import { DEMO_UNITS } from './wislotki/units'
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './wislotki/users'

export { DEMO_PASSWORD, DEMO_USERS }

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
        },
        overrideAccess: true,
      }))
  }

  const users: Partial<Record<DemoUser, Doc>> = {}
  for (const [key, user] of Object.entries(DEMO_USERS) as [
    DemoUser,
    (typeof DEMO_USERS)[DemoUser],
  ][]) {
    const existing = await findOne(payload, USERS, 'email', user.email)
    const unitsOf =
      key === 'editor'
        ? [units['szkola-podstawowa'].id, units['biblioteka'].id]
        : key === 'editorOsp'
          ? [units['osp-wislotki'].id]
          : []
    users[key] =
      existing ??
      (created++,
      await payload.create({
        collection: USERS,
        data: { ...user, password: DEMO_PASSWORD, units: unitsOf },
        overrideAccess: true,
      }))
  }
  const as = async (key: DemoUser): Promise<User> => {
    const user = users[key]
    if (!user) throw new Error(`Demo user ${key} was not loaded.`)
    return {
      ...(await payload.findByID({
        collection: USERS,
        depth: 0,
        id: user.id,
        overrideAccess: true,
      })),
      collection: USERS,
    }
  }

  const bip = async (
    url: string,
    data: Omit<RequiredDataFromCollectionSlug<'bip-references'>, 'url'>,
  ) =>
    (await findOne(payload, BIP_REFERENCES, 'url', url)) ??
    (created++,
    await payload.create({
      collection: BIP_REFERENCES,
      data: { url, ...data },
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

  const rulesDoc = async (
    slug: string,
    data: Omit<ReturnType<typeof demoRules>[number], 'slug'>,
  ) => {
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
      },
      overrideAccess: true,
    })
  }
  for (const { slug, ...data } of demoRules(units)) await rulesDoc(slug, data)

  // The accessibility statement the law requires, unless the office has already written its own.
  const statement = await payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    slug: ACCESSIBILITY_STATEMENT,
  })
  if (!statement.preparedOn) {
    created++
    await payload.updateGlobal({
      data: DEMO_STATEMENT,
      overrideAccess: true,
      slug: ACCESSIBILITY_STATEMENT,
    })
  }

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
  // go out to residents. The rest of the demo is harmless; the posts are left out. A configured
  // account not yet switched on counts too: once on, its skipped demo copies could be sent.
  const { totalDocs: channels } = await payload.count({
    collection: ACCOUNTS,
    overrideAccess: true,
  })
  if (channels > 0) {
    payload.logger.warn(
      'Social channels are configured: demo posts are not loaded, so that nothing from the demo reaches residents.',
    )
    return { created }
  }

  const post = async ({ author, data, slug, steps }: DemoPost) => {
    if (await findOne(payload, POSTS, 'slug', slug)) return
    created++
    const doc = await payload.create({
      collection: POSTS,
      // workflowState: the collection's default (draft); the steps below move it on.
      data: completedByCollection<'posts'>({ slug, ...data }),
      overrideAccess: false,
      user: await as(author),
    })
    for (const step of steps) {
      await payload.update({
        collection: POSTS,
        data: { workflowAction: step.action, workflowComment: step.comment },
        id: doc.id,
        overrideAccess: false,
        user: await as(step.by),
      })
    }
  }

  for (const demoPost of demoPosts({
    consultationBip,
    fireTruck,
    schoolPhoto,
    sessionBip,
    units,
  }))
    await post(demoPost)
  return { created }
}
