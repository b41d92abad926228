import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { act, draftPost, type TestUser } from '../helpers/fixtures'
import {
  g,
  Id,
  JOBS_STATS,
  payload,
  postRef,
  send,
  usePayloadInternals,
  userRef,
} from '../helpers/payload-internals'

usePayloadInternals()

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
