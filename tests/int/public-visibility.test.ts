import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicPostsWhere } from '../../src/domain/public-visibility'
import { act, draftPost, type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * What residents may see (`publicPostsWhere`), on the database the suite runs on (SQLite, or
 * PostgreSQL through TEST_DATABASE_URI): a post in every workflow state and public information at
 * every stage of its BIP entry, read by the query itself, by anonymous visitors and by an editor of
 * another unit.
 */

let payload: Payload
let g: Gmina
type Id = number
const ids: Record<string, Id> = {}
const DAY = 86_400_000

type BipData = RequiredDataFromCollectionSlug<'bip-references'>
const bipEntry = (data: Pick<BipData, 'state' | 'url'> & Partial<BipData>) =>
  payload.create({
    collection: 'bip-references',
    data: { producingUnit: g.office.id, title: 'Wpis BIP', ...data },
    overrideAccess: false,
    user: g.approver,
  })

/** Public information for the school, written by an approver and approved by another one. */
const publicInformation = async (bipReference: Id) => {
  const post = await draftPost(payload, g.approver, g.school, {
    bipReference,
    category: 'official',
    informationType: 'public_information',
  })
  await act(payload, g.approver, post.id, 'submit')
  await act(payload, g.approver2, post.id, 'approve')
  return post.id
}

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  const approved = async (data: Record<string, unknown> = {}) => {
    const post = await draftPost(payload, g.editor, g.school, data)
    await act(payload, g.editor, post.id, 'submit')
    await act(payload, g.approver, post.id, 'approve')
    return post.id
  }

  ids.localNews = await approved()
  ids.withPublishedBip = await publicInformation(g.bipPublished.id)

  ids.draft = (await draftPost(payload, g.editor, g.school)).id
  ids.inReview = (await draftPost(payload, g.editor, g.school)).id
  await act(payload, g.editor, ids.inReview, 'submit')
  ids.changesRequested = (await draftPost(payload, g.editor, g.school)).id
  await act(payload, g.editor, ids.changesRequested, 'submit')
  await act(payload, g.approver, ids.changesRequested, 'request_changes', 'Proszę dodać zdjęcie.')
  ids.notYetDue = await approved({ publishAt: new Date(Date.now() + DAY).toISOString() })
  ids.withdrawn = await approved()
  await act(payload, g.approver, ids.withdrawn, 'withdraw', 'Nieaktualne.')

  // Published on the site's side, but its BIP entry is not (yet) published, or no longer.
  ids.bipDraft = await publicInformation(g.bipDraft.id)
  const scheduled = await bipEntry({
    publishedAt: new Date(Date.now() + 2 * DAY).toISOString(),
    state: 'published',
    url: 'https://bip.testowo.example/zaplanowany',
  })
  ids.bipScheduled = await publicInformation(scheduled.id)
  const later = await bipEntry({ state: 'published', url: 'https://bip.testowo.example/wycofany' })
  ids.bipWithdrawn = await publicInformation(later.id)
  await payload.update({
    collection: 'bip-references',
    data: { state: 'withdrawn' },
    id: later.id,
    overrideAccess: false,
    user: g.approver,
  })
}, 120_000)
afterAll(async () => payload?.destroy())

const PUBLIC = ['localNews', 'withPublishedBip']
const HIDDEN = [
  'draft',
  'inReview',
  'changesRequested',
  'notYetDue',
  'withdrawn',
  'bipDraft',
  'bipScheduled',
  'bipWithdrawn',
]
const names = (found: { id: Id }[]) =>
  found
    .map(
      (d) => Object.keys(ids).find((k) => String(ids[k]) === String(d.id)) ?? `unexpected ${d.id}`,
    )
    .sort()

describe('publicPostsWhere', () => {
  it('the fixtures are in the states the cases name', async () => {
    const state = async (key: string) =>
      (
        await payload.findByID({
          collection: 'posts',
          depth: 0,
          id: ids[key],
          overrideAccess: true,
        })
      ).workflowState
    expect(
      await Promise.all(
        [
          'draft',
          'inReview',
          'changesRequested',
          'notYetDue',
          'withdrawn',
          'bipDraft',
          'bipScheduled',
          'bipWithdrawn',
        ].map(state),
      ),
    ).toEqual([
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'withdrawn',
      'published',
      'published',
      'published',
    ])
  })

  it('matches published posts, and public information only once its BIP entry is published', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      where: publicPostsWhere(new Date()),
    })
    expect(names(docs)).toEqual([...PUBLIC].sort())
  })

  it('lets public information in when the time its BIP entry was scheduled for comes', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      where: publicPostsWhere(new Date(Date.now() + 3 * DAY)),
    })
    expect(names(docs)).toEqual([...PUBLIC, 'bipScheduled'].sort())
  })

  it('combines with other conditions (a filter and a count, as the site and the feeds use it)', async () => {
    const where = {
      and: [publicPostsWhere(new Date()), { informationType: { equals: 'public_information' } }],
    }
    expect(
      names(
        (await payload.find({ collection: 'posts', depth: 0, overrideAccess: true, where })).docs,
      ),
    ).toEqual(['withPublishedBip'])
    expect(
      (await payload.count({ collection: 'posts', overrideAccess: true, where })).totalDocs,
    ).toBe(1)
  })
})

describe('anonymous access to posts follows the same rule', () => {
  it('lists only what residents may see', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      depth: 0,
      limit: 100,
      overrideAccess: false,
    })
    expect(names(docs)).toEqual([...PUBLIC].sort())
    expect((await payload.count({ collection: 'posts', overrideAccess: false })).totalDocs).toBe(
      PUBLIC.length,
    )
  })

  it('answers Not Found for every hidden post, by id and by slug', async () => {
    for (const key of HIDDEN) {
      await expect(
        payload.findByID({ collection: 'posts', id: ids[key], overrideAccess: false }),
        key,
      ).rejects.toMatchObject({ status: 404 })
      const { slug } = await payload.findByID({
        collection: 'posts',
        depth: 0,
        id: ids[key],
        overrideAccess: true,
      })
      const bySlug = await payload.find({
        collection: 'posts',
        depth: 0,
        overrideAccess: false,
        where: { slug: { equals: slug } },
      })
      expect(bySlug.totalDocs, key).toBe(0)
    }
    for (const key of PUBLIC)
      expect(
        (
          await payload.findByID({
            collection: 'posts',
            depth: 0,
            id: ids[key],
            overrideAccess: false,
          })
        ).id,
      ).toEqual(ids[key])
  })

  it('an editor of another unit sees what residents see of it; the unit own editor sees all of its posts', async () => {
    const visible = async (user: TestUser) =>
      names(
        (
          await payload.find({
            collection: 'posts',
            depth: 0,
            limit: 100,
            overrideAccess: false,
            user,
          })
        ).docs,
      )
    expect(await visible(g.officeEditor)).toEqual([...PUBLIC].sort())
    expect(await visible(g.editor)).toEqual([...PUBLIC, ...HIDDEN].sort())
  })
})
