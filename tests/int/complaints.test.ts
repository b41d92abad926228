import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_ANSWER_ATTEMPTS, retryUnsentAnswers } from '../../src/moderation/complaint-answer'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { errorMessages, startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { createEntry, type EntryDoc, publishRules } from '../helpers/moderation'
import { startPayload } from '../helpers/payload'

let payload: Payload
let smtp: FakeSmtp
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let removal: EntryDoc
let block: EntryDoc
let unblock: EntryDoc
const auth: Record<string, string> = {}

beforeAll(async () => {
  smtp = await startFakeSmtp()
  // The email adapter is built from the environment when the config is imported.
  // TRUST_PROXY: the tests play the proxy, each naming its client in X-Forwarded-For.
  Object.assign(process.env, smtp.env(), {
    SERVER_URL: 'https://wislotki.example',
    TRUST_PROXY: 'true',
  })
  payload = await startPayload()
  g = await makeGmina(payload)
  const rules = await publishRules(payload, g.approver)
  removal = await createEntry(payload, g.approver, {
    rule: { point: 2, rules: rules.id },
    unit: g.school.id,
  })
  block = await createEntry(payload, g.approver, {
    action: 'user_blocked',
    rule: { point: 3, rules: rules.id },
    unit: g.office.id,
  })
  unblock = await createEntry(payload, g.approver, { action: 'user_unblocked', unit: g.office.id })
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver', 'editor', 'officeEditor'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  // Payload's pooled SMTP connections stay open, and smtp-server's close waits 30 s for them: not awaited.
  void smtp?.close()
})

let ipCounter = 10
/** Each test files complaints from its own address, so the per-address limit only bites where meant. */
const freshIp = () => `203.0.113.${ipCounter++}`

const submitForm = (fields: Record<string, string>, ip = freshIp()) =>
  fetch(`${api.base}/api/complaints/submit`, {
    body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    method: 'POST',
    redirect: 'manual',
  })
const submitJson = async (body: Record<string, unknown>, ip = freshIp()) => {
  const res = await fetch(`${api.base}/api/complaints/submit`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    method: 'POST',
  })
  return { body: (await res.json()) as Record<string, any>, status: res.status }
}
const send = (method: string, path: string, who: null | string, body?: unknown) =>
  api.send(method, path, who ? auth[who] : null, body)
const complaintByNumber = async (number: number) =>
  (
    await payload.find({
      collection: 'complaints' as never,
      depth: 0,
      overrideAccess: true,
      where: { number: { equals: number } },
    })
  ).docs[0] as unknown as Record<string, any>
const entryOutcome = async (id: number | string) =>
  (
    (await payload.findByID({
      collection: 'moderation-entries' as never,
      id,
      overrideAccess: true,
    })) as unknown as EntryDoc
  ).complaintOutcome

