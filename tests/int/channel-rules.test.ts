import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ChannelAlerts } from '../../plugins/fanout/components/ChannelAlerts'
import { ensureEnvAccounts } from '../../plugins/fanout/engine/accounts'
import { deliveriesOf, drain } from '../helpers/fanout'
import { publishRules } from '../helpers/rules'
import {
  api,
  fieldError,
  g,
  graph,
  groupCopies,
  groupId,
  type Id,
  PASSWORD,
  payload,
  publish,
  rest,
  rules,
  useChannelRulesStage,
} from '../helpers/channel-rules'

useChannelRulesStage()

let handoffId: Id

describe('a social channel is switched on only under published rules of discussion', () => {
  const handoffGroup = {
    group: { mode: 'handoff' },
    kind: 'group',
    name: 'Grupa „Sąsiedzi z Lipowa”',
  }

  it('refuses a channel without rules, saying why and what to do', async () => {
    const res = await rest('POST', '/channel-accounts', { ...handoffGroup, enabled: true })
    expect(res.status).toBe(400)
    expect(fieldError(res.body)).toMatchObject({ path: 'discussionRules' })
    expect(fieldError(res.body)!.message).toMatch(
      /^Kanał „Grupa „Sąsiedzi z Lipowa”” może być włączony tylko z opublikowanymi zasadami dyskusji\. Kanał nie ma wskazanych zasad dyskusji\./,
    )
    expect(fieldError(res.body)!.message).toMatch(
      /Opublikuj zasady .* albo zapisz kanał jako wyłączony/,
    )
  })

  it('refuses draft rules and rules of another platform', async () => {
    const draft = await payload.create({
      collection: 'discussion-rules',
      data: {
        complaints: { howTo: 'E-mailem.' },
        effectiveFrom: '2025-01-01T00:00:00.000Z',
        governs: [{ name: 'Lipowo', platform: 'facebook_group' }],
        moderationDocumentation: 'Rejestr.',
        operator: 'Sołtys',
        rules: (await import('../../src/seed/lexical')).lexicalParagraphs('Szanujmy się.'),
        title: 'Zasady grupy Lipowo (projekt)',
      },
      draft: true,
      overrideAccess: true,
    })
    const unpublished = await rest('POST', '/channel-accounts', {
      ...handoffGroup,
      discussionRules: draft.id,
      enabled: true,
    })
    expect(unpublished.status).toBe(400)
    expect(fieldError(unpublished.body)!.message).toMatch(
      /Zasady dyskusji „Zasady grupy Lipowo \(projekt\)” nie są opublikowane/,
    )

    const pageRules = await rest('POST', '/channel-accounts', {
      ...handoffGroup,
      discussionRules: rules.fanpage.id,
      enabled: true,
    })
    expect(pageRules.status).toBe(400)
    expect(fieldError(pageRules.body)!.message).toMatch(
      /nie dotyczą profilu typu „Facebook – grupa”/,
    )

    const mangled = await rest('POST', '/channel-accounts', {
      ...handoffGroup,
      discussionRules: 'abc',
      enabled: false,
    })
    expect(mangled.status).toBe(400)
    expect(fieldError(mangled.body)!.message).toMatch(/Nie znaleziono wskazanych zasad dyskusji/)
  })

  it('keeps a channel without rules switched off, and switches it on once it has them', async () => {
    const off = await rest('POST', '/channel-accounts', { ...handoffGroup, enabled: false })
    expect(off.status).toBe(201)
    handoffId = off.body.doc.id
    const on = await rest('PATCH', `/channel-accounts/${handoffId}`, { enabled: true })
    expect(on.status).toBe(400)
    const lipowo = await publishRules(
      payload,
      'Zasady dyskusji w grupie Sąsiedzi z Lipowa',
      'facebook_group',
      { slug: 'sasiedzi-z-lipowa' },
    )
    const withRules = await rest('PATCH', `/channel-accounts/${handoffId}`, {
      discussionRules: lipowo.id,
      enabled: true,
    })
    expect(withRules.status).toBe(200)
    expect(withRules.body.doc).toMatchObject({ enabled: true })
  })

  it('is configured by admins only', async () => {
    const approverAuth = await api.login(g.approver.email, PASSWORD)
    expect(
      (
        await rest(
          'PATCH',
          `/channel-accounts/${handoffId}`,
          { discussionRules: null },
          approverAuth,
        )
      ).status,
    ).toBe(403)
    const editorAuth = await api.login(g.editor.email, PASSWORD)
    expect(
      (await rest('GET', `/channel-accounts/${handoffId}`, undefined, editorAuth)).status,
    ).toBe(403)
  })
})

describe('the rules link in every social copy', () => {
  it("points at the account's own rules page (on by default for the group, off for the Page)", async () => {
    const post = await publish('Festyn w Lipowie', ['fanpage', 'group'])
    await drain(payload)
    const deliveries = await deliveriesOf(payload, post.id)
    const webhookGroup = deliveries.find((d) => d.channel === 'group' && d.state === 'sent')!
    const handoff = deliveries.find((d) => d.channel === 'group' && d.state === 'needs_action')!
    expect(webhookGroup.text).toContain(
      'Zasady dyskusji: https://wislotki.example/zasady-dyskusji/grupa-mieszkancow',
    )
    expect(groupCopies('Festyn w Lipowie')[0].body.text).toContain(
      'Zasady dyskusji: https://wislotki.example/zasady-dyskusji/grupa-mieszkancow',
    )
    expect(handoff.text).toContain(
      'Zasady dyskusji: https://wislotki.example/zasady-dyskusji/sasiedzi-z-lipowa',
    )
    const page = graph.posts.find((p) => p.message?.includes('Festyn w Lipowie'))!
    expect(page.message).not.toContain('Zasady dyskusji')
  })
})

