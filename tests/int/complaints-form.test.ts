import { describe, expect, it } from 'vitest'

import {
  api,
  block,
  complaintByNumber,
  entryOutcome,
  removal,
  submitForm,
  submitJson,
  unblock,
  useComplaints,
} from '../helpers/complaints'

useComplaints()

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
