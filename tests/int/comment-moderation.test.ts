import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { fetchComments, purgeOldComments } from '../../src/moderation/fetch-comments'
import type { FakeComment, FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain, startFanout } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { type EntryDoc, publishRules, RULE_TEXTS } from '../helpers/moderation'

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let accountId: number | string
let rulesId: number | string
let pagePostId: string
let otherPostId: string
const auth: Record<string, string> = {}

type CommentDoc = {
  commentId: string
  id: number | string
  message: string
  moderation?: { entry?: unknown }
  state: string
  unit?: unknown
}

const resident = (n: number) => ({
  id: `7700${n}`,
  name: n === 1 ? 'Jan Kowalski' : `Mieszkanka ${n}`,
})

/** A post of `unit` published to the fanpage; returns the Page post id of its copy. */
const publishToPage = async (unit: { id: number | string }, title: string) => {
  const post = await draftPost(payload, g.approver, unit, { channels: ['fanpage'], title })
  await act(payload, g.approver, post.id, 'submit')
  await act(payload, g.approver2, post.id, 'approve')
  await drain(payload)
  const [delivery] = await deliveriesOf(payload, post.id)
  expect(delivery.state).toBe('sent')
  return delivery.externalId!
}

beforeAll(async () => {
  const started = await startFanout()
  ;({ graph, operator, payload } = started)
  accountId = started.fanpage.id
  g = await makeGmina(payload)
  rulesId = (await publishRules(payload, g.approver, 'Zasady dyskusji na fanpage urzędu – pełne'))
    .id
  // The Page's own rules are the ones with citable points.
  await payload.update({
    collection: 'channel-accounts',
    data: { discussionRules: rulesId } as never,
    id: accountId,
    overrideAccess: true,
  })
  pagePostId = await publishToPage(g.office, 'Remont drogi gminnej')
  otherPostId = await publishToPage(g.school, 'Dzień otwarty w szkole')
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver', 'editor', 'officeEditor'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
})
beforeEach(() => graph.setUsage({}))

const send = (method: string, path: string, who: null | string, body?: unknown) =>
  api.send(method, path, who ? auth[who] : null, body)
const stored = async (commentId: string) =>
  (
    await payload.find({
      collection: 'social-comments' as never,
      depth: 0,
      overrideAccess: true,
      where: { commentId: { equals: commentId } },
    })
  ).docs[0] as unknown as CommentDoc
const moderate = (who: string, comment: CommentDoc, body: Record<string, unknown>) =>
  send('POST', `/api/social-comments/${comment.id}/moderate`, who, body)
const entriesFor = async (commentId: string) =>
  (
    await payload.find({
      collection: 'moderation-entries' as never,
      depth: 0,
      overrideAccess: true,
      where: { 'snapshot.commentId': { equals: commentId } },
    })
  ).docs as unknown as EntryDoc[]

