import type { Payload } from 'payload'

import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { act, draftPost, type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
const auth: Record<string, null | string> = { anonymous: null }
type Id = number | string
type Who = 'admin' | 'anonymous' | 'approver' | 'editor'
const ROLES: Who[] = ['anonymous', 'editor', 'approver', 'admin']

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver', 'editor', 'officeEditor'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const send = (method: string, path: string, who: string, body?: unknown) =>
  api.send(method, path, auth[who], body)
const userRef = (user: TestUser) => ({ relationTo: 'users', value: user.id })
const postRef = (id: Id) => ({ relationTo: 'posts', value: id })
const JOBS_STATS = 'payload-jobs-stats'

describe('Payload-internal collections and globals over REST, per role', () => {
  const allowed = (status: number) => status >= 200 && status < 300

  it.each(ROLES)('payload-jobs: %s reads only if admin, nobody writes', async (who) => {
    const job = await payload.jobs.queue({
      input: {},
      queue: 'internals-test',
      task: 'publishDuePosts',
    })
    const list = await send('GET', '/api/payload-jobs', who)
    expect(list.status).toBe(who === 'admin' ? 200 : 403)
    if (who === 'admin')
      expect(list.body.docs.map((d: { id: Id }) => String(d.id))).toContain(String(job.id))
    expect(
      allowed(
        (await send('POST', '/api/payload-jobs', who, { queue: 'x', taskSlug: 'publishDuePosts' }))
          .status,
      ),
    ).toBe(false)
    expect(
      allowed(
        (
          await send('PATCH', `/api/payload-jobs/${job.id}`, who, {
            waitUntil: '2099-01-01T00:00:00.000Z',
          })
        ).status,
      ),
    ).toBe(false)
    expect(allowed((await send('DELETE', `/api/payload-jobs/${job.id}`, who)).status)).toBe(false)
    const stored = await payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    })
    expect(stored.waitUntil ?? null).toBeNull()
    await payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
  })

  it.each(ROLES)(
    'payload-jobs: %s cannot run or schedule jobs over REST unless admin',
    async (who) => {
      const schedules = await send(
        'GET',
        '/api/payload-jobs/handle-schedules?queue=internals-test',
        who,
      )
      const run = await send('GET', '/api/payload-jobs/run?queue=internals-test', who)
      expect(allowed(schedules.status)).toBe(who === 'admin')
      expect(allowed(run.status)).toBe(who === 'admin')
    },
  )

  it.each(ROLES)('payload-jobs-stats: %s reads only if admin, nobody writes', async (who) => {
    const read = await send('GET', `/api/globals/${JOBS_STATS}`, who)
    expect(read.status).toBe(who === 'admin' ? 200 : 403)
    const write = await send('POST', `/api/globals/${JOBS_STATS}`, who, {
      stats: {
        scheduledRuns: {
          queues: {
            scheduled: {
              tasks: { publishDuePosts: { lastScheduledRun: '2099-01-01T00:00:00.000Z' } },
            },
          },
        },
      },
    })
    expect(write.status).toBe(403)
    const stats = (await payload.db.findGlobal({ slug: JOBS_STATS })) as { stats?: unknown } | null
    expect(JSON.stringify(stats?.stats ?? null)).not.toContain('2099')
  })

  it('payload-jobs-stats: an editor cannot write it through the Local API either', async () => {
    await expect(
      payload.updateGlobal({
        data: { stats: {} } as never,
        overrideAccess: false,
        slug: JOBS_STATS as never,
        user: g.editor,
      }),
    ).rejects.toThrow()
    await expect(
      payload.findGlobal({ overrideAccess: false, slug: JOBS_STATS as never, user: g.approver }),
    ).rejects.toThrow()
    await expect(
      payload.find({ collection: 'payload-jobs', overrideAccess: false, user: g.approver }),
    ).rejects.toThrow()
    expect(
      (await payload.find({ collection: 'payload-jobs', overrideAccess: false, user: g.admin }))
        .docs,
    ).toBeDefined()
  })

  it.each(ROLES)('payload-migrations: %s gets a clean 404, never a 5xx', async (who) => {
    for (const [method, path] of [
      ['GET', '/api/payload-migrations'],
      ['GET', '/api/payload-migrations/1'],
      ['POST', '/api/payload-migrations'],
      ['DELETE', '/api/payload-migrations/1'],
    ] as const) {
      const res = await send(
        method,
        path,
        who,
        method === 'POST' ? { batch: 1, name: 'x' } : undefined,
      )
      expect(res.status, `${method} ${path}`).toBe(404)
    }
  })

  it('payload-migrations: nobody reads them through the Local API with access checks', async () => {
    await expect(
      payload.find({ collection: 'payload-migrations', overrideAccess: false, user: g.admin }),
    ).rejects.toThrow()
    // Payload's own migration code reads them without access checks, and still can.
    expect((await payload.find({ collection: 'payload-migrations' })).docs).toBeDefined()
  })

  it('payload-preferences: each user reads and writes only their own', async () => {
    const saved = await send('POST', '/api/payload-preferences/internals-test', 'editor', {
      value: { columns: ['title'] },
    })
    expect(saved.status).toBe(200)
    expect(
      (await send('GET', '/api/payload-preferences/internals-test', 'editor')).body.value,
    ).toEqual({ columns: ['title'] })
    // Another user's key of the same name is their own record, not the editor's.
    const other = await send('GET', '/api/payload-preferences/internals-test', 'approver')
    expect(other.body.value ?? null).toBeNull()
    const editorDoc = (
      await payload.find({
        collection: 'payload-preferences',
        overrideAccess: true,
        where: {
          and: [{ key: { equals: 'internals-test' } }, { 'user.value': { equals: g.editor.id } }],
        },
      })
    ).docs[0]
    for (const who of ['approver', 'admin'] as const) {
      const list = await send('GET', '/api/payload-preferences?limit=100&depth=0', who)
      expect(list.status).toBe(200)
      const owners = list.body.docs.map((d: { user: { value: Id } }) => String(d.user.value))
      expect(owners.every((owner: string) => owner === String(g[who].id))).toBe(true)
      expect(
        allowed(
          (
            await send('PATCH', `/api/payload-preferences/${editorDoc.id}`, who, {
              value: { stolen: true },
            })
          ).status,
        ),
      ).toBe(false)
      // DELETE /:key is Payload's own "delete my preference by key": it never reaches the editor's record.
      await send('DELETE', `/api/payload-preferences/${editorDoc.id}`, who)
      await send('DELETE', '/api/payload-preferences/internals-test', who)
    }
    expect(
      allowed((await send('GET', '/api/payload-preferences?limit=1', 'anonymous')).status),
    ).toBe(false)
    expect(
      (await send('GET', '/api/payload-preferences/internals-test', 'editor')).body.value,
    ).toEqual({ columns: ['title'] })
  })
})

