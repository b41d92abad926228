import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishDuePosts } from '../../src/jobs/publish-due-posts'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
})
afterAll(async () => payload?.destroy())

const decisions = (post: { approvalLog?: { decision: string }[] | null }) =>
  (post.approvalLog ?? []).map((e) => e.decision)

describe('post workflow, enforced on the server', () => {
  it("starts as a draft by its author, with the unit's default channels", async () => {
    const post = await draftPost(payload, g.editor, g.school)
    expect(post.workflowState).toBe('draft')
    expect(post.channels).toEqual(['rss', 'newsletter'])
    expect(String((post.author as { id: unknown })?.id ?? post.author)).toBe(String(g.editor.id))
    expect(post.slug).toMatch(/^wpis-testowy-\d+$/)
  })

  it("refuses an editor writing for someone else's unit", async () => {
    await expect(draftPost(payload, g.editor, g.office)).rejects.toThrow(/swoich jednostek/)
  })

  it('lets an editor submit but never approve, and locks the content while in review', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    const submitted = await act(payload, g.editor, post.id, 'submit')
    expect(submitted.workflowState).toBe('in_review')
    await expect(act(payload, g.editor, post.id, 'approve')).rejects.toThrow(/Redaktor nie może/)
    await expect(
      payload.update({
        collection: 'posts',
        data: { title: 'Zmieniony' },
        id: post.id,
        overrideAccess: false,
        user: g.editor,
      }),
    ).rejects.toThrow(/czeka na akceptację/)
    const retracted = await act(payload, g.editor, post.id, 'retract')
    expect(retracted.workflowState).toBe('draft')
    const edited = await payload.update({
      collection: 'posts',
      data: { title: 'Zmieniony' },
      id: post.id,
      overrideAccess: false,
      user: g.editor,
    })
    expect(edited.title).toBe('Zmieniony')
  })

  it('publishes at once when approved without a schedule, and logs who did what', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, post.id, 'submit')
    const approved = await act(payload, g.approver, post.id, 'approve', 'OK')
    expect(approved.workflowState).toBe('published')
    expect(approved.publishedAt).toBeTruthy()
    expect(decisions(approved)).toEqual(['submit', 'approve', 'publish'])
    const approval = approved.approvalLog!.find((e) => e.decision === 'approve')!
    expect(String((approval.by as { id: unknown })?.id ?? approval.by)).toBe(String(g.approver.id))
    expect(approval.comment).toBe('OK')
  })

  it('refuses to approve public information without a BIP entry, with a clear message', async () => {
    const post = await draftPost(payload, g.approver, g.office, {
      informationType: 'public_information',
    })
    await expect(act(payload, g.approver, post.id, 'submit')).rejects.toThrow(
      /odnośnik do wpisu w BIP/,
    )
    const fixed = await payload.update({
      collection: 'posts',
      data: { bipReference: g.bipPublished.id },
      id: post.id,
      overrideAccess: false,
      user: g.approver,
    })
    await act(payload, g.approver, fixed.id, 'submit')
    expect((await act(payload, g.approver2, fixed.id, 'approve')).workflowState).toBe('published')
  })

  it('holds a scheduled post as approved until the scheduler publishes it', async () => {
    const publishAt = new Date(Date.now() + 60 * 60 * 1000)
    const post = await draftPost(payload, g.editor, g.school, {
      publishAt: publishAt.toISOString(),
    })
    await act(payload, g.editor, post.id, 'submit')
    expect((await act(payload, g.approver, post.id, 'approve')).workflowState).toBe('approved')
    expect(await publishDuePosts(payload)).not.toContain(post.id)
    const later = new Date(publishAt.getTime() + 1000)
    expect(await publishDuePosts(payload, undefined, later)).toContain(post.id)
    const published = await payload.findByID({
      collection: 'posts',
      id: post.id,
      overrideAccess: true,
    })
    expect(published.workflowState).toBe('published')
    expect(decisions(published).at(-1)).toBe('publish')
  })

  it("auto-approves a trusted unit's submission", async () => {
    const post = await draftPost(payload, g.editor, g.osp, {
      category: 'safety',
      informationType: 'urgent_alert',
    })
    const submitted = await act(payload, g.editor, post.id, 'submit')
    expect(submitted.workflowState).toBe('published')
    expect(decisions(submitted)).toEqual(['submit', 'auto_approve', 'publish'])
  })

  it('needs two different approvers for a unit with two approval levels', async () => {
    const post = await draftPost(payload, g.admin, g.council)
    await act(payload, g.admin, post.id, 'submit')
    expect((await act(payload, g.approver, post.id, 'approve')).workflowState).toBe('in_review')
    await expect(act(payload, g.approver, post.id, 'approve')).rejects.toThrow(/innej osoby/)
    expect((await act(payload, g.approver2, post.id, 'approve')).workflowState).toBe('published')
  })

  it("refuses an approver's approval of their own post and takes another approver's", async () => {
    const post = await draftPost(payload, g.approver, g.office)
    await act(payload, g.approver, post.id, 'submit')
    await expect(act(payload, g.approver, post.id, 'approve')).rejects.toThrow(
      /Nie możesz zatwierdzić własnego wpisu/,
    )
    expect((await act(payload, g.approver2, post.id, 'approve')).workflowState).toBe('published')
  })

  it('sends a post back with a comment and takes it again after corrections', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, post.id, 'submit')
    await expect(act(payload, g.approver, post.id, 'request_changes')).rejects.toThrow(
      /wymaga komentarza/,
    )
    const back = await act(payload, g.approver, post.id, 'request_changes', 'Dodaj godzinę.')
    expect(back.workflowState).toBe('changes_requested')
    await payload.update({
      collection: 'posts',
      data: { lead: 'O godzinie 10:00.' },
      id: post.id,
      overrideAccess: false,
      user: g.editor,
    })
    await act(payload, g.editor, post.id, 'submit')
    expect((await act(payload, g.approver, post.id, 'approve')).workflowState).toBe('published')
  })

  it('lets only approvers withdraw, and editors change published posts only by a correction', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, post.id, 'submit')
    await act(payload, g.approver, post.id, 'approve')
    await expect(act(payload, g.editor, post.id, 'withdraw', 'bo tak')).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'posts',
        data: { category: 'sport' },
        id: post.id,
        overrideAccess: false,
        user: g.editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // The edit waits for an approver as a correction (tests/int/corrections.test.ts).
    const saved = await payload.update({
      collection: 'posts',
      data: { title: 'Po cichu' },
      id: post.id,
      overrideAccess: false,
      user: g.editor,
    })
    expect(saved.title).toBe(post.title)
    const withdrawn = await act(payload, g.approver, post.id, 'withdraw', 'Nieaktualne.')
    expect(withdrawn.workflowState).toBe('withdrawn')
    expect((await act(payload, g.approver, post.id, 'reopen')).workflowState).toBe('draft')
  })

  it('ignores attempts to write the state or the log directly', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    const forged = await payload.update({
      collection: 'posts',
      data: {
        approvalLog: [
          { at: new Date().toISOString(), decision: 'approve', from: 'in_review', to: 'approved' },
        ],
        workflowState: 'published',
      },
      id: post.id,
      overrideAccess: false,
      user: g.editor,
    })
    expect(forged.workflowState).toBe('draft')
    expect(forged.approvalLog ?? []).toEqual([])
    const created = await draftPost(payload, g.editor, g.school, { workflowState: 'published' })
    expect(created.workflowState).toBe('draft')
  })

  it('keeps the approval log append-only across edits by staff', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, post.id, 'submit')
    const approved = await act(payload, g.approver, post.id, 'approve')
    const corrected = await payload.update({
      collection: 'posts',
      data: { approvalLog: [], category: 'sport' },
      id: post.id,
      overrideAccess: false,
      user: g.admin,
    })
    expect(decisions(corrected)).toEqual(decisions(approved))
    expect(corrected.category).toBe('sport')
  })

  it('keeps versions of every save', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    await payload.update({
      collection: 'posts',
      data: { lead: 'Druga wersja' },
      id: post.id,
      overrideAccess: false,
      user: g.editor,
    })
    const versions = await payload.findVersions({
      collection: 'posts',
      overrideAccess: true,
      where: { parent: { equals: post.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })
})