describe('rules unpublished after a post was planned', () => {
  it('holds the deliveries to that account with the reason, and sends them once the rules are back', async () => {
    const post = await publish('Zebranie wiejskie', ['fanpage', 'group'])
    expect(
      (await deliveriesOf(payload, post.id))
        .filter((d) => d.channel === 'group')
        .map((d) => d.state),
    ).toEqual(['pending', 'pending'])
    // Unpublished (the admin's "Cofnij publikację") while the deliveries wait in the queue.
    await payload.update({
      collection: 'discussion-rules',
      data: { _status: 'draft' },
      id: rules.group.id,
      overrideAccess: true,
    })
    expect(
      (
        await payload.find({
          collection: 'discussion-rules',
          overrideAccess: false,
          where: { id: { equals: rules.group.id } },
        })
      ).totalDocs,
    ).toBe(0)
    await drain(payload)

    const held = (await deliveriesOf(payload, post.id)).find(
      (d) => d.channel === 'group' && String((d as { account?: Id }).account) === String(groupId),
    )!
    expect(held.state).toBe('needs_action')
    expect(held.reason).toMatch(
      /^Zasady dyskusji „Zasady dyskusji w grupie mieszkańców” nie są opublikowane\..*wstrzymane wpisy zostaną wtedy wysłane\.$/,
    )
    expect(groupCopies('Zebranie wiejskie')).toHaveLength(0)
    // The Page and the other group keep their own rules and go ahead.
    expect(graph.posts.filter((p) => p.message?.includes('Zebranie wiejskie'))).toHaveLength(1)

    // The dashboard says which channel waits and why.
    const alerts = renderToStaticMarkup(await ChannelAlerts({ payload }))
    expect(alerts).toContain(
      'Wisłotki – forum mieszkańców</a>: wpisy czekają – Zasady dyskusji „Zasady dyskusji w grupie mieszkańców” nie są opublikowane',
    )

    // Switched on, the account cannot be saved again until its rules are back.
    const rename = await rest('PATCH', `/channel-accounts/${groupId}`, {
      name: 'Forum mieszkańców',
    })
    expect(rename.status).toBe(400)
    expect(fieldError(rename.body)!.message).toMatch(/nie są opublikowane/)

    await payload.update({
      collection: 'discussion-rules',
      data: { _status: 'published' },
      id: rules.group.id,
      overrideAccess: true,
    })
    await drain(payload)
    expect(
      (await deliveriesOf(payload, post.id)).every(
        (d) => d.state === 'sent' || d.channel === 'group',
      ),
    ).toBe(true)
    expect(
      (await payload.findByID({ collection: 'deliveries', id: held.id, overrideAccess: true }))
        .state,
    ).toBe('sent')
    expect(groupCopies('Zebranie wiejskie')).toHaveLength(1)
  })

  it('keeps sending while a new draft of published rules is being written', async () => {
    await payload.update({
      collection: 'discussion-rules',
      data: { operator: 'Nowy operator (projekt)' },
      draft: true,
      id: rules.group.id,
      overrideAccess: true,
    })
    const post = await publish('Dożynki gminne', ['group'])
    await drain(payload)
    const group = (await deliveriesOf(payload, post.id)).find(
      (d) => String((d as { account?: Id }).account) === String(groupId),
    )!
    expect(group.state).toBe('sent')
    expect(groupCopies('Dożynki gminne')).toHaveLength(1)
  })
})

describe('the Page account made from the environment', () => {
  it('is switched on under the published Page rules, and stays off without them', async () => {
    process.env.FACEBOOK_PAGE_ID = '1000'
    process.env.FACEBOOK_PAGE_TOKEN = 'env-token'
    try {
      await payload.delete({
        collection: 'channel-accounts',
        overrideAccess: true,
        where: { kind: { equals: 'fanpage' } },
      })
      await ensureEnvAccounts(payload)
      const [withRules] = (
        await payload.find({
          collection: 'channel-accounts',
          overrideAccess: true,
          where: { kind: { equals: 'fanpage' } },
        })
      ).docs as any[]
      expect(withRules).toMatchObject({ enabled: true })
      expect(String(withRules.discussionRules?.id ?? withRules.discussionRules)).toBe(
        String(rules.fanpage.id),
      )

      await payload.delete({
        collection: 'channel-accounts',
        overrideAccess: true,
        where: { kind: { equals: 'fanpage' } },
      })
      await payload.update({
        collection: 'discussion-rules',
        data: { _status: 'draft' },
        id: rules.fanpage.id,
        overrideAccess: true,
      })
      await ensureEnvAccounts(payload)
      const [without] = (
        await payload.find({
          collection: 'channel-accounts',
          overrideAccess: true,
          where: { kind: { equals: 'fanpage' } },
        })
      ).docs as any[]
      expect(without).toMatchObject({ enabled: false })
      expect(without.discussionRules ?? null).toBeNull()
    } finally {
      delete process.env.FACEBOOK_PAGE_ID
      delete process.env.FACEBOOK_PAGE_TOKEN
    }
  })
})