describe('the scheduler recovers from a corrupted schedule record', () => {
  afterEach(() => _internal_resetJobSystemGlobals())

  /** An approved post whose publication time has just passed: the scheduler's job. */
  const duePost = async () => {
    const post = await draftPost(payload, g.editor, g.school, {
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await act(payload, g.editor, post.id, 'submit')
    expect((await act(payload, g.approver, post.id, 'approve')).workflowState).toBe('approved')
    await payload.db.updateOne({
      collection: 'posts',
      data: { publishAt: new Date(Date.now() - 1000).toISOString() },
      id: post.id,
    })
    return post.id
  }

  const corruptLastRun = async (lastScheduledRun: unknown) => {
    const stats = {
      scheduledRuns: {
        queues: {
          scheduled: {
            tasks: { moderationWork: { lastScheduledRun }, publishDuePosts: { lastScheduledRun } },
          },
        },
      },
    }
    const existing = await payload.db.findGlobal({ slug: JOBS_STATS })
    if (existing) await payload.db.updateGlobal({ data: { stats }, slug: JOBS_STATS })
    else await payload.db.createGlobal({ data: { stats }, slug: JOBS_STATS })
  }

  /** What the web process's job cron does, then its run a little over a minute later (every cron tick has come by then). */
  const scheduleAndRun = async () => {
    await payload.jobs.handleSchedules({ queue: 'scheduled' })
    const later = new Date(Date.now() + 61_000)
    _internal_jobSystemGlobals.getCurrentDate = () => later
    await payload.jobs.run({ limit: 10, queue: 'scheduled', silent: true })
    _internal_resetJobSystemGlobals()
  }

  const stateOf = async (id: Id) =>
    (await payload.findByID({ collection: 'posts', id, overrideAccess: true })).workflowState

  it.each([
    // The control: a sound record, as the scheduler itself writes it.
    ['a moment ago', new Date(Date.now() - 1000).toISOString()],
    ['in the far future', '2099-01-01T00:00:00.000Z'],
    ['garbage', 'to nie jest data'],
    ['of the wrong type', { when: 'zawsze' }],
  ])('publishes a due post when lastScheduledRun is %s', async (_what, lastScheduledRun) => {
    const id = await duePost()
    await corruptLastRun(lastScheduledRun)
    await scheduleAndRun()
    expect(await stateOf(id)).toBe('published')
    // The record is repaired: no corrupted time is left in it. The scheduler writes the run it
    // queued, or nothing when a job of that task was still waiting (Payload then queues none).
    const stats = (await payload.db.findGlobal({ slug: JOBS_STATS })) as { stats: any }
    const lastRun: unknown =
      stats.stats?.scheduledRuns?.queues?.scheduled?.tasks?.publishDuePosts?.lastScheduledRun
    if (lastRun !== undefined)
      expect(new Date(lastRun as string).getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('releases a scheduled job that a corrupted record parked in the far future', async () => {
    const id = await duePost()
    await corruptLastRun(new Date(Date.now() - 1000).toISOString())
    // What the old code queued after reading a 2099 lastScheduledRun: it blocked every later schedule.
    await payload.db.create({
      collection: 'payload-jobs',
      data: {
        input: {},
        meta: { scheduled: true },
        processing: false,
        queue: 'scheduled',
        taskSlug: 'publishDuePosts',
        totalTried: 0,
        waitUntil: '2099-01-01T00:01:00.000Z',
      },
    })
    await scheduleAndRun()
    expect(await stateOf(id)).toBe('published')
  })
})

describe('document locks', () => {
  let schoolDraft: Id
  let officeDraft: Id
  let inReview: Id

  beforeAll(async () => {
    schoolDraft = (await draftPost(payload, g.editor, g.school)).id
    officeDraft = (await draftPost(payload, g.officeEditor, g.office)).id
    inReview = (await draftPost(payload, g.officeEditor, g.office)).id
    await act(payload, g.officeEditor, inReview, 'submit')
  })
  afterEach(async () => {
    await payload.db.deleteMany({
      collection: 'payload-locked-documents',
      where: { id: { exists: true } },
    })
  })

  const lock = (who: string, document: Id, user: TestUser) =>
    send('POST', '/api/payload-locked-documents', who, {
      document: postRef(document),
      user: userRef(user),
    })
  const locksOn = async (document: Id) =>
    (
      await payload.find({
        collection: 'payload-locked-documents',
        overrideAccess: true,
        where: { 'document.value': { equals: document } },
      })
    ).docs

  it('an editor cannot lock a post of another unit', async () => {
    const res = await lock('editor', officeDraft, g.editor)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/blokować/)
    expect(await locksOn(officeDraft)).toHaveLength(0)
  })

  it("an editor cannot lock in someone else's name", async () => {
    const res = await lock('editor', schoolDraft, g.approver)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/własnym imieniu/)
    expect(await locksOn(schoolDraft)).toHaveLength(0)
  })

  it("an editor's forged lock does not block an approver's save", async () => {
    // Another unit's post under review, locked in the editor's own name or in the other editor's.
    const forged = [
      await lock('editor', inReview, g.editor),
      await lock('editor', inReview, g.officeEditor),
    ]
    const approved = await send('PATCH', `/api/posts/${inReview}`, 'approver', {
      workflowAction: 'request_changes',
      workflowComment: 'Proszę poprawić lead.',
    })
    expect(approved.status).toBe(200)
    expect(forged.map((res) => res.status)).toEqual([403, 403])
    expect(approved.body.doc.workflowState).toBe('changes_requested')
  })

  it("a lock the admin's form state writes straight to the database holds only on what its holder may edit", async () => {
    // What @payloadcms/ui's handleFormStateLocking writes for the requesting user, whatever id it is sent.
    const formStateLock = (document: Id, user: TestUser) =>
      payload.db.create({
        collection: 'payload-locked-documents',
        data: { document: postRef(document), user: userRef(user) },
        returning: false,
      })
    const waiting = (await draftPost(payload, g.officeEditor, g.office)).id
    await act(payload, g.officeEditor, waiting, 'submit')
    await formStateLock(waiting, g.editor)
    expect(await locksOn(waiting)).toHaveLength(0)
    const approved = await send('PATCH', `/api/posts/${waiting}`, 'approver', {
      workflowAction: 'request_changes',
      workflowComment: 'Proszę poprawić tytuł.',
    })
    expect(approved.status).toBe(200)
    await formStateLock(schoolDraft, g.editor)
    expect(await locksOn(schoolDraft)).toHaveLength(1)
  })

  it("an editor cannot hand an existing lock to someone else, nor remove another user's lock", async () => {
    const own = await lock('editor', schoolDraft, g.editor)
    expect(own.status).toBe(201)
    const moved = await send(
      'PATCH',
      `/api/payload-locked-documents/${own.body.doc.id}`,
      'editor',
      { user: userRef(g.approver) },
    )
    expect(moved.status).toBe(403)
    const retarget = await send(
      'PATCH',
      `/api/payload-locked-documents/${own.body.doc.id}`,
      'editor',
      { document: postRef(officeDraft) },
    )
    expect(retarget.status).toBe(403)
    const approverLock = await lock('approver', officeDraft, g.approver)
    expect(approverLock.status).toBe(201)
    expect(
      allowed(
        (
          await send(
            'DELETE',
            `/api/payload-locked-documents/${approverLock.body.doc.id}`,
            'editor',
          )
        ).status,
      ),
    ).toBe(false)
    expect(await locksOn(officeDraft)).toHaveLength(1)
  })

  it("keeps what the admin does for one's own editing: read the lock, take it over, release it", async () => {
    // The approver opened the school's draft; the editor sees who holds it and takes it over.
    expect((await lock('approver', schoolDraft, g.approver)).status).toBe(201)
    const query = `where[document.relationTo][equals]=posts&where[document.value][equals]=${schoolDraft}`
    const seen = await send('GET', `/api/payload-locked-documents?${query}`, 'editor')
    expect(seen.status).toBe(200)
    expect(seen.body.docs).toHaveLength(1)
    const takeOver = await send(
      'PATCH',
      `/api/payload-locked-documents/${seen.body.docs[0].id}`,
      'editor',
      { user: userRef(g.editor) },
    )
    expect(takeOver.status).toBe(200)
    const saved = await send('PATCH', `/api/posts/${schoolDraft}`, 'editor', { lead: 'Nowy lead.' })
    expect(saved.status).toBe(200)
    // Leaving the document releases the lock the editor holds.
    const held = await send('GET', `/api/payload-locked-documents?${query}`, 'editor')
    if (held.body.docs.length)
      expect(
        (await send('DELETE', `/api/payload-locked-documents/${held.body.docs[0].id}`, 'editor'))
          .status,
      ).toBe(200)
    // A lock of one's own, then released by oneself.
    const own = await lock('editor', schoolDraft, g.editor)
    expect(own.status).toBe(201)
    expect(
      (await send('DELETE', `/api/payload-locked-documents/${own.body.doc.id}`, 'editor')).status,
    ).toBe(200)
    expect(await locksOn(schoolDraft)).toHaveLength(0)
  })

  it('nobody anonymous reads or makes locks', async () => {
    expect((await send('GET', '/api/payload-locked-documents', 'anonymous')).status).toBe(403)
    expect((await lock('anonymous', schoolDraft, g.editor)).status).toBe(403)
  })

  const allowed = (status: number) => status >= 200 && status < 300
})

describe('fetching fanpage comments on demand', () => {
  it.each(['editor', 'officeEditor'])(
    'is refused to an editor (%s) with a Polish message',
    async (who) => {
      const res = await send('POST', '/api/social-comments/fetch', who)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/zatwierdzający|administrator/)
    },
  )

  it('is refused to anonymous requests', async () => {
    expect((await send('POST', '/api/social-comments/fetch', 'anonymous')).status).toBe(401)
  })
})
