import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { errorMessages } from '../helpers/api-server'
import { createEntry, type EntryDoc, RESIDENT, RULE_TEXTS } from '../helpers/moderation'
import {
  entryAs,
  g,
  payload,
  refusal,
  rules,
  send,
  statusOf,
  useModerationRegister,
} from '../helpers/moderation-register'

useModerationRegister()

describe('a register entry', () => {
  it('cites the point of the rules in force, with its words, and names the decider by function', async () => {
    const entry = await createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id } })
    expect(entry.number).toBeGreaterThanOrEqual(1)
    expect(entry.rule).toMatchObject({ point: 2, quote: RULE_TEXTS[1], version: 1 })
    expect(entry.summary).toBe(
      `Usunięto komentarz naruszający pkt 2 zasad dyskusji „Zasady dyskusji na fanpage” (wersja 1): „${RULE_TEXTS[1]}”.`,
    )
    expect(entry.decidedByLabel).toBe('Osoba zatwierdzająca publikacje')
    expect(String((entry.decidedBy as { id?: unknown })?.id ?? entry.decidedBy)).toBe(
      String(g.approver.id),
    )
    expect(entry.complaintOutcome).toBe('none')
    const next = await createEntry(payload, g.admin, {
      action: 'user_blocked',
      rule: { point: 3, rules: rules.id },
    })
    expect(next.number).toBe(entry.number + 1)
  })

  it('keeps its citation true after the rules are revised; new entries cite the new version', async () => {
    const before = await createEntry(payload, g.approver, { rule: { point: 3, rules: rules.id } })
    await payload.update({
      collection: 'discussion-rules',
      data: {
        _status: 'published',
        rules: lexicalParagraphs('Nowy wstęp.', 'Nowe brzmienie punktu drugiego.'),
      },
      id: rules.id,
      overrideAccess: false,
      user: g.approver,
    })
    const kept = await entryAs(g.approver, before.id)
    expect(kept.rule).toMatchObject({ point: 3, quote: RULE_TEXTS[2], version: 1 })
    // A correction of the summary alone does not move the citation to the new text.
    await payload.update({
      collection: 'moderation-entries',
      data: { correctionReason: 'Literówka.', summary: 'Usunięto spam z odnośnikiem.' },
      id: before.id,
      overrideAccess: false,
      user: g.admin,
    })
    expect((await entryAs(g.admin, before.id)).rule).toMatchObject({
      point: 3,
      quote: RULE_TEXTS[2],
      version: 1,
    })
    const after = await createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id } })
    expect(after.rule).toMatchObject({
      point: 2,
      quote: 'Nowe brzmienie punktu drugiego.',
      version: 2,
    })
    // The revised text has two points only.
    expect(
      await refusal(createEntry(payload, g.approver, { rule: { point: 3, rules: rules.id } })),
    ).toMatch(/numer od 1 do 2/)
  })

  it('refuses unpublished rules, a missing rule and a summary that identifies the resident', async () => {
    const draft = await payload.create({
      collection: 'discussion-rules',
      data: {
        complaints: { howTo: 'x' },
        effectiveFrom: '2025-01-01T00:00:00.000Z',
        governs: [{ name: 'X', platform: 'facebook_page' }],
        moderationDocumentation: 'x',
        operator: 'x',
        rules: lexicalParagraphs('a'),
        title: 'Szkic zasad',
      },
      draft: true,
      overrideAccess: true,
    })
    expect(
      await refusal(createEntry(payload, g.approver, { rule: { point: 1, rules: draft.id } })),
    ).toMatch(/nie są opublikowane/)
    expect(await refusal(createEntry(payload, g.approver, { action: 'comment_hidden' }))).toMatch(
      /Wskaż zasady dyskusji/,
    )
    for (const summary of [
      'Usunięto komentarz Jana Kowalskiego.',
      `Profil ${RESIDENT.profile} zablokowany.`,
      `Autor (${RESIDENT.email}) obrażał.`,
      'Zablokowano @jan.kowalski.77.',
    ]) {
      expect(
        await refusal(
          createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id }, summary }),
        ),
      ).toMatch(/nie może wskazywać mieszkańca/)
    }
    // Unblocking breaks no rule.
    const unblock = await createEntry(payload, g.approver, {
      action: 'user_unblocked',
      snapshot: { authorName: RESIDENT.name },
    })
    expect(unblock.summary).toBe('Odblokowano użytkownika.')
  })

  it('gets distinct public numbers when many are written at once (the system retries a taken number)', async () => {
    const { withNumberRetry } = await import('../../src/moderation/numbering')
    const entries = await Promise.all(
      Array.from({ length: 6 }, () =>
        withNumberRetry(() =>
          createEntry(payload, g.approver, { rule: { point: 1, rules: rules.id } }),
        ),
      ),
    )
    const numbers = entries.map((e) => e.number)
    expect(new Set(numbers).size).toBe(6)
    expect(Math.max(...numbers) - Math.min(...numbers)).toBe(5)
  })

  it('cannot be made by an editor, nor through the API by anonymous visitors', async () => {
    expect(
      await statusOf(() => createEntry(payload, g.editor, { rule: { point: 2, rules: rules.id } })),
    ).toBe(403)
    const res = await send('POST', '/api/moderation-entries', null, {
      action: 'comment_removed',
      channelName: 'X',
      rule: { point: 2, rules: rules.id },
    })
    expect(res.status).toBe(403)
  })
})

