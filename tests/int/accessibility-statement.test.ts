import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_STATEMENT } from '../../src/seed/wislotki/accessibility'
import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
const auth: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  for (const role of ['admin', 'approver', 'editor'] as const)
    auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const rest = async (method: string, body?: unknown, authorization?: string) => {
  const res = await fetch(`${api.base}/api/globals/accessibility-statement`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(authorization ? { authorization } : {}), 'content-type': 'application/json' },
    method,
  })
  return { body: (await res.json().catch(() => ({}))) as any, status: res.status }
}

describe('the accessibility statement global', () => {
  it('is read by anyone and changed by admins only', async () => {
    expect((await rest('GET')).status).toBe(200)
    for (const role of ['editor', 'approver'])
      expect((await rest('POST', DEMO_STATEMENT, auth[role])).status, role).toBe(403)
    expect((await rest('POST', DEMO_STATEMENT)).status).toBe(403)
    const saved = await rest('POST', DEMO_STATEMENT, auth.admin)
    expect(saved.status).toBe(200)
    const read = await rest('GET')
    expect(read.body).toMatchObject({
      contactEmail: 'dostepnosc@wislotki.example',
      entityName: 'Gmina Wisłotki',
      status: 'partially_compliant',
    })
    expect(read.body.nonCompliant).toHaveLength(2)
  })

  it('refuses a statement without its preparation date or contact, in Polish, with 400', async () => {
    const refused = await rest(
      'POST',
      { ...DEMO_STATEMENT, contactEmail: null, preparedOn: null },
      auth.admin,
    )
    expect(refused.status).toBe(400)
    const fields = refused.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(fields.sort()).toEqual(['contactEmail', 'preparedOn'])
    expect(refused.body.errors[0].message).toMatch(/nieprawidłow|wymagan/i)
  })
})
