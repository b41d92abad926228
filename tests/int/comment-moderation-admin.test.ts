import { beforeEach, describe, expect, it } from 'vitest'

import { fetchComments } from '../../src/moderation/fetch-comments'
import type { FakeComment } from '../fakes/graph-api'
import { RULE_TEXTS } from '../helpers/moderation'
import {
  entriesFor,
  g,
  graph,
  moderate,
  pagePostId,
  payload,
  resident,
  rulesId,
  send,
  stored,
  useCommentModeration,
} from '../helpers/comment-moderation'

useCommentModeration()

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
      (await moderate(null, comment, { action: 'hide', point: 2, rules: rulesId })).status,
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
