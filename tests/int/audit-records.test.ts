/**
 * The audit log of the other audited collections: BIP entries, discussion rules, register entries,
 * complaints and channel settings, with who, when and what.
 */
import { describe, expect, it } from 'vitest'

import { completedByCollection } from '../helpers/data'
import { createEntry, publishRules as publishCitableRules, RESIDENT } from '../helpers/moderation'
import { publishRules } from '../helpers/rules'
import { fanpageId, g, logOf, nameOf, payload, transitions, useAuditStage } from '../helpers/audit'

useAuditStage()

describe('the audit log', () => {
  it('records BIP entries, and not the URL checks the system writes on them', async () => {
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR.0003.7.2025',
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Zarządzenie w sprawie regulaminu',
        url: 'https://bip.testowo.example/z7',
      },
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'bip-references',
      data: { state: 'published' },
      id: bip.id,
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'bip-references',
      context: { fanoutUrlCheck: true },
      data: { lastCheck: { checkedAt: new Date().toISOString(), httpStatus: 200 } },
      id: bip.id,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'bip-references',
      data: { state: 'withdrawn' },
      id: bip.id,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('bip-references', bip.id)
    expect(transitions(log)).toEqual(['∅→draft', 'draft→published', 'published→withdrawn'])
    expect(log[1].summary).toMatch(
      /^stan: Szkic \(jeszcze nie w BIP\) → Opublikowany w BIP; data publikacji: — → /,
    )
    expect(log[0].documentTitle).toBe('OR.0003.7.2025 – Zarządzenie w sprawie regulaminu')
  })

  it('records publishing and unpublishing discussion rules, not the drafts saved in between', async () => {
    const rules = await publishRules(payload, 'Zasady w grupie sołectwa', 'facebook_group', {
      slug: 'zasady-solectwa',
    })
    await payload.update({
      collection: 'discussion-rules',
      data: { operator: 'Sołtys' },
      draft: true,
      id: rules.id,
      overrideAccess: false,
      user: g.approver,
    })
    expect(transitions(await logOf('discussion-rules', rules.id))).toEqual(['∅→published'])
    await payload.update({
      collection: 'discussion-rules',
      data: { _status: 'published', operator: 'Sołtys' },
      id: rules.id,
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'discussion-rules',
      data: { _status: 'draft' },
      id: rules.id,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('discussion-rules', rules.id)
    expect(log).toHaveLength(3)
    expect(log[1].field).toBeNull()
    // Publishing after a saved draft counts as a new version of the rules.
    expect(log[1].summary).toBe('wersja: 1 → 2; prowadzący: Referat Organizacyjny → Sołtys')
    expect(transitions(log)).toEqual(['∅→published', 'published→draft'])
    expect(log[2].actor).toBe(nameOf(g.admin))
  })

  it('records register entries and their corrections, never the private snapshot', async () => {
    const rules = await publishCitableRules(payload, g.approver)
    const entry = await createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id } })
    await payload.update({
      collection: 'moderation-entries',
      data: {
        correctionReason: 'Pomyłka w punkcie zasad',
        rule: { point: 3, rules: rules.id },
      },
      id: entry.id,
      overrideAccess: false,
      user: g.admin,
    })
    await payload.update({
      collection: 'moderation-entries',
      data: {
        correctionReason: 'Uzupełnienie migawki',
        snapshot: { authorName: RESIDENT.name, text: `${RESIDENT.text} (pełna treść)` },
      },
      id: entry.id,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('moderation-entries', entry.id)
    expect(log.map((e) => e.operation)).toEqual(['create', 'update', 'update'])
    expect(log[0].documentTitle).toBe(`Nr ${entry.number}`)
    expect(log[1].summary).toMatch(/^punkt zasad: 2 → 3; podsumowanie: /)
    expect(log[2].summary).toBe('migawka treści: poprawiono → poprawiono')
    const all = JSON.stringify(log)
    expect(all).not.toContain(RESIDENT.name)
    expect(all).not.toContain('złodziej')
  })

  it('records complaint states', async () => {
    const rules = await publishCitableRules(payload, g.approver, 'Zasady skarg')
    const entry = await createEntry(payload, g.approver, { rule: { point: 1, rules: rules.id } })
    const complaint = await payload.create({
      collection: 'complaints',
      data: completedByCollection<'complaints'>({
        email: 'skarzacy@poczta.example',
        entry: entry.id,
        message: 'Komentarz był rzeczowy.',
      }),
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'complaints',
      data: { state: 'under_review' },
      id: complaint.id,
      overrideAccess: false,
      user: g.approver,
    })
    const log = await logOf('complaints', complaint.id)
    expect(transitions(log)).toEqual(['∅→received', 'received→under_review'])
    expect(log[1].summary).toBe('stan: Wpłynęła → W rozpatrzeniu')
    expect(JSON.stringify(log)).not.toContain('skarzacy@poczta.example')
  })

  it('records channel settings and the saving of a new token, never the token', async () => {
    await payload.db.updateOne({
      collection: 'channel-accounts',
      data: {
        status: { reason: 'Token wygasł', since: new Date().toISOString(), state: 'needs_action' },
      },
      id: fanpageId,
    })
    await payload.update({
      collection: 'channel-accounts',
      data: { fanpage: { pageToken: 'nowy-tajny-token-123' } },
      id: fanpageId,
      overrideAccess: false,
      user: g.admin,
    })
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: false },
      id: fanpageId,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('channel-accounts', fanpageId)
    expect(log.map((e) => e.summary)).toEqual([
      'utworzono (stan kanału: Działa); zapisano nowy token lub sekret (wartość nie jest zapisywana w dzienniku)',
      'zapisano nowy token lub sekret (wartość nie jest zapisywana w dzienniku)',
      'stan kanału: Wymaga działania → Działa',
      'włączony: tak → nie',
    ])
    expect(JSON.stringify(log)).not.toContain('nowy-tajny-token-123')
  })
})
