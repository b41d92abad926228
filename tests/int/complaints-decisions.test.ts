import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_ANSWER_ATTEMPTS, retryUnsentAnswers } from '../../src/moderation/complaint-answer'
import { errorMessages } from '../helpers/api-server'
import { completedByCollection } from '../helpers/data'
import {
  block,
  complaintByNumber,
  entryOutcome,
  g,
  payload,
  removal,
  send,
  smtp,
  submitJson,
  useComplaints,
} from '../helpers/complaints'

useComplaints()

describe('access to complaints', () => {
  let complaintId: number | string
  beforeAll(async () => {
    const filed = await submitJson({
      email: 'dostep@example.pl',
      entry: String(removal.number),
      message: 'Skarga do testu dostępu.',
      name: 'Adam Dostępny',
    })
    complaintId = (await complaintByNumber(filed.body.number)).id
  })

  it('keeps complaints from anonymous visitors entirely', async () => {
    expect((await send('GET', '/api/complaints', null)).status).toBe(403)
    expect((await send('GET', `/api/complaints/${complaintId}`, null)).status).toBe(403)
    expect(
      (
        await send('POST', '/api/complaints', null, {
          email: 'a@b.pl',
          entry: removal.id,
          message: 'Przez REST.',
        })
      ).status,
    ).toBe(403)
  })

  it('shows editors their units’ complaints without the complainant’s contact, and lets them decide nothing', async () => {
    const own = await send('GET', `/api/complaints/${complaintId}`, 'editor')
    expect(own.status).toBe(200)
    expect(own.body.message).toBe('Skarga do testu dostępu.')
    expect(own.body.email).toBeUndefined()
    expect(own.body.name).toBeUndefined()
    expect(own.text).not.toContain('dostep@example.pl')
    expect((await send('GET', `/api/complaints/${complaintId}`, 'officeEditor')).status).toBe(404)
    const decided = await send('PATCH', `/api/complaints/${complaintId}`, 'editor', {
      answer: 'Uwzględniam.',
      state: 'upheld',
    })
    expect(decided.status).toBe(403)
    expect(
      (
        await send('POST', '/api/complaints', 'editor', {
          email: 'a@b.pl',
          entry: removal.id,
          message: 'Wpisana przez redaktora.',
        })
      ).status,
    ).toBe(403)
    for (const who of ['editor', 'approver', 'admin'])
      expect((await send('DELETE', `/api/complaints/${complaintId}`, who)).status).toBe(403)
  })

  it('shows approvers and admins everything but the address hash', async () => {
    for (const who of ['approver', 'admin']) {
      const res = await send('GET', `/api/complaints/${complaintId}`, who)
      expect(res.body).toMatchObject({ email: 'dostep@example.pl', name: 'Adam Dostępny' })
      expect(res.body.ipHash).toBeUndefined()
    }
  })
})

