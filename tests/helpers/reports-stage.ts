/**
 * The reports tests' stage (tests/int/reports.test.ts): the hand-checked data set of
 * tests/helpers/report-data.ts stored in a fresh database as the application stores it, with its
 * fixture ids mapped to database ids, and the REST API.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { BipRecord, DeliveryRecord, PostRecord } from '../../plugins/reports/exports/types'
import type { BipReference } from '../../src/payload-types'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { startApiServer } from './api-server'
import { type Gmina, makeGmina } from './fixtures'
import { startPayload } from './payload'
import { BIPS, COMPLAINTS, DELIVERIES, ENTRIES, PERIOD, POSTS, UNITS } from './report-data'

export let payload: Payload
export let g: Gmina
export let api: Awaited<ReturnType<typeof startApiServer>>
/** Fixture id → database id (numbers on SQL, strings on MongoDB). */
export const ids = new Map<string, number>()
export const db = (fixtureId: null | string) => (fixtureId ? ids.get(fixtureId)! : null)
export const dbId = (fixtureId: null | string) => (fixtureId ? String(ids.get(fixtureId)!) : null)

/** Titles that CSV must carry through intact: a separator and quotes, and a would-be formula. */
export const TITLES: Record<string, string> = {
  p2: 'Godziny pracy urzędu; "nowe" zasady',
  p3: '=Zarządzenie',
}
export const QUERY = `od=${PERIOD.from}&do=${PERIOD.to}`

export const store = async () => {
  for (const u of UNITS)
    ids.set(
      u.id,
      (
        await payload.create({
          collection: 'units',
          data: { approvalLevels: 1, kind: 'office', name: u.name, slug: u.slug },
          overrideAccess: true,
        })
      ).id,
    )
  for (const b of BIPS) {
    const doc = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: b.caseReference,
        producingUnit: db(b.producingUnit)!,
        publishedAt: b.publishedAt,
        state: b.state as BipReference['state'],
        title: b.title,
        url: b.url,
      },
      overrideAccess: true,
    })
    ids.set(b.id, doc.id)
  }
  // Posts and deliveries as the workflow and the engine leave them (their hooks would stamp today's date).
  for (const p of POSTS) {
    const [title, lead] =
      p.text === p.title
        ? [TITLES[p.id] ?? p.title, null]
        : [TITLES[p.id] ?? p.title, p.id === 'p7' ? null : p.text]
    const doc = await payload.db.create({
      collection: 'posts',
      data: {
        // Array rows carry their own ids; Payload's hooks would give them these.
        approvalLog: p.approvalLog.map((entry, i) => ({ ...entry, id: `${p.id}-log-${i}` })),
        bipReference: db(p.bipReference),
        body: p.id === 'p7' ? lexicalParagraphs(p.text) : null,
        category: p.category,
        channels: ['fanpage', 'rss'],
        informationType: p.informationType,
        lead,
        publishedAt: p.publishedAt,
        slug: `raport-${p.id}`,
        title,
        unit: db(p.unit),
        workflowState: p.workflowState,
      },
    })
    ids.set(p.id, doc.id)
  }
  for (const d of DELIVERIES) {
    const doc = await payload.db.create({
      collection: 'deliveries',
      data: {
        channel: d.channel,
        key: `${db(d.post)}:${d.channel}:site`,
        post: db(d.post),
        reach: d.reach ?? undefined,
        sentAt: d.sentAt,
        state: d.state,
        unit: db(d.unit),
      },
    })
    ids.set(d.id, doc.id)
  }
  for (const e of ENTRIES) {
    const doc = await payload.db.create({
      collection: 'moderation-entries',
      data: {
        action: e.action,
        channelName: e.channelName,
        channelSlug: 'fanpage',
        complaintOutcome: 'none',
        decidedByLabel: 'Urząd',
        number: e.number,
        occurredAt: e.occurredAt,
        sourceKey: `raport:${e.id}`,
        summary: 'Usunięto komentarz.',
        unit: db('u1'),
      },
    })
    ids.set(e.id, doc.id)
  }
  let number = 0
  for (const c of COMPLAINTS) {
    await payload.db.create({
      collection: 'complaints',
      data: {
        decidedAt: c.decidedAt,
        email: 'skarga@poczta.example',
        entry: db(c.entry),
        message: 'Skarga',
        number: ++number,
        receivedAt: c.receivedAt,
        source: 'staff',
        state: c.state,
        unit: db('u1'),
      },
    })
  }
}

/** The fixture as the database now holds it: ids mapped, the CSV-testing titles in place. */
export const stored = {
  bips: (): BipRecord[] =>
    BIPS.map((b) => ({ ...b, id: dbId(b.id)!, producingUnit: dbId(b.producingUnit) })),
  deliveries: (): DeliveryRecord[] =>
    DELIVERIES.map((d) => ({ ...d, id: dbId(d.id)!, post: dbId(d.post)!, unit: dbId(d.unit) })),
  posts: (): PostRecord[] =>
    POSTS.map((p) => ({
      ...p,
      bipReference: dbId(p.bipReference),
      id: dbId(p.id)!,
      title: TITLES[p.id] ?? p.title,
      unit: dbId(p.unit),
    })),
  units: () => UNITS.map((u) => ({ ...u, id: dbId(u.id)! })),
}
export const unitNames = () => new Map(stored.units().map((u) => [u.id, u.name]))

export const useReportsStage = () => {
  beforeAll(async () => {
    payload = await startPayload()
    g = await makeGmina(payload)
    await store()
    api = await startApiServer(payload.config)
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
  })
}
