import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ALL_CHANNELS } from '../../src/domain/channel-policy'
import { startApiServer } from '../helpers/api-server'
import { configureAllChannels } from '../helpers/channel-config'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let channels: Awaited<ReturnType<typeof configureAllChannels>> | undefined
const auth: Record<string, string> = {}

beforeAll(async () => {
  process.env.HEROLD_ENCRYPTION_KEY = 'test-encryption-key-0123456789abcdef'
  // A fresh install: no Page, no group, no mail server. RSS needs nothing.
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE']) delete process.env[name]
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await channels?.close()
})

const REFUSAL =
  'Wpisy z kategorii „Konsultacje społeczne” muszą trafić na kanały „Grupa mieszkańców (Facebook)”, „Fanpage urzędu (Facebook)” i „Newsletter e-mail”, ale te kanały nie są połączone ani skonfigurowane — poproś administratora o konfigurację. Administrator może też zatwierdzić wpis mimo to, z uzasadnieniem.'

/** A consultation reaching every channel, waiting for approval. */
const consultation = async (title: string) => {
  const post = await draftPost(payload, g.officeEditor, g.office, {
    category: 'consultations',
    channels: ALL_CHANNELS,
    title,
  })
  await act(payload, g.officeEditor, post.id, 'submit')
  return post
}

const approve = (id: number, authorization: string, extra: Record<string, unknown> = {}) =>
  api.send('PATCH', `/api/posts/${id}`, authorization, { workflowAction: 'approve', ...extra })

const stateOf = async (id: number) =>
  (await payload.findByID({ collection: 'posts', id, overrideAccess: true })).workflowState

describe('approval when the category requires channels that are not configured', () => {
  it('refuses the approval with the reason naming the channels, for approvers and admins alike', async () => {
    const post = await consultation('Konsultacje planu miejscowego')
    for (const who of ['approver', 'admin']) {
      const refused = await approve(post.id, auth[who])
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].message).toBe(REFUSAL)
    }
    expect(await stateOf(post.id)).toBe('in_review')
  })

  it('does not hold up a category without required channels, configured or not', async () => {
    const post = await draftPost(payload, g.officeEditor, g.office, {
      category: 'culture',
      channels: ['fanpage'],
      title: 'Koncert w parku',
    })
    await act(payload, g.officeEditor, post.id, 'submit')
    expect((await approve(post.id, auth.approver)).status).toBe(200)
  })

  it('lets only an admin override it, only with a reason, recorded in the approval and audit logs', async () => {
    const post = await consultation('Konsultacje budżetu obywatelskiego')
    const byApprover = await approve(post.id, auth.approver, {
      workflowComment: 'Pilne.',
      workflowOverride: true,
    })
    expect(byApprover.status).toBe(403)
    expect(byApprover.body.errors[0].message).toBe(
      'Zatwierdzić wpis mimo nieskonfigurowanych kanałów może tylko administrator.',
    )
    const withoutReason = await approve(post.id, auth.admin, { workflowOverride: true })
    expect(withoutReason.status).toBe(400)
    expect(withoutReason.body.errors[0].message).toMatch(/wymaga uzasadnienia w komentarzu/)
    expect(await stateOf(post.id)).toBe('in_review')

    const reason = 'Termin ustawowy mija jutro; fanpage podłączymy w przyszłym tygodniu.'
    const approved = await approve(post.id, auth.admin, {
      workflowComment: reason,
      workflowOverride: true,
    })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.workflowState).toBe('published')
    const note = `Zatwierdzono mimo nieskonfigurowanych kanałów wymaganych dla kategorii („Grupa mieszkańców (Facebook)”, „Fanpage urzędu (Facebook)” i „Newsletter e-mail”). Uzasadnienie — ${reason}`

    // The post's log, as staff read it over the API.
    const read = await api.send('GET', `/api/posts/${post.id}?depth=0`, auth.approver)
    const approval = (read.body.approvalLog as { by: number; comment: string; decision: string }[])
      .filter((e) => e.decision === 'approve')
      .at(-1)!
    expect(approval).toMatchObject({ by: g.admin.id, comment: note })

    const log = await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 20,
      overrideAccess: true,
      where: {
        and: [
          { documentCollection: { equals: 'posts' } },
          { documentId: { equals: String(post.id) } },
        ],
      },
    })
    const entry = log.docs.find((e) => e.summary.includes('Zatwierdzono mimo'))
    expect(entry).toBeTruthy()
    expect(entry!.summary).toContain(reason)
    expect(entry!.user).toBe(g.admin.id)
  })

  it('approves normally once every required channel is configured', async () => {
    channels = await configureAllChannels(payload)
    const post = await consultation('Konsultacje regulaminu targowiska')
    const approved = await approve(post.id, auth.approver)
    expect(approved.status).toBe(200)
    expect(approved.body.doc.workflowState).toBe('published')
    const read = await api.send('GET', `/api/posts/${post.id}?depth=0`, auth.approver)
    expect(
      (read.body.approvalLog as { comment?: null | string; decision: string }[]).find(
        (e) => e.decision === 'approve',
      )?.comment ?? null,
    ).toBeNull()
  })
})
