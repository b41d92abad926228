/** Notifications by e-mail, by each person's preference, the worker that sends them, the bell's API. */
import { describe, expect, it } from 'vitest'

import { sendDailySummaries } from '../../plugins/notifications/exports/server'
import { startWorker } from '../../src/worker/run'
import { startApiServer } from '../helpers/api-server'
import { act, draftPost, type TestUser } from '../helpers/fixtures'
import {
  g,
  notesOf,
  officeApprover,
  payload,
  smtp,
  useNotificationsStage,
} from '../helpers/notifications'

useNotificationsStage()

const post = (user: TestUser, unit: { id: number }, title: string, data = {}) =>
  draftPost(payload, user, unit, { channels: ['rss'], title, ...data })
const mailsTo = (user: { email: string }) =>
  smtp.received.filter((m) => m.to.includes(user.email.toLowerCase()))
const runEmails = () => payload.jobs.run({ limit: 100, queue: 'notifications', silent: true })
const prefer = (user: TestUser, notificationEmails: 'daily' | 'immediately' | 'off') =>
  payload.update({
    collection: 'users',
    data: { notificationEmails },
    id: user.id,
    overrideAccess: false,
    user,
  })

describe('e-mails by preference', () => {
  it('sends one e-mail at once by default, none when off, the summary for daily', async () => {
    await prefer(g.approver2, 'off')
    await prefer(officeApprover, 'daily')
    await runEmails()
    const before = {
      approver: mailsTo(g.approver).length,
      approver2: mailsTo(g.approver2).length,
      daily: mailsTo(officeApprover).length,
    }
    const p = await post(g.officeEditor, g.office, 'Przerwa w dostawie wody')
    await act(payload, g.officeEditor, p.id, 'submit')
    await runEmails()
    const mails = mailsTo(g.approver).slice(before.approver)
    expect(mails).toHaveLength(1)
    expect(mails[0].parsed?.subject).toBe(
      'Herold: Wpis „Przerwa w dostawie wody” czeka na akceptację.',
    )
    expect(mails[0].parsed?.text).toContain(
      `Otwórz w panelu: https://wislotki.example/admin/collections/posts/${p.id}`,
    )
    // Run again (a retry, a second worker): nothing more.
    await runEmails()
    expect(mailsTo(g.approver).length).toBe(before.approver + 1)
    expect(mailsTo(g.approver2).length).toBe(before.approver2)
    expect(mailsTo(officeApprover).length).toBe(before.daily)

    expect(await sendDailySummaries(payload, 'https://wislotki.example')).toBeGreaterThan(0)
    const summaries = mailsTo(officeApprover).slice(before.daily)
    expect(summaries).toHaveLength(1)
    expect(summaries[0].parsed?.subject).toMatch(
      /^Herold: podsumowanie dnia \(powiadomienia: \d+\)$/,
    )
    expect(summaries[0].parsed?.text).toContain(
      'Wpis „Przerwa w dostawie wody” czeka na akceptację.',
    )
    // What was summarised is not summarised again.
    await sendDailySummaries(payload, 'https://wislotki.example')
    expect(mailsTo(officeApprover).length).toBe(before.daily + 1)
  })

  it('runs the daily summary as a scheduled task on the notifications queue', async () => {
    const digest = payload.config.jobs.tasks?.find((t) => t.slug === 'notificationDigest')
    expect(digest?.schedule).toEqual([{ cron: '0 0 7 * * *', queue: 'notifications' }])
    const p = await post(g.officeEditor, g.office, 'Zmiana godzin pracy')
    await act(payload, g.officeEditor, p.id, 'submit')
    const before = mailsTo(officeApprover).length
    await payload.jobs.queue({ input: {}, queue: 'notifications', task: 'notificationDigest' })
    await runEmails()
    expect(mailsTo(officeApprover).length).toBe(before + 1)
  })
})

describe('the worker', () => {
  it('sends the e-mails queued for those who want them at once', async () => {
    await prefer(g.approver2, 'immediately')
    const before = mailsTo(g.approver2).length
    const p = await post(g.officeEditor, g.office, 'Nabór do rady seniorów')
    await act(payload, g.officeEditor, p.id, 'submit')
    const worker = await startWorker(payload)
    try {
      for (let waited = 0; mailsTo(g.approver2).length === before && waited < 15_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100))
      expect(mailsTo(g.approver2).length).toBe(before + 1)
    } finally {
      await worker.stop()
    }
  })
})

describe('the bell over HTTP', () => {
  it('answers only the signed-in user their own, and marks them read', async () => {
    // Something for each: the approvers hear of the submission, the editor of the changes asked.
    const p = await post(g.editor, g.school, 'Zbiórka elektrośmieci')
    await act(payload, g.editor, p.id, 'submit')
    await act(payload, g.approver2, p.id, 'request_changes', 'Dodaj godzinę zbiórki.')
    const api = await startApiServer(payload.config)
    try {
      const anonymous = await api.send('GET', '/api/notifications/feed', null)
      expect(anonymous.status).toBe(401)
      expect(anonymous.body.errors[0].message).toBe('Zaloguj się, aby zobaczyć powiadomienia.')
      const auth = await api.login(g.editor.email, 'Haslo-testowe-1')
      const feed = await api.send('GET', '/api/notifications/feed', auth)
      expect(feed.status).toBe(200)
      const own = (await notesOf(g.editor)).map((n) => n.id)
      expect(feed.body.items.map((i: { id: number }) => i.id).sort()).toEqual([...own].sort())
      expect(feed.body.unread).toBe(own.length)
      expect(feed.body.items[0].text).toMatch(/„.+”/)
      expect(feed.body.items[0].href).toMatch(/^\/admin\/collections\/posts\/\d+$/)

      const others = (await notesOf(g.approver)).map((n) => n.id)
      const first = await api.send('POST', '/api/notifications/read', auth, {
        ids: [own[0], others[0]],
      })
      expect(first.status).toBe(200)
      expect(first.body.unread).toBe(own.length - 1)
      // Another's id changed nothing.
      expect((await notesOf(g.approver)).find((n) => n.id === others[0])?.readAt).toBeFalsy()
      expect((await api.send('POST', '/api/notifications/read', auth, {})).status).toBe(400)
      const all = await api.send('POST', '/api/notifications/read', auth, { all: true })
      expect(all.body.unread).toBe(0)

      // The collection's own REST answers only one's own, and nobody writes it.
      const list = await api.send('GET', '/api/notifications?limit=100', auth)
      expect(list.body.docs.map((d: { id: number }) => d.id).sort()).toEqual([...own].sort())
      const create = await api.send('POST', '/api/notifications', auth, {
        key: 'x',
        kind: 'published',
        recipient: g.editor.id,
        title: 'x',
      })
      expect(create.status).toBe(403)
      const patch = await api.send('PATCH', `/api/notifications/${others[0]}`, auth, {
        readAt: new Date().toISOString(),
      })
      expect([403, 404]).toContain(patch.status)
    } finally {
      await api.close()
    }
  })

  it("lets a user set their own e-mail preference, not a colleague's", async () => {
    await prefer(g.editor, 'daily')
    expect(
      (await payload.findByID({ collection: 'users', id: g.editor.id, overrideAccess: true }))
        .notificationEmails,
    ).toBe('daily')
    await expect(
      payload.update({
        collection: 'users',
        data: { notificationEmails: 'off' },
        id: g.officeEditor.id,
        overrideAccess: false,
        user: g.editor,
      }),
    ).rejects.toThrow()
  })
})
