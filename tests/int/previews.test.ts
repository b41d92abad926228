/**
 * Live previews of an unsaved post (POST /api/fanout/preview), the editors' own text per channel
 * reaching the real delivery, and the newsletter's test e-mail, over real HTTP on loopback with
 * the fake Graph API, the fake group operator and a real SMTP server.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../src/seed/lexical'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain, startFanout } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { createSubscriber } from '../helpers/newsletter-records'

const SITE = 'https://wislotki.example'
const PASSWORD = 'Haslo-testowe-1'
const BIP = 'https://bip.testowo.example/a'

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let smtp: FakeSmtp
let api: Awaited<ReturnType<typeof startApiServer>>
let g: Gmina
const auth: Record<'admin' | 'approver' | 'editor', string> = {
  admin: '',
  approver: '',
  editor: '',
}

beforeAll(async () => {
  smtp = await startFakeSmtp()
  Object.assign(process.env, smtp.env())
  ;({ graph, operator, payload } = await startFanout())
  api = await startApiServer(payload.config)
  g = await makeGmina(payload)
  for (const role of ['admin', 'approver', 'editor'] as const)
    auth[role] = await api.login(g[role].email, PASSWORD)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
  await smtp?.close()
})

const preview = (data: unknown, who: null | string = auth.editor) =>
  api.send('POST', '/api/fanout/preview', who, { data })
const testSend = (data: unknown, who: null | string = auth.editor) =>
  api.send('POST', '/api/newsletter/test-send', who, { data })
const countPosts = async () =>
  (await payload.count({ collection: 'posts', overrideAccess: true })).totalDocs

/** A post as the form holds it before the first save. */
const unsaved = (extra: Record<string, unknown> = {}) => ({
  bipReference: g.bipPublished.id,
  body: lexicalParagraphs('Zapraszamy na festyn w sobotę o godz. 15 na boisku szkolnym.'),
  category: 'culture',
  informationType: 'public_information',
  lead: 'Szkoła zaprasza całe rodziny.',
  title: 'Festyn szkolny w Testowie',
  unit: g.school.id,
  ...extra,
})