describe('fetching comments', () => {
  let comments: FakeComment[]
  beforeAll(async () => {
    comments = Array.from({ length: 130 }, (_, i) =>
      graph.addComment({
        createdTime: Date.now() - (200 - i) * 1000,
        from: resident(i),
        message: `Komentarz ${i}`,
        postId: pagePostId,
      }),
    )
    graph.addComment({
      from: resident(500),
      message: 'Odpowiedź na komentarz 0',
      parentId: comments[0].id,
      postId: pagePostId,
    })
    graph.addComment({ from: resident(501), message: 'Pod wpisem szkoły', postId: otherPostId })
  })

  it('stores every comment and reply of the Page copies, reading all pages', async () => {
    const before = graph.requests.length
    const report = await fetchComments(payload)
    expect(report).toMatchObject({ accounts: 1, created: 132, errors: [], posts: 2 })
    const calls = graph.requests.slice(before)
    expect(calls.every((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toBe(true)
    // 131 on the office's post: two pages of 100; one page for the school's.
    expect(calls).toHaveLength(3)
    expect(calls[0].params).toMatchObject({
      fields: 'id,message,from,created_time,is_hidden,parent,permalink_url',
      filter: 'stream',
      limit: '100',
    })
    const first = await stored(comments[0].id)
    expect(first).toMatchObject({
      authorId: '77000',
      authorName: 'Mieszkanka 0',
      message: 'Komentarz 0',
      state: 'visible',
    })
    expect(String(first.unit)).toBe(String(g.office.id))
    const reply = (
      await payload.find({
        collection: 'social-comments' as never,
        overrideAccess: true,
        where: { message: { equals: 'Odpowiedź na komentarz 0' } },
      })
    ).docs[0] as unknown as { parentId: string }
    expect(reply.parentId).toBe(comments[0].id)
    // Fetching again adds nothing and changes nothing.
    expect(await fetchComments(payload)).toMatchObject({ created: 0, gone: 0, updated: 0 })
  })

  it('follows edits, hiding done on Facebook, and comments that disappeared', async () => {
    comments[1].message = 'Komentarz 1 (edytowany)'
    comments[2].isHidden = true
    graph.comments.splice(graph.comments.indexOf(comments[3]), 1)
    expect(await fetchComments(payload)).toMatchObject({ gone: 1, updated: 2 })
    expect((await stored(comments[1].id)).message).toBe('Komentarz 1 (edytowany)')
    expect((await stored(comments[2].id)).state).toBe('hidden')
    expect((await stored(comments[3].id)).state).toBe('gone')
  })

  it('shows staff every comment and editors only those under their units’ posts; nobody writes them', async () => {
    const count = async (who: null | string) => {
      const res = await send('GET', '/api/social-comments?limit=1', who)
      return res.status === 200 ? res.body.totalDocs : res.status
    }
    expect(await count(null)).toBe(403)
    expect(await count('approver')).toBe(132)
    expect(await count('officeEditor')).toBe(131)
    expect(await count('editor')).toBe(1)
    const one = await stored(comments[5].id)
    expect((await send('GET', `/api/social-comments/${one.id}`, 'editor')).status).toBe(404)
    expect(
      (await send('PATCH', `/api/social-comments/${one.id}`, 'admin', { message: 'zmiana' }))
        .status,
    ).toBe(403)
    expect((await send('DELETE', `/api/social-comments/${one.id}`, 'admin')).status).toBe(403)
    expect(
      (await send('POST', '/api/social-comments', 'admin', { commentId: 'x', message: 'y' }))
        .status,
    ).toBe(403)
  })

  it('stops on a rate limit and holds the account, so publishing waits too', async () => {
    graph.failNext({
      code: 32,
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          1000: [
            {
              call_count: 100,
              estimated_time_to_regain_access: 4,
              total_cputime: 10,
              total_time: 10,
              type: 'pages',
            },
          ],
        }),
      },
      method: 'GET',
      path: /\/comments$/,
    })
    const before = graph.requests.length
    const report = await fetchComments(payload)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatch(/ograniczył liczbę wywołań; spróbuj ponownie za 4 min/)
    expect(graph.requests.length - before).toBe(1)
    const account = (await payload.findByID({
      collection: 'channel-accounts',
      id: accountId,
      overrideAccess: true,
    })) as { status: { throttleUntil: string } }
    expect(new Date(account.status.throttleUntil).getTime()).toBeGreaterThan(
      Date.now() + 3 * 60_000,
    )
    // While held, nothing is asked of Facebook.
    expect((await fetchComments(payload)).accounts).toBe(0)
    expect(graph.requests.length - before).toBe(1)
    await payload.update({
      collection: 'channel-accounts',
      context: { fanoutStatusOnly: true },
      data: { status: { state: 'ok', throttleUntil: null } } as never,
      id: accountId,
      overrideAccess: true,
    })
  })

  it('fetches on demand from the admin, at most every 30 seconds', async () => {
    expect((await send('POST', '/api/social-comments/fetch', null)).status).toBe(401)
    graph.addComment({ from: resident(800), message: 'Świeży komentarz', postId: pagePostId })
    // Staff only (editors are refused: tests/int/payload-internals.test.ts).
    const res = await send('POST', '/api/social-comments/fetch', 'approver')
    expect(res.status).toBe(200)
    expect(res.body.message).toMatch(/^Pobrano komentarze spod 2 wpisów: nowe 1, zmienione 0/)
    const again = await send('POST', '/api/social-comments/fetch', 'admin')
    expect(again.status).toBe(429)
    expect(again.body.errors[0].message).toMatch(/przed chwilą/)
  })

  it('deletes comments past their retention', async () => {
    const old = graph.addComment({
      createdTime: Date.now() - 100 * 86_400_000,
      from: resident(900),
      message: 'Stary komentarz',
      postId: pagePostId,
    })
    await fetchComments(payload)
    expect(await stored(old.id)).toBeDefined()
    expect(await purgeOldComments(payload, new Date(), 90)).toBe(1)
    expect(await stored(old.id)).toBeUndefined()
  })
})

