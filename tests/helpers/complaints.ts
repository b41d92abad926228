/**
 * The complaint tests' stage (tests/int/complaints-*.test.ts): a Payload on a fresh database per
 * file with published rules and register entries to complain about, a fake SMTP server, the REST
 * API and the staff's sessions.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from './api-server'
import { type Gmina, makeGmina } from './fixtures'
import { createEntry, type EntryDoc, publishRules } from './moderation'
import { startPayload } from './payload'

export let payload: Payload
export let smtp: FakeSmtp
export let g: Gmina
export let api: Awaited<ReturnType<typeof startApiServer>>
export let removal: EntryDoc
export let block: EntryDoc
export let unblock: EntryDoc
export const auth: Record<string, string> = {}

export let ipCounter = 10
/** Each test files complaints from its own address, so the per-address limit only bites where meant. */
export const freshIp = () => `203.0.113.${ipCounter++}`

export const submitForm = (fields: Record<string, string>, ip = freshIp()) =>
  fetch(`${api.base}/api/complaints/submit`, {
    body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    method: 'POST',
    redirect: 'manual',
  })
export const submitJson = async (body: Record<string, unknown>, ip = freshIp()) => {
  const res = await fetch(`${api.base}/api/complaints/submit`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    method: 'POST',
  })
  return { body: (await res.json()) as Record<string, any>, status: res.status }
}
export const send = (method: string, path: string, who: null | string, body?: unknown) =>
  api.send(method, path, who ? auth[who] : null, body)
export const complaintByNumber = async (number: number) =>
  (
    await payload.find({
      collection: 'complaints',
      depth: 0,
      overrideAccess: true,
      where: { number: { equals: number } },
    })
  ).docs[0] as unknown as Record<string, any>
export const entryOutcome = async (id: number) =>
  (
    (await payload.findByID({
      collection: 'moderation-entries',
      id,
      overrideAccess: true,
    })) as unknown as EntryDoc
  ).complaintOutcome

export const useComplaints = () => {
  beforeAll(async () => {
    smtp = await startFakeSmtp()
    // The email adapter is built from the environment when the config is imported.
    // TRUST_PROXY: the tests play the proxy, each naming its client in X-Forwarded-For.
    Object.assign(process.env, smtp.env(), {
      SERVER_URL: 'https://wislotki.example',
      TRUST_PROXY: 'true',
    })
    payload = await startPayload()
    g = await makeGmina(payload)
    const rules = await publishRules(payload, g.approver)
    removal = await createEntry(payload, g.approver, {
      rule: { point: 2, rules: rules.id },
      unit: g.school.id,
    })
    block = await createEntry(payload, g.approver, {
      action: 'user_blocked',
      rule: { point: 3, rules: rules.id },
      unit: g.office.id,
    })
    unblock = await createEntry(payload, g.approver, {
      action: 'user_unblocked',
      unit: g.office.id,
    })
    api = await startApiServer(payload.config)
    for (const role of ['admin', 'approver', 'editor', 'officeEditor'] as const)
      auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    // Payload's pooled SMTP connections stay open, and smtp-server's close waits 30 s for them: not awaited.
    void smtp?.close()
  })
}