describe('the public complaint form', () => {
  it('files a complaint from a form post and redirects to the thank-you page (no JavaScript needed)', async () => {
    const res = await submitForm({
      email: ' Ola.Nowak@Example.PL ',
      entry: String(removal.number),
      message: 'Mój komentarz był rzeczowy i nie zawierał wulgaryzmów.',
      name: 'Ola Nowak',
    })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/rejestr-moderacji\/skarga\?wyslano=\d+$/)
    const complaint = await complaintByNumber(Number(location.split('=')[1]))
    expect(complaint).toMatchObject({
      email: 'ola.nowak@example.pl',
      name: 'Ola Nowak',
      source: 'form',
      state: 'received',
    })
    expect(String(complaint.entry)).toBe(String(removal.id))
    // Only a keyed hash of the sender's address is kept, to count their complaints.
    expect(complaint.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(complaint)).not.toContain('203.0.113.')
    expect(complaint.receivedAt).toEqual(expect.any(String))
    expect(await entryOutcome(removal.id)).toBe('pending')
  })

  it('answers JSON clients with the number, and accepts "nr 17" as well as "17"', async () => {
    const res = await submitJson({
      email: 'a@b.pl',
      entry: `nr ${block.number}`,
      message: 'Blokada bez ostrzeżenia.',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      message: expect.stringMatching(/Przyjęliśmy skargę nr \d+/),
      number: expect.any(Number),
    })
  })

  it('explains in Polish what is wrong, for forms by redirect and for JSON in the body', async () => {
    const bad = await submitJson({ email: 'nie-email', entry: 'abc', message: 'krótko' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'entry',
      'email',
      'message',
    ])
    expect(bad.body.errors[1].message).toMatch(/poprawny adres e-mail/)
    const form = await submitForm({ email: 'x', entry: String(removal.number), message: '' })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe(
      `/rejestr-moderacji/skarga?blad=email%2Cmessage&wpis=${removal.number}`,
    )
    expect(
      (await submitJson({ email: 'a@b.pl', entry: '99999', message: 'Nie ma takiego wpisu.' })).body
        .errors[0].field,
    ).toBe('unknown_entry')
    expect(
      (
        await submitJson({
          email: 'a@b.pl',
          entry: String(unblock.number),
          message: 'Odblokowanie to nie kara.',
        })
      ).body.errors[0].field,
    ).toBe('not_complainable')
    expect(
      (
        await submitJson({
          email: 'a@b.pl',
          entry: String(removal.number),
          message: 'Jestem botem i wypełniam wszystko.',
          website: 'http://spam',
        })
      ).body.errors[0].field,
    ).toBe('spam')
    const garbage = await fetch(`${api.base}/api/complaints/submit`, {
      body: '{nope',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(garbage.status).toBe(400)
  })

  it('limits complaints per visitor address and per e-mail, across requests', async () => {
    const ip = '198.51.100.7'
    for (let i = 0; i < 5; i++)
      expect(
        (
          await submitJson(
            {
              email: `osoba${i}@example.pl`,
              entry: String(removal.number),
              message: `Skarga numer ${i} z jednego adresu.`,
            },
            ip,
          )
        ).status,
      ).toBe(201)
    const refused = await submitJson(
      {
        email: 'kolejna@example.pl',
        entry: String(removal.number),
        message: 'Szósta skarga z jednego adresu.',
      },
      ip,
    )
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/zbyt wiele skarg/)
    const form = await submitForm(
      {
        email: 'kolejna@example.pl',
        entry: String(removal.number),
        message: 'Szósta skarga z formularza.',
      },
      ip,
    )
    expect(form.headers.get('location')).toContain('blad=limit')
    // Only the proxy's hop counts: what the client wrote to the left of it is ignored.
    expect(
      (
        await submitJson(
          { email: 'inna@example.pl', entry: String(removal.number), message: 'Z innego adresu.' },
          `${ip}, 192.0.2.99`,
        )
      ).status,
    ).toBe(201)
    expect(
      (
        await submitJson(
          {
            email: 'inna2@example.pl',
            entry: String(removal.number),
            message: 'Podszywa się pod inny adres.',
          },
          `192.0.2.98, ${ip}`,
        )
      ).status,
    ).toBe(429)
    for (let i = 0; i < 5; i++)
      await submitJson({
        email: 'ta.sama@example.pl',
        entry: String(removal.number),
        message: `Ta sama osoba, skarga ${i}.`,
      })
    expect(
      (
        await submitJson({
          email: 'TA.SAMA@example.pl',
          entry: String(removal.number),
          message: 'Ta sama osoba po raz szósty.',
        })
      ).status,
    ).toBe(429)
  })
})

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
    const created = (await payload.create({
      collection: 'complaints' as never,
      data: {
        email: 'list@example.pl',
        entry: block.id,
        message: 'Skarga przesłana pocztą.',
        receivedAt: '2025-05-02T10:00:00.000Z',
      } as never,
      overrideAccess: false,
      user: g.approver,
    })) as unknown as Record<string, any>
    expect(created).toMatchObject({
      receivedAt: '2025-05-02T10:00:00.000Z',
      source: 'staff',
      state: 'received',
    })
    const before = smtp.received.length
    await payload.update({
      collection: 'complaints' as never,
      data: { answer: 'Komentarz zawierał groźby (pkt 3).', state: 'rejected' } as never,
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
        collection: 'complaints' as never,
        data: { answer: 'x', state: 'upheld' } as never,
        id,
        overrideAccess: false,
        user: g.editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await complaintByNumber(filed.body.number)).state).toBe('received')
  })
})
