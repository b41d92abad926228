/**
 * The gmina's name and coat of arms: uploaded on its office unit, shown by the admin's login page
 * and navigation (Payload's Logo and Icon) and served as both sites' browser-tab icon (/herb).
 */
import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { gminaBrand } from '../../src/public/brand'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let GET: () => Promise<Response>

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  // The route reads the config through '@payload-config': imported once the test's database is set.
  ;({ GET } = await import('../../src/app/herb/route'))
})
afterAll(async () => {
  await payload.destroy()
})

describe('the coat of arms', () => {
  it('is Payload’s logo, icon and tab icon in the admin', () => {
    expect(payload.config.admin.components.graphics).toEqual({
      Icon: '/src/components/GminaLogo#GminaIcon',
      Logo: '/src/components/GminaLogo#GminaLogo',
    })
    expect(payload.config.admin.meta.icons).toEqual([{ rel: 'icon', url: '/herb' }])
  })

  it('is a default shield until the office uploads one', async () => {
    expect(await gminaBrand(payload)).toEqual({ herb: null, name: 'Urząd Gminy Testowo' })
    const res = await GET()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(await res.text()).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  })

  it('is the office’s upload once there, for anyone to fetch', async () => {
    const png = await sharp({
      create: { background: '#c00', channels: 3, height: 120, width: 100 },
    })
      .png()
      .toBuffer()
    const herb = await payload.create({
      collection: 'media',
      data: { alt: 'Herb gminy Testowo: czerwona tarcza' },
      file: { data: png, mimetype: 'image/png', name: 'herb.png', size: png.length },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'units',
      data: { coatOfArms: herb.id },
      id: g.office.id,
      overrideAccess: false,
      user: g.admin,
    })
    const brand = await gminaBrand(payload)
    expect(brand).toEqual({
      herb: { alt: 'Herb gminy Testowo: czerwona tarcza', url: herb.url },
      name: 'Urząd Gminy Testowo',
    })
    const res = await GET()
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(herb.url)
    expect(herb.url).toMatch(/^\/api\/media\/file\/herb[^/]*\.png$/)
  })

  it('is the office’s only: other units have no such field to fill', async () => {
    const units = payload.collections.units.config.fields
    const field = units.find((f) => 'name' in f && f.name === 'coatOfArms')
    const condition = field?.admin?.condition
    expect(
      condition?.(
        { kind: 'office' },
        {},
        { blockData: {}, operation: 'update', path: [], user: null },
      ),
    ).toBe(true)
    expect(
      condition?.(
        { kind: 'school' },
        {},
        { blockData: {}, operation: 'update', path: [], user: null },
      ),
    ).toBe(false)
  })
})
