import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/** Uploads are stored under the extension of what they really are, and served with nosniff. */
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let auth: string

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  auth = await api.login(g.editor.email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const upload = async (file: Buffer, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Zdjęcie testowe' }))
  const res = await fetch(`${api.base}/api/media`, {
    body: form,
    headers: { 'accept-language': 'pl', authorization: auth },
    method: 'POST',
  })
  return { body: (await res.json()) as Record<string, any>, status: res.status }
}

const jpeg = () =>
  sharp({ create: { background: '#3366aa', channels: 3, height: 400, width: 600 } })
    .jpeg()
    .toBuffer()
const png = () =>
  sharp({ create: { background: '#aa3366', channels: 3, height: 400, width: 600 } })
    .png()
    .toBuffer()

describe('media file names', () => {
  it.each([
    ['x.html', 'text/html', jpeg, /^x\.jpg$/],
    ['x.svg', 'image/svg+xml', jpeg, /^x(-\d+)?\.jpg$/],
    ['photo.jpg.html', 'text/html', jpeg, /^photo\.jpg$/],
    ['obraz.jpg', 'image/jpeg', png, /^obraz\.png$/],
    ['zdjecie.JPEG', 'image/jpeg', jpeg, /^zdjecie\.JPEG$/],
  ])(
    'an image uploaded as %s is stored with its real extension',
    async (name, type, make, stored) => {
      const { body, status } = await upload(await make(), name, type)
      expect(status, JSON.stringify(body)).toBe(201)
      expect(body.doc.filename).toMatch(stored)
      const file = await fetch(`${api.base}${body.doc.url}`)
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      expect(file.headers.get('content-type')).toMatch(/^image\/(jpeg|png)$/)
      expect(file.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    },
  )

  it('an SVG (which can carry scripts) is refused with a Polish message', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    )
    const { body, status } = await upload(svg, 'logo.svg', 'image/svg+xml')
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/nie jest obrazem JPEG, PNG, WebP ani GIF/)
  })
})
