import { describe, expect, it } from 'vitest'

import { checkAnonymisedSummary, findPersonalData } from '../../src/domain/anonymised-summary'
import { planComplaintChange } from '../../src/domain/complaint-decision'
import { defaultSummary, entryComplaintOutcome, shortQuote } from '../../src/domain/moderation'

const kinds = (text: string, names: string[] = []) =>
  findPersonalData(text, { names }).map((f) => `${f.kind}:${f.match}`)

describe('findPersonalData', () => {
  it('accepts a summary that only says what was done and why', () => {
    expect(
      kinds('Usunięto komentarz naruszający pkt 2 zasad dyskusji (wersja 3): wulgaryzmy i groźby.'),
    ).toEqual([])
    expect(kinds('Ukryto komentarz z 12.05.2025, wpis nr 17, 3 osoby zgłosiły spam.')).toEqual([])
  })

  it('finds e-mail addresses, including Polish letters and subdomains', () => {
    expect(kinds('Autor (jan.kowalski+fb@poczta.onet.pl) obrażał innych')).toEqual([
      'email:jan.kowalski+fb@poczta.onet.pl',
    ])
    expect(kinds('kontakt: żaneta@wp.pl')).toEqual(['email:żaneta@wp.pl'])
  })

  it('finds web addresses and profile links, with or without a scheme', () => {
    expect(kinds('profil https://www.facebook.com/jan.kowalski.123 zablokowany')).toEqual([
      'url:https://www.facebook.com/jan.kowalski.123',
    ])
    expect(kinds('zob. www.example.pl')).toEqual(['url:www.example.pl'])
    expect(kinds('konto facebook.com/profile.php?id=1000123 usunięte')).toEqual([
      'url:facebook.com/profile.php?id=1000123',
    ])
    expect(kinds('pisał z m.facebook.com oraz instagram.com')).toEqual([
      'url:m.facebook.com',
      'url:instagram.com',
    ])
  })

  it('finds @handles but not the @ of an e-mail address', () => {
    expect(kinds('oznaczył @Jan_Kowalski i @ola.nowak')).toEqual([
      'handle:@Jan_Kowalski',
      'handle:@ola.nowak',
    ])
    expect(kinds('adres a@b.pl')).toEqual(['email:a@b.pl'])
    expect(kinds('cena 5 @ 10 zł')).toEqual([])
  })

  it('finds Polish phone numbers in the usual spellings', () => {
    expect(kinds('tel. 600 100 200')).toEqual(['phone:600 100 200'])
    expect(kinds('tel. +48 600-100-200')).toEqual(['phone:+48 600-100-200'])
    expect(kinds('tel. 12 345 67 89')).toEqual(['phone:12 345 67 89'])
    expect(kinds('numer 600100200')).toEqual(['phone:600100200'])
    expect(kinds('wpis 1234567890123 z roku 2025')).toEqual([])
  })

  it('finds the author named in the snapshot, also declined and without diacritics', () => {
    expect(kinds('Pan Kowalskiego komentarz usunięto', ['Jan Kowalski'])).toEqual([
      'name:Kowalskiego',
    ])
    expect(kinds('komentarz lukasza zniknął', ['Łukasz Żak'])).toEqual(['name:lukasza'])
    expect(kinds('Usunięto komentarz naruszający pkt 2.', ['Jan Kowalski'])).toEqual([])
    // Very short name parts would match ordinary words; they are not looked for.
    expect(kinds('A to B', ['Al B'])).toEqual([])
  })

  it('gives a Polish message that lists what to remove', () => {
    expect(checkAnonymisedSummary('Usunięto komentarz.')).toBe(true)
    const message = checkAnonymisedSummary('Jan (jan@x.pl) z @jan', ['Jan Nowak'])
    expect(message).toMatch(/nie może wskazywać mieszkańca/)
    expect(message).toContain('adres e-mail: „jan@x.pl”')
    expect(message).toContain('oznaczenie osoby (@…): „@jan”')
    expect(message).toContain('imię lub nazwisko autora: „Jan”')
  })
})

