import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { createEntry, publishRules } from '../helpers/moderation'
import { startPayload } from '../helpers/payload'

/**
 * The public site's content version (plugins/site-version) on a real database: which writes bump
 * it, that the bump rides the write's transaction, and that a web process reads it over REST.
 */

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>

const version = async () =>
  ((await payload.findGlobal({ depth: 0, slug: 'site-version' })).version ?? '') as string

/** Whether running `change` gave the site a new version. */
const bumps = async (change: () => Promise<unknown>) => {
  const before = await version()
  await change()
  return (await version()) !== before
}

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('site version', () => {
  it('changes with publication, edits and withdrawal of a post, not with drafts or review', async () => {
    let id!: number
    expect(
      await bumps(async () => {
        id = (await draftPost(payload, g.editor, g.school)).id
      }),
    ).toBe(false)
    expect(await bumps(() => act(payload, g.editor, id, 'submit'))).toBe(false)
    expect(await bumps(() => act(payload, g.approver, id, 'approve'))).toBe(true)
    expect(
      await bumps(() =>
        payload.update({
          collection: 'posts',
          data: { lead: 'Poprawiony lead.' },
          id,
          overrideAccess: true,
        }),
      ),
    ).toBe(true)
    expect(await bumps(() => act(payload, g.approver, id, 'withdraw', 'Nieaktualne.'))).toBe(true)
  })

  it('changes with BIP entries, units, discussion rules, moderation register entries and the accessibility statement', async () => {
    expect(
      await bumps(() =>
        payload.update({
          collection: 'bip-references',
          data: { state: 'withdrawn' },
          id: g.bipPublished.id,
          overrideAccess: false,
          user: g.approver,
        }),
      ),
    ).toBe(true)
    expect(
      await bumps(() =>
        payload.update({
          collection: 'units',
          data: { name: 'Szkoła Podstawowa w Testowie' },
          id: g.school.id,
          overrideAccess: true,
        }),
      ),
    ).toBe(true)
    let rules!: { id: number }
    expect(
      await bumps(async () => {
        rules = await publishRules(payload, g.approver)
      }),
    ).toBe(true)
    expect(
      await bumps(() => createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id } })),
    ).toBe(true)
    expect(
      await bumps(() =>
        payload.updateGlobal({
          data: {
            assessmentMethod: 'self_assessment',
            contactEmail: 'dostepnosc@example.test',
            contactPerson: 'Anna Nowak',
            contactPhone: '+48 33 000 00 00',
            preparedOn: '2026-03-31T00:00:00.000Z',
            status: 'partially_compliant',
          },
          overrideAccess: true,
          slug: 'accessibility-statement',
        }),
      ),
    ).toBe(true)
  })

  // SQLite runs without transactions here (src/db.ts): there the bump comes after the change's own
  // write (afterChange), so a version read never precedes the data it stands for. PostgreSQL (CI's
  // TEST_DATABASE_URI) has them, and the bump commits or rolls back with the change.
  it('is written in the change’s own transaction: a rolled-back withdrawal leaves it as it was', async (ctx) => {
    const post = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, post.id, 'submit')
    await act(payload, g.approver, post.id, 'approve')
    const before = await version()
    const req = (await createLocalReq({ user: g.approver }, payload)) as PayloadRequest
    if (!(await initTransaction(req))) ctx.skip()
    await payload.update({
      collection: 'posts',
      data: { workflowAction: 'withdraw', workflowComment: 'Nieaktualne.' },
      id: post.id,
      overrideAccess: false,
      req,
      user: g.approver,
    })
    await killTransaction(req)
    expect(await version()).toBe(before)
    const stored = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
    expect(stored.workflowState).toBe('published')
  })

  it('is read by the web processes’ route and anonymously over REST; nobody writes it there', async () => {
    const current = await version()
    expect(current).toMatch(/^[0-9a-f-]{36}$/)
    // Imported here: the route loads the config, which must see the test database set up first.
    const { GET } = await import('../../src/app/(payload)/api/site-version/route')
    const route = await GET()
    expect(route.headers.get('cache-control')).toBe('no-store')
    expect(await route.json()).toEqual({ version: current })
    expect((await api.send('GET', '/api/globals/site-version', null)).body.version).toBe(current)
    const login = await api.login(g.admin.email, 'Haslo-testowe-1')
    const write = await api.send('POST', '/api/globals/site-version', login, { version: 'x' })
    expect(write.status).toBe(403)
    expect(await version()).toBe(current)
  })
})
