import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  g,
  Id,
  JOBS_STATS,
  payload,
  ROLES,
  send,
  usePayloadInternals,
} from '../helpers/payload-internals'

usePayloadInternals()

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
        data: { stats: {} },
        overrideAccess: false,
        slug: JOBS_STATS,
        user: g.editor,
      }),
    ).rejects.toThrow()
    await expect(
      payload.findGlobal({ overrideAccess: false, slug: JOBS_STATS, user: g.approver }),
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