describe('POST /api/fanout/preview', () => {
  it('refuses anonymous requests and other units’ posts, and says what input is wrong', async () => {
    const anonymous = await preview(unsaved(), null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Zaloguj się.')
    const foreign = await preview(unsaved({ unit: g.office.id }))
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toMatch(/swoich jednostek/)

    const bad = async (body: unknown) => {
      const res = await api.send('POST', '/api/fanout/preview', auth.editor, body)
      expect(res.status).toBe(400)
      return res.body.errors[0].message as string
    }
    expect(await bad('tekst')).toBe('Treść żądania musi być obiektem JSON.')
    expect(await bad({ data: 'tekst' })).toMatch(/obiekt JSON w polu „data”/)
    expect(await bad({ data: unsaved({ title: 12 }) })).toBe(
      'Pole „title” ma nieprawidłową wartość.',
    )
    expect(await bad({ data: unsaved({ category: 'nosuch' }) })).toMatch(/„category”/)
    expect(await bad({ data: unsaved({ images: 'x' }) })).toMatch(/„images”/)
    expect(await bad({ data: unsaved({ channelCopy: { fanpage: 'x'.repeat(5001) } }) })).toBe(
      'Pole „channelCopy.fanpage” jest za długie (najwyżej 5000 znaków).',
    )
  })

  it('renders every channel of a post never saved, and saves or sends nothing', async () => {
    const posts = await countPosts()
    const graphPosts = graph.posts.length
    const res = await preview(
      unsaved({ body: lexicalParagraphs('Bilety: bit.ly/festyn-testowo. Zapraszamy!') }),
    )
    expect(res.status).toBe(200)
    const { fanpage, group, newsletter, rss } = res.body

    expect(fanpage.text).toMatch(/^Festyn szkolny w Testowie\n\nSzkoła zaprasza całe rodziny\./)
    expect(fanpage.text).toContain(`Oficjalna publikacja w BIP: ${BIP}`)
    expect(fanpage.chars).toBe([...fanpage.text].length)
    expect(fanpage.limit).toBe(2000)
    expect(fanpage.shortened).toBe(false)
    // Five lines show in the feed (title, blank, lead, blank, body); the footer is behind the fold.
    expect(fanpage.seeMore.visible).toBe(
      'Festyn szkolny w Testowie\n\nSzkoła zaprasza całe rodziny.\n\nBilety: bit.ly/festyn-testowo. Zapraszamy!',
    )
    expect(fanpage.seeMore.hidden).toMatch(/^— Szkoła Podstawowa w Testowie\n/)
    expect(fanpage.link).toEqual({
      host: 'bip.testowo.example',
      title: 'Obwieszczenie',
      url: BIP,
    })
    expect(fanpage.bipUrl).toBe(BIP)

    // The group's copy links its rules of discussion and carries the auto-moderation warnings.
    expect(group.text).toContain(`Zasady dyskusji: ${SITE}/zasady-dyskusji/grupa-mieszkancow`)
    expect(group.lint.map((w: { rule: string }) => w.rule)).toContain('shortener')

    expect(newsletter.subject).toMatch(/wydanie codzienne/)
    expect(newsletter.html).toContain(
      '<h2 style="font-size:18px;margin:1.5em 0 0.5em">Festyn szkolny w Testowie</h2>',
    )
    expect(newsletter.html).toContain(`href="${BIP}"`)
    expect(newsletter.text).toContain(`Oficjalna publikacja w BIP: ${BIP}`)
    expect(newsletter.actions).toEqual([
      { label: 'Wyślij testowo do mnie', path: '/api/newsletter/test-send' },
    ])

    expect(rss.title).toBe('Festyn szkolny w Testowie')
    expect(rss.link).toBe(`${SITE}/aktualnosci/festyn-szkolny-w-testowie`)
    expect(rss.description).toBe(`Szkoła zaprasza całe rodziny. Oficjalna publikacja w BIP: ${BIP}`)
    expect(rss.content).toContain(`<a href="${BIP}">`)

    expect(await countPosts()).toBe(posts)
    expect(graph.posts.length).toBe(graphPosts)
    expect(smtp.received.length).toBe(0)
  })

  it('shows where Facebook folds a long text and where the channel limit cuts it', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Zdanie numer ${i + 1} o remoncie drogi.`)
    const { body } = await preview(
      unsaved({ body: lexicalParagraphs(long.join(' ').repeat(2)), lead: null }),
    )
    expect(body.fanpage.seeMore.cutAt).toBeLessThanOrEqual(480)
    expect(body.fanpage.seeMore.hidden).not.toBe('')
    expect(body.fanpage.shortened).toBe(true)
    expect(body.fanpage.chars).toBeLessThanOrEqual(2000)
    // The group allows 5000 characters: the same body fits there.
    expect(body.group.shortened).toBe(false)
    // Without a lead the feed's excerpt is the body cut at 300 characters; the BIP link never is.
    expect(body.rss.description).toMatch(
      /… Oficjalna publikacja w BIP: https:\/\/bip\.testowo\.example\/a$/,
    )
    expect(body.rss.descriptionChars).toBeLessThanOrEqual(
      300 + ' Oficjalna publikacja w BIP: '.length + BIP.length,
    )
  })

  it('uses the own text per channel and keeps the forced links', async () => {
    const { body } = await preview(
      unsaved({
        channelCopy: {
          fanpage: `Krótko na fanpage.\nOficjalna publikacja w BIP: ${BIP}`,
          newsletter: 'Wstęp tylko dla czytelników newslettera.',
        },
      }),
    )
    expect(body.fanpage.text).toMatch(/^Krótko na fanpage\.\n\n— Szkoła Podstawowa w Testowie\n/)
    expect(body.fanpage.text.split(BIP)).toHaveLength(2)
    expect(body.fanpage.ownCopy).toBe(true)
    expect(body.group.ownCopy).toBe(false)
    expect(body.group.text).toMatch(/^Festyn szkolny w Testowie/)
    expect(body.newsletter.text).toContain('Wstęp tylko dla czytelników newslettera.')
    expect(body.newsletter.text).toContain(`Oficjalna publikacja w BIP: ${BIP}`)
  })
})

describe('own text per channel in the real delivery and the workflow', () => {
  it('sends the fanpage’s own text with the BIP link, exactly as previewed', async () => {
    const channelCopy = { fanpage: `Sesja już w czwartek – zapraszamy! ${BIP}` }
    const data = {
      bipReference: g.bipPublished.id,
      channelCopy,
      channels: ['fanpage', 'group'] as ('fanpage' | 'group')[],
      informationType: 'public_information' as const,
      title: 'Sesja Rady Gminy w czwartek',
    }
    const post = await draftPost(payload, g.approver, g.office, data)
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    const previewed = await preview(
      { ...unsaved(data), id: post.id, slug: post.slug, unit: g.office.id },
      auth.approver,
    )
    await drain(payload)
    const sent = graph.posts.filter((p) => p.message?.startsWith('Sesja już w czwartek'))
    expect(sent).toHaveLength(1)
    expect(sent[0].message).toContain(`Oficjalna publikacja w BIP: ${BIP}`)
    expect(sent[0].message!.split(BIP)).toHaveLength(2)
    expect(sent[0].message).not.toContain('Sesja Rady Gminy w czwartek')
    expect(sent[0].message).toBe(previewed.body.fanpage.text)
    // The group had no own text: it gets the post itself.
    const group = operator.posts.find((p) => p.body.text.includes('Sesja Rady Gminy w czwartek'))
    expect(group?.body.text).toContain(BIP)
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual(['sent', 'sent'])
  })

  it('locks the own text with the body while the post is in review', async () => {
    const post = await draftPost(payload, g.editor, g.school, {})
    await act(payload, g.editor, post.id, 'submit')
    await expect(
      payload.update({
        collection: 'posts',
        data: { channelCopy: { group: 'Zmiana po wysłaniu do akceptacji' } },
        id: post.id,
        overrideAccess: false,
        user: g.editor,
      }),
    ).rejects.toThrow(/czeka na akceptację/)
  })
})

describe('POST /api/newsletter/test-send', () => {
  it('sends the unsaved post’s e-mail to the signed-in user only, marked as a test, a few times', async () => {
    await createSubscriber(payload, 'mieszkanka@example.pl', {
      digest: 'daily',
      urgentAlerts: true,
    })
    expect((await testSend(unsaved(), null)).status).toBe(401)
    expect((await testSend({ title: 5 })).status).toBe(400)
    expect(smtp.received).toHaveLength(0)

    const sent = await testSend(unsaved({ title: 'Festyn – wersja testowa' }))
    expect(sent.status).toBe(200)
    expect(sent.body.message).toBe(`Wysłano wiadomość testową na adres ${g.editor.email}.`)
    const [mail] = await smtp.waitFor(1)
    expect(mail.to).toEqual([g.editor.email])
    expect(mail.parsed!.subject).toMatch(/^\[TEST\] .* – wydanie codzienne$/)
    expect(mail.parsed!.html).toContain('Festyn – wersja testowa')
    expect(mail.parsed!.text).toContain(`Oficjalna publikacja w BIP: ${BIP}`)

    for (let i = 2; i <= 5; i++) expect((await testSend(unsaved())).status).toBe(200)
    const limited = await testSend(unsaved())
    expect(limited.status).toBe(429)
    expect(limited.body.error).toBe(
      'Wysłano już najwięcej wiadomości testowych: 5 w ciągu 10 min. Spróbuj ponownie później.',
    )
    // Another user has a limit of their own.
    expect((await testSend(unsaved(), auth.approver)).status).toBe(200)
    await smtp.waitFor(6)
    expect(smtp.received).toHaveLength(6)
    expect(smtp.countFor('mieszkanka@example.pl')).toBe(0)
    expect(smtp.received.filter((m) => m.to.includes(g.approver.email))).toHaveLength(1)
  })
})
