/**
 * The notifications' stage: the fan-out's stage (fake Graph API and group operator) with a fake
 * SMTP server behind Payload's e-mail adapter, a gmina with more people than the usual one, and
 * helpers to read who was notified of what.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Notification } from '../../src/payload-types'
import { type FakeGraph } from '../fakes/graph-api'
import { type FakeOperator } from '../fakes/group-operator'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startFanout } from './fanout'
import { type Gmina, makeGmina, type TestUser } from './fixtures'

export let payload: Payload
export let graph: FakeGraph
export let operator: FakeOperator
export let smtp: FakeSmtp
export let g: Gmina
export let fanpageId: number
export let groupId: number
export let groupRulesId: number
/** An approver serving the office only, and a second editor of the school. */
export let officeApprover: TestUser
export let schoolEditor: TestUser

const person = async (role: TestUser['role'], units: number[], email: string) => {
  const doc = await payload.create({
    collection: 'users',
    data: { email, name: `Test ${role}`, password: 'Haslo-testowe-1', role, units },
    overrideAccess: true,
  })
  return { ...doc, collection: 'users' as const }
}

/** The user's notifications, oldest first. */
export const notesOf = async (user: { id: number }) =>
  (
    await payload.find({
      collection: 'notifications',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      where: { recipient: { equals: user.id } },
    })
  ).docs as Notification[]

/** "kind: title" of the user's notifications, for assertions that read like the bell. */
export const bellOf = async (user: { id: number }) =>
  (await notesOf(user)).map((n) => `${n.kind}: ${n.title}`)

export const useNotificationsStage = () => {
  beforeAll(async () => {
    smtp = await startFakeSmtp()
    // The e-mail adapter is built from the environment when the config is imported.
    Object.assign(process.env, smtp.env())
    const started = await startFanout()
    ;({ graph, operator, payload } = started)
    fanpageId = started.fanpage.id
    groupId = started.group.id
    groupRulesId = started.rules.group.id
    g = await makeGmina(payload)
    officeApprover = await person('approver', [g.office.id], 'urzad.zatwierdza@testowo.example')
    schoolEditor = await person('editor', [g.school.id], 'szkola.druga@testowo.example')
  })
  afterAll(async () => {
    await payload?.destroy()
    await graph?.close()
    await operator?.close()
    // Payload's pooled SMTP connections stay open, and smtp-server's close waits 30 s for them.
    void smtp?.close()
  })
}
