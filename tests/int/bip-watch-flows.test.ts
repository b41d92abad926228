import { describe, expect, it } from 'vitest'

import { bip, entryAt, pollOnce, sourceNow, useBipWatchStage } from '../helpers/bip-watch'
import { deliveriesOf, drain } from '../helpers/fanout'
import { payload, publish } from '../helpers/fanout-stage'

// Atom here (the other file reads RSS), beside the sitemap.
useBipWatchStage('atom.xml')

/** An entry in BIP and in the register, cited by a post that went out. */
const citedEntry = async (slug: string, title: string, caseReference: string) => {
  const url = bip.publish({ caseReference, markup: 'div', slug, title })
  await pollOnce()
  const entry = (await entryAt(url))!
  expect(entry.state).toBe('published')
  const post = await publish({
    bipReference: entry.id,
    informationType: 'public_information',
    title: `Kopia: ${title}`,
  })
  await drain(payload)
  expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual(['sent', 'sent'])
  return { entry, post, url }
}

describe('BIP watcher: entries that vanish or change', () => {
  it('withdraws an entry whose page answers 410, and the copies are flagged', async () => {
    const { post, url } = await citedEntry(
      'przetarg-1',
      'Przetarg na remont drogi',
      'ZP.271.1.2026',
    )
    bip.vanish('przetarg-1', 410)
    await pollOnce()
    const entry = (await entryAt(url))!
    expect(entry.state).toBe('withdrawn')
    expect(entry.bipWatch?.note).toBe('Strona wpisu zniknęła z BIP (HTTP 410) – wpis wycofany.')
    const flags = (await deliveriesOf(payload, post.id)).map((d) => d.flag)
    expect(flags).toEqual(['bip_withdrawn', 'bip_withdrawn'])
  })

  it('withdraws on 404 only when the page is still missing at the next check', async () => {
    const { url } = await citedEntry('ogloszenie-2', 'Ogłoszenie o naborze', 'OR.2110.2.2026')
    bip.vanish('ogloszenie-2', 404)
    await pollOnce()
    let entry = (await entryAt(url))!
    expect(entry.state).toBe('published')
    expect(entry.bipWatch?.notFoundStrikes).toBe(1)
    await pollOnce()
    entry = (await entryAt(url))!
    expect(entry.state).toBe('withdrawn')
  })

  it('takes a changed title and case reference from the page (the changed flow)', async () => {
    const { url } = await citedEntry('uchwala-3', 'Uchwała w sprawie budżetu', 'RG.0007.3.2026')
    bip.change('uchwala-3', {
      caseReference: 'RG.0007.4.2026',
      title: 'Uchwała w sprawie zmiany budżetu',
    })
    await pollOnce()
    const entry = (await entryAt(url))!
    expect(entry).toMatchObject({
      caseReference: 'RG.0007.4.2026',
      state: 'published',
      title: 'Uchwała w sprawie zmiany budżetu',
    })
    expect(entry.bipWatch?.note).toBe(
      'Wpis zmienił się w BIP: tytuł „Uchwała w sprawie budżetu” → „Uchwała w sprawie zmiany budżetu”, znak sprawy RG.0007.3.2026 → RG.0007.4.2026.',
    )
    expect(entry.bipWatch?.metryczka?.modifiedBy).toBe('Anna Nowak')
    expect(entry.bipWatch?.metryczka?.modifiedAt).toBeTruthy()
    const last = entry.changeRegister?.at(-1)
    expect(last?.what).toMatch(/tytuł/)
  })

  it('records failing and slow sources, and loses nothing they held back', async () => {
    bip.failNext('/atom.xml', 500)
    bip.delayNext('/sitemap.xml', 2500)
    const url = bip.publish({ slug: 'komunikat-4', title: 'Komunikat o przerwie w dostawie wody' })
    await pollOnce()
    const health = (await sourceNow()).health!
    expect(health.lastError).toContain('Kanał: BIP odpowiedział błędem HTTP 500.')
    expect(health.lastError).toContain('Mapa witryny: BIP nie odpowiedział w ciągu 1 s.')
    expect(health.lastErrorAt).toBe(health.lastPollAt)
    expect(await entryAt(url)).toBeUndefined()

    // A slow answer within the limit is simply waited for.
    bip.delayNext('/atom.xml', 300)
    await pollOnce()
    expect((await entryAt(url))?.state).toBe('published')
    const after = (await sourceNow()).health!
    expect(after.lastSuccessAt).toBe(after.lastPollAt)
  })

  it('keeps an entry page that fails to load as it was, and says why', async () => {
    const { url } = await citedEntry('zarzadzenie-5', 'Zarządzenie Wójta nr 5', 'OR.0050.5.2026')
    bip.change('zarzadzenie-5', { title: 'Zarządzenie Wójta nr 5/2026' })
    // Both listings name the change; the page fails for both readings in this poll.
    bip.failNext('/wpis/zarzadzenie-5', 503, 2)
    await pollOnce()
    let entry = (await entryAt(url))!
    expect(entry.title).toBe('Zarządzenie Wójta nr 5')
    expect(entry.bipWatch?.note).toMatch(/HTTP 503/)
    expect((await sourceNow()).health?.lastError).toMatch(/HTTP 503/)
    // The listing was not kept (no validators), so the next poll reads it again and acts.
    await pollOnce()
    entry = (await entryAt(url))!
    expect(entry.title).toBe('Zarządzenie Wójta nr 5/2026')
  })
})