describe('moderating from the admin', () => {
  let target: FakeComment
  beforeEach(async () => {
    target = graph.addComment({
      from: resident(1),
      message: 'Wójt to złodziej! Pisz: jan.kowalski@poczta.example',
      postId: pagePostId,
    })
    await fetchComments(payload)
  })

  it('offers the account’s own rules first, with their numbered points and the summaries they give', async () => {
    const res = await send(
      'GET',
      `/api/social-comments/${(await stored(target.id)).id}/moderation`,
      'officeEditor',
    )
    expect(res.status).toBe(200)
    expect(res.body.rules[0]).toMatchObject({ id: rulesId, own: true, version: 1 })
    expect(res.body.rules[0].points.map((p: { text: string }) => p.text)).toEqual(RULE_TEXTS)
    expect(res.body.rules[0].points[1].summaries.hide).toMatch(
      /^Ukryto komentarz naruszający pkt 2/,
    )
  })

  it('hides a comment only with a rule, and the act writes its register entry by itself', async () => {
    const comment = await stored(target.id)
    const before = graph.requests.length
    const noRule = await moderate('officeEditor', comment, { action: 'hide' })
    expect(noRule.status).toBe(400)
    expect(noRule.body.errors[0].message).toMatch(/Wskaż zasady dyskusji/)
    const badPoint = await moderate('officeEditor', comment, {
      action: 'hide',
      point: 9,
      rules: rulesId,
    })
    expect(badPoint.body.errors[0].message).toMatch(/numer od 1 do 3/)
    const named = await moderate('officeEditor', comment, {
      action: 'hide',
      point: 2,
      rules: rulesId,
      summary: 'Ukryto wpis Jana Kowalskiego.',
    })
    expect(named.body.errors[0].message).toMatch(/nie może wskazywać mieszkańca/)
    // Nothing reached Facebook while the choice was incomplete.
    expect(graph.requests.length).toBe(before)

    const res = await moderate('officeEditor', comment, {
      action: 'hide',
      point: 2,
      rules: rulesId,
    })
    expect(res.status).toBe(200)
    expect(res.body.message).toMatch(
      /^Komentarz ukryto\. W rejestrze moderacji zapisano wpis nr \d+\.$/,
    )
    expect(graph.comments.find((c) => c.id === target.id)?.isHidden).toBe(true)
    expect(graph.requests.at(-1)).toMatchObject({
      method: 'POST',
      params: { is_hidden: 'true' },
      path: `/${graph.version}/${target.id}`,
    })

    const [entry] = await entriesFor(target.id)
    expect(entry).toMatchObject({
      action: 'comment_hidden',
      channelName: 'Fanpage urzędu',
      decidedByLabel: 'Redaktor jednostki',
      number: res.body.entry.number,
    })
    expect(entry.rule).toMatchObject({ point: 2, quote: RULE_TEXTS[1], version: 1 })
    expect(entry.snapshot).toMatchObject({
      authorName: 'Jan Kowalski',
      commentId: target.id,
      text: target.message,
    })
    expect(entry.summary).toMatch(/^Ukryto komentarz naruszający pkt 2/)
    expect(String(entry.decidedBy)).toBe(String(g.officeEditor.id))
    expect(await stored(target.id)).toMatchObject({ state: 'hidden' })
    expect(String((await stored(target.id)).moderation?.entry)).toBe(String(entry.id))

    // The public sees the act, not the comment or its author.
    const publicView = await send('GET', `/api/moderation-entries/${entry.id}`, null)
    expect(publicView.body.summary).toBe(entry.summary)
    expect(publicView.text).not.toContain('Kowalski')
    expect(publicView.text).not.toContain('złodziej')
    // Hiding again is refused; deleting the hidden comment is a new act with its own entry.
    expect(
      (await moderate('officeEditor', comment, { action: 'hide', point: 2, rules: rulesId }))
        .status,
    ).toBe(409)
  })

  it('deletes a comment with the person’s own anonymous summary, then knows it is gone', async () => {
    const comment = await stored(target.id)
    const res = await moderate('approver', comment, {
      action: 'delete',
      point: 3,
      rules: rulesId,
      summary: 'Usunięto komentarz z danymi osobowymi osoby trzeciej.',
    })
    expect(res.status).toBe(200)
    expect(graph.comments.some((c) => c.id === target.id)).toBe(false)
    expect(graph.requests.at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/${graph.version}/${target.id}`,
    })
    const [entry] = await entriesFor(target.id)
    expect(entry).toMatchObject({
      action: 'comment_removed',
      decidedByLabel: 'Osoba zatwierdzająca publikacje',
      summary: 'Usunięto komentarz z danymi osobowymi osoby trzeciej.',
    })
    expect(await stored(target.id)).toMatchObject({ state: 'deleted' })
    expect(
      (await moderate('approver', comment, { action: 'delete', point: 3, rules: rulesId })).status,
    ).toBe(409)
    // The next fetch keeps what the office did.
    await fetchComments(payload)
    expect((await stored(target.id)).state).toBe('deleted')
  })

  it('writes one entry when two people click at once', async () => {
    const comment = await stored(target.id)
    const [a, b] = await Promise.all([
      moderate('approver', comment, { action: 'hide', point: 2, rules: rulesId }),
      moderate('admin', comment, { action: 'hide', point: 2, rules: rulesId }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(a.body.entry.number).toBe(b.body.entry.number)
    expect(await entriesFor(target.id)).toHaveLength(1)
  })

  it('lets editors moderate only under their own units’ posts', async () => {
    const comment = await stored(target.id)
    expect(
      (await moderate('editor', comment, { action: 'hide', point: 2, rules: rulesId })).status,
    ).toBe(404)
    expect(
      (await send('GET', `/api/social-comments/${comment.id}/moderation`, 'editor')).status,
    ).toBe(404)
    expect(
      (await moderate(null as never, comment, { action: 'hide', point: 2, rules: rulesId })).status,
    ).toBe(401)
    expect(graph.comments.find((c) => c.id === target.id)?.isHidden).toBe(false)
    expect(await entriesFor(target.id)).toHaveLength(0)
  })

  it('reports Facebook’s refusals in Polish and records nothing that did not happen', async () => {
    const comment = await stored(target.id)
    graph.failNext({
      code: 200,
      message: '(#200) Requires pages_manage_engagement permission',
      path: new RegExp(target.id),
    })
    const denied = await moderate('approver', comment, { action: 'hide', point: 2, rules: rulesId })
    expect(denied.status).toBe(502)
    expect(denied.body.errors[0].message).toMatch(/nie ma uprawnień do moderowania komentarzy/)
    graph.failNext({ code: 613, method: 'DELETE', path: new RegExp(target.id) })
    const limited = await moderate('approver', comment, {
      action: 'delete',
      point: 2,
      rules: rulesId,
    })
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toMatch(/ograniczył liczbę wywołań/)
    expect(await entriesFor(target.id)).toHaveLength(0)
    expect((await stored(target.id)).state).toBe('visible')

    // Removed on Facebook in the meantime (by its author): nothing to record.
    graph.comments.splice(
      graph.comments.findIndex((c) => c.id === target.id),
      1,
    )
    const gone = await moderate('approver', comment, { action: 'delete', point: 2, rules: rulesId })
    expect(gone.status).toBe(409)
    expect(gone.body.errors[0].message).toMatch(
      /Komentarza nie ma już na Facebooku.*Nie dodano wpisu do rejestru/,
    )
    expect((await stored(target.id)).state).toBe('gone')
    expect(await entriesFor(target.id)).toHaveLength(0)
  })
})
