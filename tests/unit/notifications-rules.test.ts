import { correctionEvents } from '../../plugins/notifications/rules/correction-events'
import { describe, expect, it } from 'vitest'

import {
  accountEvent,
  deliveryEvent,
  withdrawalTaskEvent,
} from '../../plugins/notifications/rules/channel-events'
import { adminPath, renderMail } from '../../plugins/notifications/rules/email-text'
import { addedEntries, type Entry, postEvents } from '../../plugins/notifications/rules/post-events'
import {
  inAudience,
  notificationKey,
  recipientsOf,
} from '../../plugins/notifications/rules/recipients'
import { translations } from '../../plugins/notifications/translations'

const post = { author: 10, id: 5, title: 'Sesja rady', unit: 2 }
const at = '2026-12-05T08:00:00.000Z'
const entry = (decision: Entry['decision'], by: null | number, to: Entry['to']): Entry => ({
  at,
  by,
  decision,
  to,
})
const kinds = (events: ReturnType<typeof postEvents>) =>
  events.map((e) => `${e.kind}→${e.audience.kind}`)

describe('what the approval log tells people', () => {
  it('sends a submission to the approvers, unless the unit approves it by itself', () => {
    const submitted = postEvents(post, [entry('submit', 10, 'in_review')], 'in_review')
    expect(kinds(submitted)).toEqual(['submitted→approvers'])
    expect(submitted[0]).toMatchObject({ actor: 10, audience: { unit: 2 }, post: 5 })
    const trusted = postEvents(
      post,
      [
        entry('submit', 10, 'in_review'),
        entry('auto_approve', null, 'approved'),
        entry('publish', null, 'published'),
      ],
      'published',
    )
    // The author's own submission published it: the author is the actor of every step.
    expect(kinds(trusted)).toEqual(['published→user'])
    expect(trusted[0].actor).toBe(10)
  })

  it('tells the author of changes requested (with the comment), approval and publication', () => {
    const changes = postEvents(
      post,
      [{ ...entry('request_changes', 3, 'changes_requested'), comment: 'Dodaj godzinę.' }],
      'changes_requested',
    )
    expect(changes).toMatchObject([
      { actor: 3, audience: { kind: 'user', user: 10 }, detail: 'Dodaj godzinę.' },
    ])
    const scheduled = postEvents(post, [entry('approve', 3, 'approved')], 'approved')
    expect(kinds(scheduled)).toEqual(['approved→user'])
    // Approved and published in one write: one notification, of the publication.
    const now = postEvents(
      post,
      [entry('approve', 3, 'approved'), entry('publish', 3, 'published')],
      'published',
    )
    expect(kinds(now)).toEqual(['published→user'])
    // The scheduler publishes: nobody acted, so nobody is skipped.
    expect(postEvents(post, [entry('publish', null, 'published')], 'published')[0].actor).toBe(null)
  })

  it('says nothing of a first of two approvals, a retraction or a withdrawal', () => {
    expect(postEvents(post, [entry('approve', 3, 'in_review')], 'in_review')).toEqual([])
    expect(postEvents(post, [entry('retract', 10, 'draft')], 'draft')).toEqual([])
    expect(postEvents(post, [entry('withdraw', 3, 'withdrawn')], 'withdrawn')).toEqual([])
  })

  it('finds the entries a write added', () => {
    expect(addedEntries([1, 2], [1, 2, 3, 4])).toEqual([3, 4])
    expect(addedEntries(undefined, [1])).toEqual([1])
    expect(addedEntries([1, 2], [1, 2])).toEqual([])
  })
})

describe('who is notified', () => {
  const admin = { id: 1, role: 'admin' }
  const approverAll = { id: 2, role: 'approver', units: [] }
  const approverSchool = { id: 3, role: 'approver', units: [{ id: 7 }] }
  const editorSchool = { id: 4, role: 'editor', units: [7, 8] }
  const editorOffice = { id: 5, role: 'editor', units: [9] }
  const everyone = [admin, approverAll, approverSchool, editorSchool, editorOffice]

  it("names the unit's approvers (those without units serve every unit)", () => {
    expect(recipientsOf({ kind: 'approvers', unit: 7 }, null, everyone)).toEqual([2, 3])
    expect(recipientsOf({ kind: 'approvers', unit: 9 }, null, everyone)).toEqual([2])
  })

  it("names the unit's editors only, and the admins", () => {
    expect(recipientsOf({ kind: 'unitEditors', unit: 7 }, null, everyone)).toEqual([4])
    expect(recipientsOf({ kind: 'unitEditors', unit: null }, null, everyone)).toEqual([])
    expect(recipientsOf({ kind: 'admins' }, null, everyone)).toEqual([1])
    expect(inAudience({ kind: 'user', user: 4 }, editorSchool)).toBe(true)
    expect(inAudience({ kind: 'user', user: null }, editorSchool)).toBe(false)
  })

  it('never notifies the one who acted', () => {
    expect(recipientsOf({ kind: 'approvers', unit: 7 }, 3, everyone)).toEqual([2])
    expect(recipientsOf({ kind: 'user', user: 4 }, 4, everyone)).toEqual([])
  })

  it('keys a notification by event and recipient', () => {
    const event = { kind: 'submitted', post: 5, stamp: `submit:${at}` }
    expect(notificationKey(event, 2)).toBe(`submitted:5:submit:${at}:2`)
    expect(notificationKey(event, 2)).not.toBe(notificationKey(event, 3))
    expect(notificationKey({ account: 4, kind: 'x', stamp: 's' }, 1)).toBe('x:4:s:1')
  })
})