describe('deciding a complaint', () => {
  it('takes it under review, then upholds it with an answer that reaches the complainant by e-mail', async () => {
    const filed = await submitJson({
      email: 'skarzacy@example.pl',
      entry: String(removal.number),
      message: 'Usunięto mi rzeczowy komentarz o drodze.',
      name: 'Ewa Skarżąca',
    })
    const { id } = await complaintByNumber(filed.body.number)
    const review = await send('PATCH', `/api/complaints/${id}`, 'approver', {
      state: 'under_review',
    })
    expect(review.status).toBe(200)
    const noAnswer = await send('PATCH', `/api/complaints/${id}`, 'approver', { state: 'upheld' })
    expect(noAnswer.status).toBe(400)
    expect(errorMessages(noAnswer.body)).toMatch(/Wpisz odpowiedź dla skarżącego/)
    const before = smtp.received.length
    const upheld = await send('PATCH', `/api/complaints/${id}`, 'approver', {
      answer: 'Komentarz nie naruszał zasad.\n\nPrzywróciliśmy go i przepraszamy.',
      state: 'upheld',
    })
    expect(upheld.status, errorMessages(upheld.body)).toBe(200)
    const [mail] = (await smtp.waitFor(before + 1)).slice(before)
    expect(mail.to).toEqual(['skarzacy@example.pl'])
    const parsed = mail.parsed!
    expect(parsed.subject).toBe(`Odpowiedź na skargę nr ${filed.body.number} – skarga uwzględniona`)
    expect(parsed.replyTo?.text).toBe('skargi@testowo.example')
    expect(parsed.text).toContain('Dzień dobry, Ewa Skarżąca,')
    expect(parsed.text).toContain(
      `dotyczącą wpisu nr ${removal.number} w rejestrze moderacji: usunięcie komentarza`,
    )
    expect(parsed.text).toContain('Decyzja: Skarga została uwzględniona.')
    expect(parsed.text).toContain('Przywróciliśmy go i przepraszamy.')
    expect(parsed.text).toContain(`https://wislotki.example/rejestr-moderacji?nr=${removal.number}`)
    expect(parsed.text).toContain('Referat Organizacyjny Urzędu Gminy Testowo')
    expect(parsed.html).toContain('<p>Przywróciliśmy go i przepraszamy.</p>')
    expect(parsed.html).toContain(
      `href="https://wislotki.example/rejestr-moderacji?nr=${removal.number}"`,
    )

    const stored = await complaintByNumber(filed.body.number)
    expect(stored).toMatchObject({ state: 'upheld' })
    expect(stored.decidedAt).toEqual(expect.any(String))
    expect(String(stored.decidedBy)).toBe(String(g.approver.id))
    expect(stored.answerEmail).toMatchObject({ attempts: 1, lastError: null })
    expect(stored.answerEmail.sentAt).toEqual(expect.any(String))
    expect(stored.history.map((h: { what: string }) => h.what)).toEqual([
      'Wpłynęła przez formularz na stronie',
      'Stan: W rozpatrzeniu',
      'Stan: Uwzględniona',
    ])
    // An upheld complaint marks the entry, even with other complaints still open.
    expect(await entryOutcome(removal.id)).toBe('upheld')

    // Decided is final: no second decision, no new answer, and no second e-mail.
    expect(
      errorMessages(
        (await send('PATCH', `/api/complaints/${id}`, 'admin', { state: 'rejected' })).body,
      ),
    ).toMatch(/już rozstrzygnięta/)
    expect(
      errorMessages(
        (await send('PATCH', `/api/complaints/${id}`, 'admin', { answer: 'Inna odpowiedź.' })).body,
      ),
    ).toMatch(/nie można jej zmienić/)
    await retryUnsentAnswers(payload)
    expect(smtp.countFor('skarzacy@example.pl')).toBe(1)
  })

  it('records a complaint received by letter, and sends the rejection to its author', async () => {
    const created = await payload.create({
      collection: 'complaints',
      data: completedByCollection<'complaints'>({
        email: 'list@example.pl',
        entry: block.id,
        message: 'Skarga przesłana pocztą.',
        receivedAt: '2025-05-02T10:00:00.000Z',
      }),
      overrideAccess: false,
      user: g.approver,
    })
    expect(created).toMatchObject({
      receivedAt: '2025-05-02T10:00:00.000Z',
      source: 'staff',
      state: 'received',
    })
    const before = smtp.received.length
    await payload.update({
      collection: 'complaints',
      data: { answer: 'Komentarz zawierał groźby (pkt 3).', state: 'rejected' },
      id: created.id,
      overrideAccess: false,
      user: g.admin,
    })
    const [mail] = (await smtp.waitFor(before + 1)).slice(before)
    expect(mail.to).toEqual(['list@example.pl'])
    expect(mail.parsed!.subject).toContain('skarga nieuwzględniona')
    expect(mail.parsed!.text).toContain('Dzień dobry,\n')
    expect(mail.parsed!.text).toContain('z dnia 2 maja 2025')
  })

  it('keeps the decision when the mail server refuses, and sends the answer on a later retry', async () => {
    const filed = await submitJson({
      email: 'odbita@example.pl',
      entry: String(block.number),
      message: 'Blokada była niesłuszna.',
    })
    const { id } = await complaintByNumber(filed.body.number)
    smtp.onRecipient((address) =>
      address === 'odbita@example.pl' ? { code: 451, message: 'Try again later' } : null,
    )
    const decided = await send('PATCH', `/api/complaints/${id}`, 'approver', {
      answer: 'Blokada zniesiona.',
      state: 'upheld',
    })
    expect(decided.status).toBe(200)
    let stored = await complaintByNumber(filed.body.number)
    expect(stored.state).toBe('upheld')
    expect(stored.answerEmail).toMatchObject({ attempts: 1, sentAt: null })
    expect(stored.answerEmail.lastError).toMatch(/Nie udało się wysłać odpowiedzi/)
    smtp.onRecipient(() => null)
    expect(await retryUnsentAnswers(payload)).toBe(1)
    stored = await complaintByNumber(filed.body.number)
    expect(stored.answerEmail).toMatchObject({ attempts: 2, lastError: null })
    expect(smtp.countFor('odbita@example.pl')).toBe(1)
  })

  it('does not use up the answer’s attempts while the mail server refuses our sending (relaying denied)', async () => {
    const filed = await submitJson({
      email: 'przekazywanie@example.pl',
      entry: String(block.number),
      message: 'Skarga w czasie awarii poczty.',
    })
    const { id } = await complaintByNumber(filed.body.number)
    smtp.onSender(() => ({ code: 550, message: '5.7.1 Relaying denied' }))
    try {
      expect(
        (
          await send('PATCH', `/api/complaints/${id}`, 'approver', {
            answer: 'Blokada zniesiona.',
            state: 'upheld',
          })
        ).status,
      ).toBe(200)
      for (let round = 0; round < MAX_ANSWER_ATTEMPTS + 2; round++)
        await retryUnsentAnswers(payload)
      const stored = await complaintByNumber(filed.body.number)
      expect(stored.answerEmail).toMatchObject({
        attempts: 0,
        lastError: expect.stringMatching(/5\.7\.1 Relaying denied/),
        sentAt: null,
      })
    } finally {
      smtp.onSender(() => null)
    }
    expect(await retryUnsentAnswers(payload)).toBe(1)
    expect(smtp.countFor('przekazywanie@example.pl')).toBe(1)
    expect((await complaintByNumber(filed.body.number)).answerEmail).toMatchObject({
      attempts: 1,
      lastError: null,
    })
  })

  it('does not let an approver decide through the local API as an editor would', async () => {
    const filed = await submitJson({
      email: 'lokalnie@example.pl',
      entry: String(removal.number),
      message: 'Skarga do decyzji redaktora.',
    })
    const { id } = await complaintByNumber(filed.body.number)
    await expect(
      payload.update({
        collection: 'complaints',
        data: { answer: 'x', state: 'upheld' },
        id,
        overrideAccess: false,
        user: g.editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await complaintByNumber(filed.body.number)).state).toBe('received')
  })
})
