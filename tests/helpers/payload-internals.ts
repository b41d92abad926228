/**
 * The stage of the tests of Payload's internal collections (tests/int/payload-internals-*.test.ts):
 * a Payload on a fresh database per file, the REST API and a session per role.
 */
import type { Payload } from 'payload'
import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { startApiServer } from './api-server'
import { type Gmina, makeGmina, type TestUser } from './fixtures'
import { startPayload } from './payload'

export let payload: Payload
export let g: Gmina
export let api: Awaited<ReturnType<typeof startApiServer>>
export const auth: Record<string, null | string> = { anonymous: null }
export type Id = number
export type Who = 'admin' | 'anonymous' | 'approver' | 'editor'
export const ROLES: Who[] = ['anonymous', 'editor', 'approver', 'admin']

export const send = (method: string, path: string, who: string, body?: unknown) =>
  api.send(method, path, auth[who], body)
export const userRef = (user: TestUser) => ({ relationTo: 'users', value: user.id })
export const postRef = (id: Id) => ({ relationTo: 'posts', value: id })
export const JOBS_STATS = 'payload-jobs-stats'

export const usePayloadInternals = () => {
  beforeAll(async () => {
    payload = await startPayload()
    g = await makeGmina(payload)
    api = await startApiServer(payload.config)
    for (const role of ['admin', 'approver', 'editor', 'officeEditor'] as const)
      auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
  })
}