describe('channels and deliveries', () => {
  const needs = { reason: 'Token wygasł.', since: at, state: 'needs_action' }

  it('tells admins when an account comes to need them, not while it still does', () => {
    expect(accountEvent({ id: 4, name: 'Fanpage', status: needs }, { state: 'ok' })).toMatchObject({
      audience: { kind: 'admins' },
      detail: 'Token wygasł.',
      kind: 'channel_needs_action',
    })
    expect(accountEvent({ id: 4, name: 'Fanpage', status: needs }, needs)).toBeNull()
    expect(accountEvent({ id: 4, status: { state: 'ok' } }, needs)).toBeNull()
  })

  it('sends a failure to the author and a hand-off to the unit', () => {
    const facts = { author: 10, deliveryId: 8, post: 5, title: 'T', unit: 7 }
    const codes = { handoff: 'handoff' }
    expect(deliveryEvent({ to: 'failed' }, facts, codes)).toMatchObject({
      audience: { kind: 'user', user: 10 },
      kind: 'failed',
    })
    expect(deliveryEvent({ code: 'handoff', to: 'needs_action' }, facts, codes)).toMatchObject({
      audience: { kind: 'unitEditors', unit: 7 },
      kind: 'handoff',
    })
    expect(deliveryEvent({ code: 'other', to: 'needs_action' }, facts, codes)).toBeNull()
    expect(deliveryEvent({ to: 'sent' }, facts, codes)).toBeNull()
  })
})

describe('e-mails and texts', () => {
  it('links a notification to its post, else its channel', () => {
    expect(adminPath({ post: 5 })).toBe('/admin/collections/posts/5')
    expect(adminPath({ account: 4 }, '/panel')).toBe('/panel/collections/channel-accounts/4')
    expect(adminPath({})).toBeNull()
  })

  it('lists notifications in text and escaped HTML', () => {
    const mail = renderMail(
      [
        { detail: 'Popraw <b>datę</b>', kind: 'changes_requested', post: 5, title: 'A' },
        { kind: 'published', post: 6, title: 'B' },
      ],
      {
        footer: 'Stopka',
        intro: 'Wstęp',
        line: (item) => `Linia ${item.title}`,
        open: (url) => `Otwórz: ${url}`,
        subject: 'Temat',
      },
      (item) => `https://x.example/admin/collections/posts/${item.post}`,
    )
    expect(mail.subject).toBe('Temat')
    expect(mail.text).toContain(
      '• Linia A\nPopraw <b>datę</b>\nOtwórz: https://x.example/admin/collections/posts/5',
    )
    expect(mail.html).toContain('Popraw &#60;b&#62;datę&#60;/b&#62;')
    expect(mail.html).not.toContain('<b>datę')
  })

  it('has every text in Polish and English', () => {
    expect(Object.keys(translations.en.notifications).sort()).toEqual(
      Object.keys(translations.pl.notifications).sort(),
    )
  })
})

describe('a copy to remove after its BIP entry was withdrawn', () => {
  it("tells the editors of the post's unit, once per copy", () => {
    const facts = { deliveryId: 9, post: 4, title: 'Przetarg', unit: 2 }
    const event = withdrawalTaskEvent(facts, 'Grupa: usuń post')
    expect(event).toMatchObject({
      audience: { kind: 'unitEditors', unit: 2 },
      detail: 'Grupa: usuń post',
      kind: 'withdrawal_task',
      post: 4,
    })
    expect(withdrawalTaskEvent(facts, 'inny opis').stamp).toBe(event.stamp)
    expect(withdrawalTaskEvent({ ...facts, deliveryId: 10 }, '').stamp).not.toBe(event.stamp)
  })
})

describe('correctionEvents', () => {
  const doc = {
    approvals: [],
    id: 7,
    post: 3,
    proposedAt: '2026-12-06T10:00:00.000Z',
    proposedBy: 11,
    state: 'pending' as const,
    title: 'Festyn',
    unit: 2,
  }
  it("sends a proposal to the unit's approvers, again only when proposed anew", () => {
    expect(correctionEvents(doc, undefined)).toMatchObject([
      { actor: 11, audience: { kind: 'approvers', unit: 2 }, kind: 'correction_proposed' },
    ])
    // A first approval of two changes nothing anyone needs to hear.
    expect(
      correctionEvents({ ...doc, approvals: [{ at: 'x', by: 5 }] }, { ...doc, state: 'pending' }),
    ).toEqual([])
    expect(correctionEvents({ ...doc, proposedAt: '2026-12-06T11:00:00.000Z' }, doc)).toHaveLength(
      1,
    )
  })
  it('tells the proposer of the decision, with the reason of a rejection', () => {
    const decided = { ...doc, decidedAt: '2026-12-06T12:00:00.000Z' }
    expect(
      correctionEvents({ ...decided, approvals: [{ at: 'x', by: 5 }], state: 'approved' }, doc),
    ).toMatchObject([
      { actor: 5, audience: { kind: 'user', user: 11 }, kind: 'correction_approved' },
    ])
    expect(
      correctionEvents({ ...decided, comment: 'Nie ta data.', state: 'rejected' }, doc),
    ).toMatchObject([{ detail: 'Nie ta data.', kind: 'correction_rejected' }])
  })
  it("tells nobody of a trusted unit's correction, approved as it is proposed", () => {
    expect(correctionEvents({ ...doc, state: 'approved' }, undefined)).toEqual([])
  })
})