describe('defaultSummary', () => {
  const rule = {
    point: 2,
    quote: 'Usuwamy komentarze zawierające wulgaryzmy, groźby, treści dyskryminujące.',
    title: 'Zasady fanpage',
    version: 3,
  }

  it('names the act, the point, the rules and their version, and quotes the point', () => {
    expect(defaultSummary('comment_removed', rule)).toBe(
      'Usunięto komentarz naruszający pkt 2 zasad dyskusji „Zasady fanpage” (wersja 3): „Usuwamy komentarze zawierające wulgaryzmy, groźby, treści dyskryminujące.”.',
    )
    expect(defaultSummary('user_blocked', { point: 4, version: 1 })).toBe(
      'Zablokowano użytkownika za naruszenie pkt 4 zasad dyskusji (wersja 1).',
    )
    expect(defaultSummary('user_unblocked', rule)).toBe('Odblokowano użytkownika.')
  })

  it('is itself anonymous and shortens long quotes at a word', () => {
    expect(checkAnonymisedSummary(defaultSummary('comment_hidden', rule))).toBe(true)
    const quote = shortQuote('słowo '.repeat(60), 40)
    expect(quote.length).toBeLessThanOrEqual(40)
    expect(quote).toMatch(/słowo…$/)
  })
})

describe('entryComplaintOutcome', () => {
  it('shows an upheld complaint first, then an open one, then a rejection', () => {
    expect(entryComplaintOutcome([])).toBe('none')
    expect(entryComplaintOutcome(['rejected', 'upheld'])).toBe('upheld')
    expect(entryComplaintOutcome(['rejected', 'received'])).toBe('pending')
    expect(entryComplaintOutcome(['under_review'])).toBe('pending')
    expect(entryComplaintOutcome(['rejected'])).toBe('rejected')
  })
})

describe('planComplaintChange', () => {
  it('lets approvers and admins review and decide, with an answer', () => {
    expect(planComplaintChange({ from: 'received', role: 'approver', to: 'under_review' })).toEqual(
      { decided: false, ok: true },
    )
    expect(
      planComplaintChange({
        answer: 'Przywróciliśmy komentarz.',
        from: 'under_review',
        role: 'approver',
        to: 'upheld',
      }),
    ).toEqual({ decided: true, ok: true })
    expect(
      planComplaintChange({
        answer: 'Komentarz naruszał pkt 2.',
        from: 'received',
        role: 'admin',
        to: 'rejected',
      }),
    ).toEqual({ decided: true, ok: true })
  })

  it('refuses editors and anonymous callers', () => {
    expect(
      planComplaintChange({ answer: 'x', from: 'received', role: 'editor', to: 'upheld' }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(planComplaintChange({ from: 'received', role: null, to: 'under_review' })).toMatchObject(
      { ok: false, status: 403 },
    )
  })

  it('requires an answer with a decision, and keeps decisions final', () => {
    expect(
      planComplaintChange({ answer: '  ', from: 'received', role: 'approver', to: 'upheld' }),
    ).toMatchObject({ message: expect.stringMatching(/Wpisz odpowiedź/), ok: false })
    expect(
      planComplaintChange({ answer: 'x', from: 'upheld', role: 'admin', to: 'rejected' }),
    ).toMatchObject({ message: expect.stringMatching(/już rozstrzygnięta/), ok: false })
    expect(
      planComplaintChange({ from: 'under_review', role: 'admin', to: 'received' }),
    ).toMatchObject({ message: expect.stringMatching(/cofnąć/), ok: false })
    expect(planComplaintChange({ from: null, role: 'admin', to: 'upheld' })).toMatchObject({
      ok: false,
    })
    // Filing a complaint is not deciding it: the public form has no role.
    expect(planComplaintChange({ from: null, role: null, to: 'received' })).toEqual({
      decided: false,
      ok: true,
    })
    expect(planComplaintChange({ from: 'upheld', role: 'editor', to: 'upheld' })).toEqual({
      decided: false,
      ok: true,
    })
  })
})
