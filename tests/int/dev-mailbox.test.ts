/**
 * The dev mailbox: in development without SMTP, e-mails the instance sends (double opt-in,
 * notifications) are kept in "Poczta testowa" for admins to read, over the real REST API.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
const savedEnv = { ...process.env }

beforeAll(async () => {
  // Vitest runs with NODE_ENV=test: the explicit option turns the mailbox on, as development does.
  delete process.env.SMTP_HOST
  process.env.HEROLD_DEV_MAILBOX = 'true'
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  process.env = { ...savedEnv }
})

const kept = async () =>
  (
    await payload.find({
      collection: 'dev-mailbox',
      overrideAccess: true,
      pagination: false,
      sort: '-sentAt',
    })
  ).docs

describe('the dev mailbox', () => {
  it('is the e-mail adapter, and keeps what Payload sends', async () => {
    expect(payload.email.name).toBe('dev-mailbox')
    await payload.sendEmail({
      cc: [{ address: 'kopia@example.pl', name: 'Kopia' }],
      html: '<p>Zażółć <b>gęślą</b> jaźń</p>',
      subject: 'Próba',
      text: 'Zażółć gęślą jaźń',
      to: 'ktos@example.pl',
    })
    const [message] = await kept()
    expect(message).toMatchObject({
      from: 'Herold <no-reply@localhost>',
      html: '<p>Zażółć <b>gęślą</b> jaźń</p>',
      subject: 'Próba',
      text: 'Zażółć gęślą jaźń',
      to: 'ktos@example.pl, Kopia <kopia@example.pl>',
    })
    expect(Date.now() - Date.parse(message.sentAt)).toBeLessThan(60_000)
  })

  it('receives the double opt-in e-mail of a resident who subscribes', async () => {
    const res = await fetch(`${api.base}/api/newsletter/subscribe`, {
      body: JSON.stringify({ consent: true, digest: 'daily', email: 'mieszkanka@example.pl' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(202)
    const [message] = (await kept()).filter((m) => m.to === 'mieszkanka@example.pl')
    expect(message.subject).toMatch(/^Potwierdź zapis do newslettera/)
    expect(message.html).toMatch(/\/newsletter\/potwierdz\/[A-Za-z0-9_-]{43}/)
  })

  it('receives the notification an approver gets for a post to approve', async () => {
    const post = await draftPost(payload, g.editor, g.school, { title: 'Festyn w poczcie' })
    await act(payload, g.editor, post.id, 'submit')
    await payload.jobs.run({ limit: 100, queue: 'notifications', silent: true })
    const messages = (await kept()).filter((m) => m.to === g.approver.email)
    expect(messages.map((m) => m.text).join('\n')).toContain(
      '„Festyn w poczcie” czeka na akceptację',
    )
  })

  it('is read and emptied by admins only, and written by nobody through the API', async () => {
    const admin = await api.login(g.admin.email, 'Haslo-testowe-1')
    const approver = await api.login(g.approver.email, 'Haslo-testowe-1')
    const list = await api.send('GET', '/api/dev-mailbox?sort=-sentAt', admin)
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe((await kept()).length)
    expect((await api.send('GET', '/api/dev-mailbox', approver)).status).toBe(403)
    expect((await api.send('GET', '/api/dev-mailbox', null)).status).toBe(403)
    const forged = await api.send('POST', '/api/dev-mailbox', admin, { subject: 'x', to: 'y' })
    expect(forged.status).toBe(403)
    const [first] = await kept()
    const removed = await api.send('DELETE', `/api/dev-mailbox/${first.id}`, admin)
    expect(removed.status).toBe(200)
    expect((await kept()).map((m) => m.id)).not.toContain(first.id)
  })
})
