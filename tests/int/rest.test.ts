import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startApiServer } from '../helpers/api-server'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let approverAuth: string
let editorAuth: string

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  approverAuth = await api.login(g.approver.email, 'Haslo-testowe-1')
  editorAuth = await api.login(g.editor.email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

type ErrorBody = {
  errors?: { data?: { errors?: { message: string; path: string }[] }; message: string }[]
}

const send = async (method: string, path: string, auth: null | string, body?: unknown) => {
  const res = await fetch(`${api.base}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'accept-language': 'pl',
      'content-type': 'application/json',
      ...(auth ? { authorization: auth } : {}),
    },
    method,
  })
  const text = await res.text()
  return {
    body: (text ? JSON.parse(text) : {}) as ErrorBody & Record<string, any>,
    status: res.status,
  }
}

/** Every message of a Payload error answer, the field ones included. */
const messages = (body: ErrorBody) =>
  (body.errors ?? [])
    .flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((f) => `${f.path}: ${f.message}`)])
    .join(' | ')

const upload = async (
  auth: null | string,
  file: Buffer,
  name: string,
  type: string,
  fields: Record<string, string>,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${api.base}/api/media`, {
    body: form,
    headers: { 'accept-language': 'pl', ...(auth ? { authorization: auth } : {}) },
    method: 'POST',
  })
  return { body: (await res.json()) as ErrorBody & Record<string, any>, status: res.status }
}

const jpeg = (width = 1600, height = 1000) =>
  sharp({ create: { background: '#3366aa', channels: 3, height, width } })
    .jpeg()
    .toBuffer()

describe('REST API: bad input gets a clear Polish message, never a 500', () => {
  const bipEntry = () => ({
    producingUnit: g.office.id,
    title: 'Wpis',
    url: `https://bip.testowo.example/${Math.random()}`,
  })

  it.each([
    ['javascript:alert(1)', /http:\/\/ lub https:\/\//],
    ['ftp://bip.testowo.example/x', /http:\/\/ lub https:\/\//],
    ['to nie jest adres', /poprawny adres/],
  ])('refuses the BIP URL %s', async (url, message) => {
    const res = await send('POST', '/api/bip-references', approverAuth, { ...bipEntry(), url })
    expect(res.status).toBe(400)
    expect(messages(res.body)).toMatch(message)
  })

  it('normalises a good BIP URL', async () => {
    const res = await send('POST', '/api/bip-references', approverAuth, {
      ...bipEntry(),
      url: ' HTTPS://BIP.Testowo.example/wpis/7#top ',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.url).toBe('https://bip.testowo.example/wpis/7')
  })

  it.each(['OR-03/0003/417/2025', 'sprawa 17', 'OR.152.1.1990'])(
    'refuses the case reference %s',
    async (caseReference) => {
      const res = await send('POST', '/api/bip-references', approverAuth, {
        ...bipEntry(),
        caseReference,
      })
      expect(res.status).toBe(400)
      expect(messages(res.body)).toMatch(/znaku sprawy|Znak sprawy/)
    },
  )

  it('accepts and normalises a case reference typed in lower case', async () => {
    const res = await send('POST', '/api/bip-references', approverAuth, {
      ...bipEntry(),
      caseReference: 'dar-bpm-iii.152.1.2019',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.caseReference).toBe('DAR-BPM-III.152.1.2019')
  })

  it('refuses a post without required fields with Polish field errors', async () => {
    const res = await send('POST', '/api/posts', editorAuth, { lead: 'Bez tytułu' })
    expect(res.status).toBe(400)
    expect(messages(res.body)).toMatch(/title: .*(wymagane|pole)/i)
  })

  it('answers 403 with a reason to an editor who tries to approve', async () => {
    const created = await send('POST', '/api/posts', editorAuth, {
      category: 'culture',
      lead: 'Lead',
      title: 'Przez REST',
      unit: g.school.id,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(
      (await send('PATCH', `/api/posts/${id}`, editorAuth, { workflowAction: 'submit' })).body.doc
        .workflowState,
    ).toBe('in_review')
    const refused = await send('PATCH', `/api/posts/${id}`, editorAuth, {
      workflowAction: 'approve',
    })
    expect(refused.status).toBe(403)
    expect(messages(refused.body)).toMatch(/Redaktor nie może/)
    const approved = await send('PATCH', `/api/posts/${id}`, approverAuth, {
      workflowAction: 'approve',
    })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.workflowState).toBe('published')
  })

  it('refuses an unknown workflow action and a malformed id without a 500', async () => {
    const created = await send('POST', '/api/posts', editorAuth, {
      category: 'culture',
      lead: 'Lead',
      title: 'Akcja',
      unit: g.school.id,
    })
    const res = await send('PATCH', `/api/posts/${created.body.doc.id}`, editorAuth, {
      workflowAction: 'teleport',
    })
    expect(res.status).toBe(400)
    const odd = await send('GET', '/api/posts/%27%3B%20DROP%20TABLE%20posts', approverAuth)
    expect([400, 404]).toContain(odd.status)
  })

  it('refuses malformed JSON with a 400', async () => {
    const res = await fetch(`${api.base}/api/posts`, {
      body: '{"title": ',
      headers: { authorization: editorAuth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('refuses an image without alt text', async () => {
    const res = await upload(editorAuth, await jpeg(), 'bez-opisu.jpg', 'image/jpeg', { alt: '' })
    expect(res.status).toBe(400)
    expect(messages(res.body)).toMatch(/Tekst alternatywny|tekst alternatywny|Opisz obraz/)
  })

  it('refuses a file that is not an image', async () => {
    const res = await upload(
      editorAuth,
      Buffer.from('%PDF-1.4 nie obraz'),
      'dokument.pdf',
      'application/pdf',
      { alt: 'Dokument' },
    )
    expect(res.status).toBe(400)
    expect(messages(res.body)).toMatch(/typ|plik/i)
  })

  it('refuses an oversized upload with 413 and a Polish message', async () => {
    const big = Buffer.concat([await jpeg(), Buffer.alloc(16 * 1024 * 1024, 1)])
    const res = await upload(editorAuth, big, 'ogromne.jpg', 'image/jpeg', {
      alt: 'Bardzo duże zdjęcie',
    })
    expect(res.status).toBe(413)
    expect(messages(res.body)).toMatch(/Plik jest za duży/)
  })

  it('produces the channel sizes from an upload', async () => {
    const res = await upload(editorAuth, await jpeg(2000, 1500), 'festyn.jpg', 'image/jpeg', {
      alt: 'Festyn na boisku',
    })
    expect(res.status).toBe(201)
    const sizes = res.body.doc.sizes
    expect(sizes.fanpage).toMatchObject({ height: 630, mimeType: 'image/jpeg', width: 1200 })
    expect(sizes.square).toMatchObject({ height: 1080, width: 1080 })
    expect(sizes.thumbnail).toMatchObject({ height: 300, width: 400 })
    expect(sizes.webp).toMatchObject({ mimeType: 'image/webp' })
    expect(sizes.webp.width).toBeLessThanOrEqual(1600)
    const file = await fetch(`${api.base}${sizes.fanpage.url.replace(/^https?:\/\/[^/]+/, '')}`)
    expect(file.status).toBe(200)
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([1200, 630])
    const webp = await fetch(`${api.base}${sizes.webp.url.replace(/^https?:\/\/[^/]+/, '')}`)
    expect((await sharp(Buffer.from(await webp.arrayBuffer())).metadata()).format).toBe('webp')
  })

  it('refuses anonymous uploads', async () => {
    const res = await upload(null, await jpeg(), 'anon.jpg', 'image/jpeg', { alt: 'Anonim' })
    expect(res.status).toBe(403)
  })

  it('hides users, drafts and the approval log from anonymous readers', async () => {
    const published = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, published.id, 'submit')
    await act(payload, g.approver, published.id, 'approve')
    const draft = await draftPost(payload, g.editor, g.school)

    expect((await send('GET', '/api/users', null)).status).toBe(403)
    const posts = await send('GET', '/api/posts?limit=100', null)
    expect(posts.status).toBe(200)
    const ids = posts.body.docs.map((p: { id: unknown }) => String(p.id))
    expect(ids).toContain(String(published.id))
    expect(ids).not.toContain(String(draft.id))
    expect(
      posts.body.docs.every((p: { workflowState: string }) => p.workflowState === 'published'),
    ).toBe(true)
    // Who decided what is not public: the log reads as empty to anonymous readers.
    expect(
      posts.body.docs.flatMap((p: { approvalLog?: unknown[] }) => p.approvalLog ?? []),
    ).toEqual([])
    expect((await send('GET', `/api/posts/${draft.id}`, null)).status).toBe(404)
    expect((await send('GET', `/api/posts/${draft.id}`, editorAuth)).status).toBe(200)
  })
})
