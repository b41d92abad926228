import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { MAX_ANSWER_ATTEMPTS } from '../moderation/complaint-answer'
import { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES, UNITS, USERS } from '../domain/slugs'

/** A stored document; ids are numeric, as in the generated types. */
type Doc = { id: number }
type EntryData = RequiredDataFromCollectionSlug<typeof MODERATION_ENTRIES>
type User = { collection: typeof USERS; id: number | string }

/** Residents of the demo: invented, and exactly what the public register must never show. */
export const DEMO_RESIDENTS = {
  block: {
    name: 'Zbigniew Przykładowy',
    profile: 'https://www.facebook.com/zbigniew.przykladowy.1',
  },
  hidden: {
    name: 'Kredyty Ekspres Maria',
    profile: 'https://www.facebook.com/kredyty.ekspres.maria',
  },
  personal: { name: 'Halina Sąsiedzka', profile: 'https://www.facebook.com/halina.sasiedzka' },
  removed: { name: 'Tomasz Anonimowy', profile: 'https://www.facebook.com/tomasz.anonimowy.77' },
} as const

const daysAgo = (days: number, hour = 10) => {
  const at = new Date(Date.now() - days * 86_400_000)
  at.setUTCHours(hour, 15, 0, 0)
  return at.toISOString()
}

/**
 * The demo's moderation register: removals, a hidden spam comment, a block lifted after an upheld
 * complaint, and complaints in every state. Answers are not e-mailed (the addresses are invented);
 * each decided complaint says so in its e-mail record. Idempotent through the entries' keys.
 */
