/**
 * The moderation-register tests' stage (tests/int/moderation-register-*.test.ts): a Payload on a
 * fresh database per file with published rules, the REST API and the staff's sessions, and how a
 * refused call is read.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { startApiServer } from './api-server'
import { type Gmina, makeGmina, type TestUser } from './fixtures'
import { type EntryDoc, publishRules } from './moderation'
import { startPayload } from './payload'

export let payload: Payload
export let g: Gmina
export let api: Awaited<ReturnType<typeof startApiServer>>
export let rules: { id: number; slug: string }
export const auth: Record<string, string> = {}

export const send = (method: string, path: string, who: null | string, body?: unknown) =>
  api.send(method, path, who ? auth[who] : null, body)
/** The messages of a refused local API call, field messages included. */
export const refusal = async (run: Promise<unknown>) => {
  try {
    await run
  } catch (error) {
    const e = error as { data?: { errors?: { message: string }[] }; message: string }
    return [e.message, ...(e.data?.errors ?? []).map((f) => f.message)].join(' | ')
  }
  throw new Error('expected a refusal')
}

/** Resolves to the HTTP-like status of a local API call: 200, or the error's status. */
export const statusOf = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return 200
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}
export const entryAs = (user: TestUser | undefined, id: number) =>
  payload.findByID({
    collection: 'moderation-entries',
    depth: 0,
    id,
    overrideAccess: false,
    user,
  }) as unknown as Promise<EntryDoc>

export const useModerationRegister = () => {
  beforeAll(async () => {
    payload = await startPayload()
    g = await makeGmina(payload)
    rules = await publishRules(payload, g.approver)
    api = await startApiServer(payload.config)
    for (const role of ['admin', 'approver', 'editor'] as const)
      auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
  })
}
