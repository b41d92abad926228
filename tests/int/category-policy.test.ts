import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../src/payload-types'
import { ALL_CHANNELS } from '../../src/domain/channel-policy'
import { startApiServer } from '../helpers/api-server'
import { configureAllChannels } from '../helpers/channel-config'
import { act, draftPost, type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

type Id = number
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let channels: Awaited<ReturnType<typeof configureAllChannels>>
const auth: Record<string, string> = {}

beforeAll(async () => {
  process.env.HEROLD_ENCRYPTION_KEY = 'test-encryption-key-0123456789abcdef'
  payload = await startPayload()
  g = await makeGmina(payload)
  // Every channel can publish: the policy alone decides here (tests/int/workflow-channel-config).
  channels = await configureAllChannels(payload)
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver', 'approver2', 'editor'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await channels?.close()
})

const rest = async (method: string, path: string, body?: unknown, authorization?: string) => {
  const res = await fetch(`${api.base}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(authorization ? { authorization } : {}), 'content-type': 'application/json' },
    method,
  })
  return { body: (await res.json().catch(() => ({}))) as any, status: res.status }
}

const refusal = async (run: Promise<unknown>) => {
  try {
    await run
    return null
  } catch (error) {
    return { message: (error as Error).message, status: (error as { status?: number }).status }
  }
}

const consultation = (user: TestUser, unit: { id: Id }, channels: NonNullable<Post['channels']>) =>
  draftPost(payload, user, unit, {
    category: 'consultations',
    channels,
    title: `Konsultacje ${channels.join('+') || 'bez kanałów'} ${Math.random()}`,
  })

describe('category channel policy: who may read and change it', () => {
  it('is read by every logged-in user and changed by staff only', async () => {
    expect((await rest('GET', '/globals/category-policy')).status).toBe(403)
    for (const role of ['editor', 'approver', 'admin'])
      expect((await rest('GET', '/globals/category-policy', undefined, auth[role])).status).toBe(
        200,
      )
    const current = (await rest('GET', '/globals/category-policy', undefined, auth.admin)).body
    expect(
      (await rest('POST', '/globals/category-policy', { rules: current.rules ?? [] })).status,
    ).toBe(403)
    expect(
      (await rest('POST', '/globals/category-policy', { rules: current.rules ?? [] }, auth.editor))
        .status,
    ).toBe(403)
  })
})

describe('approval enforces the policy (default: consultations reach every channel)', () => {
  it('lets an editor submit with a warning only, and refuses the approval naming the missing channels', async () => {
    const post = await consultation(g.officeEditor, g.office, ['fanpage', 'rss'])
    expect((await act(payload, g.officeEditor, post.id, 'submit')).workflowState).toBe('in_review')

    // Over REST, as the admin's workflow panel sends it: a clear 400, never a 500.
    const refused = await rest(
      'PATCH',
      `/posts/${post.id}`,
      { workflowAction: 'approve' },
      auth.approver,
    )
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe(
      'Wpis z kategorii „Konsultacje społeczne” nie spełnia zasad kanałów publikacji – dodaj kanały „Grupa mieszkańców (Facebook)” i „Newsletter e-mail”. Konsultacje społeczne muszą dotrzeć do wszystkich mieszkańców – każdym kanałem, którym gmina się z nimi komunikuje.',
    )
    expect(
      (await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: true }))
        .workflowState,
    ).toBe('in_review')

    // The approver adds the channels in the same save as the approval.
    const approved = await rest(
      'PATCH',
      `/posts/${post.id}`,
      { channels: ALL_CHANNELS, workflowAction: 'approve' },
      auth.approver,
    )
    expect(approved.status).toBe(200)
    expect(approved.body.doc.workflowState).toBe('published')
  })

  it("refuses a trusted unit's submission, which approves itself", async () => {
    const post = await consultation(g.editor, g.osp, ['fanpage'])
    const refused = await refusal(act(payload, g.editor, post.id, 'submit'))
    expect(refused).toMatchObject({ status: 400 })
    expect(refused!.message).toMatch(
      /dodaj kanały „Grupa mieszkańców \(Facebook\)”, „Kanał RSS” i „Newsletter e-mail”/,
    )
    expect(
      (await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: true }))
        .workflowState,
    ).toBe('draft')
  })

  it('keeps an approved post within the policy when staff change its channels', async () => {
    const post = await consultation(g.officeEditor, g.office, ALL_CHANNELS)
    await act(payload, g.officeEditor, post.id, 'submit')
    expect((await act(payload, g.approver, post.id, 'approve')).workflowState).toBe('published')
    const narrowed = await rest(
      'PATCH',
      `/posts/${post.id}`,
      { channels: ['fanpage'] },
      auth.approver,
    )
    expect(narrowed.status).toBe(400)
    expect(narrowed.body.errors[0].message).toMatch(/dodaj kanały/)
    // Other edits of the published post are not held up by the policy.
    expect(
      (await rest('PATCH', `/posts/${post.id}`, { lead: 'Poprawiony lead.' }, auth.approver))
        .status,
    ).toBe(200)
  })
})

describe('a policy saved by staff', () => {
  it('refuses a policy that contradicts itself, with the reason', async () => {
    const res = await rest(
      'POST',
      '/globals/category-policy',
      { rules: [{ category: 'sport', forbidden: ['rss'], required: ['rss'] }] },
      auth.approver,
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(
      '„Kanał RSS” nie może być jednocześnie wymagany i niedozwolony',
    )
  })

  it('forbids and requires what staff say, for every approver', async () => {
    const saved = await rest(
      'POST',
      '/globals/category-policy',
      {
        rules: [
          {
            category: 'safety',
            forbidden: ['group'],
            reason: 'Ostrzeżenia idą oficjalnymi kanałami.',
            required: ['fanpage'],
          },
        ],
      },
      auth.approver,
    )
    expect(saved.status).toBe(200)

    const post = await draftPost(payload, g.officeEditor, g.office, {
      category: 'safety',
      channels: ['group', 'rss'],
      title: 'Ostrzeżenie przed burzą',
    })
    await act(payload, g.officeEditor, post.id, 'submit')
    const refused = await refusal(act(payload, g.approver, post.id, 'approve'))
    expect(refused).toMatchObject({ status: 400 })
    expect(refused!.message).toBe(
      'Wpis z kategorii „Bezpieczeństwo i ostrzeżenia” nie spełnia zasad kanałów publikacji – dodaj kanał „Fanpage urzędu (Facebook)”; usuń kanał „Grupa mieszkańców (Facebook)”. Ostrzeżenia idą oficjalnymi kanałami.',
    )
    await payload.update({
      collection: 'posts',
      data: { channels: ['fanpage', 'rss'] },
      id: post.id,
      overrideAccess: false,
      user: g.approver,
    })
    expect((await act(payload, g.approver, post.id, 'approve')).workflowState).toBe('published')

    // Consultations are no longer in the saved policy: a single channel is enough now.
    const free = await consultation(g.officeEditor, g.office, ['rss'])
    await act(payload, g.officeEditor, free.id, 'submit')
    expect((await act(payload, g.approver, free.id, 'approve')).workflowState).toBe('published')
  })
})