export const seedModeration = async (
  payload: Payload,
  as: (key: 'admin' | 'approver' | 'approver2') => Promise<User>,
): Promise<number> => {
  const rules = (
    await payload.find({
      collection: DISCUSSION_RULES,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: { slug: { equals: 'fanpage-urzedu-gminy' } },
    })
  ).docs[0] as Doc | undefined
  const office = (
    await payload.find({
      collection: UNITS,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: { slug: { equals: 'urzad-gminy' } },
    })
  ).docs[0] as Doc | undefined
  if (!rules || !office) return 0
  let created = 0
  const channelName = 'Fanpage Urzędu Gminy Wisłotki'

  const entry = async (
    key: string,
    by: 'admin' | 'approver' | 'approver2',
    data: Omit<EntryData, 'channelName' | 'sourceKey' | 'summary' | 'unit'> &
      Partial<Pick<EntryData, 'summary'>>,
  ) => {
    const found = (
      await payload.find({
        collection: MODERATION_ENTRIES,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        where: { sourceKey: { equals: `demo:${key}` } },
      })
    ).docs[0] as Doc | undefined
    if (found) return found
    created++
    return (await payload.create({
      collection: MODERATION_ENTRIES,
      // An empty summary is made from the action and the rule.
      data: { channelName, sourceKey: `demo:${key}`, summary: '', unit: office.id, ...data },
      overrideAccess: true,
      user: await as(by),
    })) satisfies Doc
  }
  const complaint = async (
    email: string,
    entryDoc: Doc,
    receivedAt: string,
    message: string,
    decision?: {
      answer: string
      at: string
      by: 'admin' | 'approver' | 'approver2'
      state: 'rejected' | 'under_review' | 'upheld'
    },
  ) => {
    const found = (
      await payload.find({
        collection: COMPLAINTS,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        where: { email: { equals: email } },
      })
    ).docs[0] as Doc | undefined
    if (found) return found
    created++
    const doc = (await payload.create({
      collection: COMPLAINTS,
      context: { complaintFromForm: true },
      data: { email, entry: entryDoc.id, message, receivedAt, state: 'received' },
      overrideAccess: true,
    })) satisfies Doc
    if (!decision) return doc
    await payload.update({
      collection: COMPLAINTS,
      context: { demoSeed: true },
      data: {
        answer: decision.state === 'under_review' ? undefined : decision.answer,
        state: decision.state,
      },
      id: doc.id,
      overrideAccess: true,
      user: await as(decision.by),
    })
    if (decision.state !== 'under_review') {
      await payload.db.updateOne({
        collection: COMPLAINTS,
        data: {
          answerEmail: {
            attempts: MAX_ANSWER_ATTEMPTS,
            lastError: 'Dane demonstracyjne – odpowiedzi nie wysłano.',
            sentAt: null,
          },
          decidedAt: decision.at,
        },
        id: doc.id,
      })
    }
    return doc
  }

  const removed = await entry('comment-removed-1', 'approver', {
    action: 'comment_removed',
    occurredAt: daysAgo(41, 9),
    rule: { point: 2, rules: rules.id },
    snapshot: {
      authorName: DEMO_RESIDENTS.removed.name,
      authorProfileUrl: DEMO_RESIDENTS.removed.profile,
      postedAt: daysAgo(41, 8),
      text: 'Złodzieje i [wulgaryzm], wszyscy do więzienia!',
    },
  })
  const hidden = await entry('comment-hidden-1', 'approver2', {
    action: 'comment_hidden',
    occurredAt: daysAgo(23, 14),
    rule: { point: 2, rules: rules.id },
    snapshot: {
      authorName: DEMO_RESIDENTS.hidden.name,
      authorProfileUrl: DEMO_RESIDENTS.hidden.profile,
      postedAt: daysAgo(23, 13),
      text: 'Tanie kredyty bez BIK! Pisz: kredyty.ekspres@example.com',
    },
    summary: 'Ukryto reklamę usług finansowych (spam).',
  })
  const blocked = await entry('user-blocked-1', 'admin', {
    action: 'user_blocked',
    occurredAt: daysAgo(16, 18),
    rule: { point: 2, rules: rules.id },
    snapshot: {
      authorName: DEMO_RESIDENTS.block.name,
      authorProfileUrl: DEMO_RESIDENTS.block.profile,
      text: 'Trzeci komentarz z groźbą pod adresem radnego w ciągu tygodnia.',
    },
  })
  const personal = await entry('comment-removed-2', 'approver', {
    action: 'comment_removed',
    occurredAt: daysAgo(4, 11),
    rule: { point: 2, rules: rules.id },
    snapshot: {
      authorName: DEMO_RESIDENTS.personal.name,
      authorProfileUrl: DEMO_RESIDENTS.personal.profile,
      text: 'Sąsiad spod dwunastki znowu pali śmieci, jego telefon to 600 100 200.',
    },
    summary: 'Usunięto komentarz z danymi osobowymi osoby trzeciej (pkt 2 zasad dyskusji).',
  })

  await complaint(
    'tomasz.demo@example.org',
    removed,
    daysAgo(39),
    'Mój komentarz był ostry, ale dotyczył spraw gminy. Proszę o jego przywrócenie.',
    {
      answer:
        'Komentarz zawierał wulgaryzm i zarzut popełnienia przestępstwa bez żadnego uzasadnienia, co narusza pkt 2 zasad dyskusji. Zapraszamy do dyskusji bez wulgaryzmów.',
      at: daysAgo(33),
      by: 'approver',
      state: 'rejected',
    },
  )
  await complaint(
    'zbigniew.demo@example.org',
    blocked,
    daysAgo(14),
    'Zostałem zablokowany bez ostrzeżenia. Nikomu nie groziłem, to był sarkazm.',
    {
      answer:
        'Po ponownej analizie uznaliśmy, że przed blokadą należało wysłać ostrzeżenie, jak przewidują zasady. Blokada została zdjęta.',
      at: daysAgo(9),
      by: 'approver2',
      state: 'upheld',
    },
  )
  await entry('user-unblocked-1', 'approver2', {
    action: 'user_unblocked',
    occurredAt: daysAgo(9, 12),
    summary: 'Odblokowano użytkownika po uwzględnieniu skargi.',
  })
  await complaint(
    'halina.demo@example.org',
    personal,
    daysAgo(3),
    'Podałam tylko informację o paleniu śmieci, to sprawa publiczna.',
    { answer: '', at: daysAgo(2), by: 'approver', state: 'under_review' },
  )
  await complaint(
    'maria.demo@example.org',
    hidden,
    daysAgo(1),
    'Moja oferta jest legalna, dlaczego ją ukryto?',
  )
  return created
}