describe('append-only', () => {
  let entry: EntryDoc
  beforeAll(async () => {
    entry = await createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id } })
  })

  it('refuses updates from editors and approvers, and deletion from everybody, locally and over REST', async () => {
    for (const user of [g.editor, g.approver]) {
      expect(
        await statusOf(() =>
          payload.update({
            collection: 'moderation-entries',
            data: { summary: 'Zmiana.' },
            id: entry.id,
            overrideAccess: false,
            user,
          }),
        ),
      ).toBe(403)
    }
    for (const user of [g.editor, g.approver, g.admin]) {
      expect(
        await statusOf(() =>
          payload.delete({
            collection: 'moderation-entries',
            id: entry.id,
            overrideAccess: false,
            user,
          }),
        ),
      ).toBe(403)
    }
    for (const who of [null, 'editor', 'approver', 'admin']) {
      expect((await send('DELETE', `/api/moderation-entries/${entry.id}`, who)).status).toBe(403)
      expect(
        (await send('DELETE', `/api/moderation-entries?where[id][equals]=${entry.id}`, who)).status,
      ).toBe(403)
    }
    expect(
      (
        await send('PATCH', `/api/moderation-entries/${entry.id}`, 'approver', {
          summary: 'Zmiana.',
        })
      ).status,
    ).toBe(403)
    expect((await entryAs(g.admin, entry.id)).summary).toBe(entry.summary)
  })

  it('regenerates a generated summary when an admin corrects the rule, but keeps one a person wrote', async () => {
    const generated = await createEntry(payload, g.approver, {
      action: 'comment_hidden',
      rule: { point: 1, rules: rules.id },
    })
    const res = await send('PATCH', `/api/moderation-entries/${generated.id}`, 'admin', {
      correctionReason: 'Chodziło o punkt 2.',
      rule: { point: 2, rules: rules.id },
    })
    expect(res.status, errorMessages(res.body)).toBe(200)
    expect((await entryAs(g.admin, generated.id)).summary).toMatch(
      /^Ukryto komentarz naruszający pkt 2 zasad dyskusji/,
    )
    const written = await createEntry(payload, g.approver, {
      action: 'comment_hidden',
      rule: { point: 1, rules: rules.id },
      summary: 'Ukryto reklamę sklepu.',
    })
    await send('PATCH', `/api/moderation-entries/${written.id}`, 'admin', {
      correctionReason: 'Chodziło o punkt 2.',
      rule: { point: 2, rules: rules.id },
    })
    expect((await entryAs(g.admin, written.id)).summary).toBe('Ukryto reklamę sklepu.')
  })

  it('lets an admin correct only with a reason, and records who, why and what in the trail', async () => {
    // (The rules were revised above: version 2 has two points.)
    const without = await send('PATCH', `/api/moderation-entries/${entry.id}`, 'admin', {
      rule: { point: 1, rules: rules.id },
    })
    expect(without.status).toBe(400)
    expect(errorMessages(without.body)).toMatch(/Podaj powód korekty/)
    const corrected = await send('PATCH', `/api/moderation-entries/${entry.id}`, 'admin', {
      correctionReason: 'Błędnie wskazany punkt zasad.',
      rule: { point: 1, rules: rules.id },
      summary: 'Usunięto spam.',
    })
    expect(corrected.status, errorMessages(corrected.body)).toBe(200)
    const doc = await entryAs(g.admin, entry.id)
    expect(doc.rule).toMatchObject({ point: 1, quote: 'Nowy wstęp.', version: 2 })
    expect(doc.summary).toBe('Usunięto spam.')
    expect(doc.corrections).toHaveLength(1)
    expect(doc.corrections![0]).toMatchObject({ reason: 'Błędnie wskazany punkt zasad.' })
    expect(doc.corrections![0].what).toContain('punkt zasad: 2 → 1')
    expect(doc.corrections![0].what).toContain('podsumowanie:')
    expect(String((doc.corrections![0].by as { id?: unknown })?.id ?? doc.corrections![0].by)).toBe(
      String(g.admin.id),
    )
    // The reason is not stored as a field of the entry itself.
    expect((doc as Record<string, unknown>).correctionReason).toBeUndefined()
    // Nobody writes the trail directly, and a reason that changes nothing is refused.
    await send('PATCH', `/api/moderation-entries/${entry.id}`, 'admin', {
      correctionReason: 'Próba',
      corrections: [],
    })
    expect((await entryAs(g.admin, entry.id)).corrections).toHaveLength(1)
    const nothing = await send('PATCH', `/api/moderation-entries/${entry.id}`, 'admin', {
      correctionReason: 'Bez zmian',
    })
    expect(errorMessages(nothing.body)).toMatch(/niczego nie zmienia/)
    // Numbers and deciders are not the admin's to rewrite.
    await send('PATCH', `/api/moderation-entries/${entry.id}`, 'admin', {
      correctionReason: 'Próba zmiany numeru',
      decidedBy: g.admin.id,
      number: 999,
      summary: 'Usunięto spam (korekta).',
    })
    const final = await entryAs(g.admin, entry.id)
    expect(final.number).toBe(entry.number)
    expect(String((final.decidedBy as { id?: unknown })?.id ?? final.decidedBy)).toBe(
      String(g.approver.id),
    )
  })
})
